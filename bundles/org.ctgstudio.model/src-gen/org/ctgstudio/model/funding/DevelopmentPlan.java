/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import org.ctgstudio.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Development Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.DevelopmentPlan#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.funding.FundingPackage#getDevelopmentPlan()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma de d\351veloppement' en='Development plan'"
 * @generated
 */
public interface DevelopmentPlan extends Identified {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.funding.DevelopmentPlanEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.ctgstudio.model.funding.FundingPackage#getDevelopmentPlan_Entries()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Lignes' en='Entries'"
	 * @generated
	 */
	EList<DevelopmentPlanEntry> getEntries();

} // DevelopmentPlan
