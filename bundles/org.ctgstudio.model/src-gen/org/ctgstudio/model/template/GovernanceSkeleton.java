/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import java.math.BigDecimal;

import org.ctgstudio.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Governance Skeleton</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.GovernanceSkeleton#getCommittees <em>Committees</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.GovernanceSkeleton#isIsCooperationOfficerRequired <em>Is Cooperation Officer Required</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.GovernanceSkeleton#getMinFte <em>Min Fte</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getGovernanceSkeleton()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gouvernance type' en='Governance skeleton'"
 * @generated
 */
public interface GovernanceSkeleton extends Identified {
	/**
	 * Returns the value of the '<em><b>Committees</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.template.CommitteeTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Committees</em>' containment reference list.
	 * @see org.ctgstudio.model.template.TemplatePackage#getGovernanceSkeleton_Committees()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Instances types' en='Committees'"
	 * @generated
	 */
	EList<CommitteeTemplate> getCommittees();

	/**
	 * Returns the value of the '<em><b>Is Cooperation Officer Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Cooperation Officer Required</em>' attribute.
	 * @see #setIsCooperationOfficerRequired(boolean)
	 * @see org.ctgstudio.model.template.TemplatePackage#getGovernanceSkeleton_IsCooperationOfficerRequired()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Charg\351\267e de coop\351ration requis\267e' en='Is cooperation officer required'"
	 * @generated
	 */
	boolean isIsCooperationOfficerRequired();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.GovernanceSkeleton#isIsCooperationOfficerRequired <em>Is Cooperation Officer Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Cooperation Officer Required</em>' attribute.
	 * @see #isIsCooperationOfficerRequired()
	 * @generated
	 */
	void setIsCooperationOfficerRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Min Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Fte</em>' attribute.
	 * @see #setMinFte(BigDecimal)
	 * @see org.ctgstudio.model.template.TemplatePackage#getGovernanceSkeleton_MinFte()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='ETP minimal' en='Min fte'"
	 * @generated
	 */
	BigDecimal getMinFte();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.GovernanceSkeleton#getMinFte <em>Min Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Fte</em>' attribute.
	 * @see #getMinFte()
	 * @generated
	 */
	void setMinFte(BigDecimal value);

} // GovernanceSkeleton
