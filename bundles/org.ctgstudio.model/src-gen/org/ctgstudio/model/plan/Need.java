/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.TargetPublic;
import org.ctgstudio.model.ThematicDomain;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.Need#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Need#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Need#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Need#getTargetPublics <em>Target Publics</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Need#getSupplyDemandGap <em>Supply Demand Gap</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.plan.PlanPackage#getNeed()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Besoin' en='Need'"
 * @generated
 */
public interface Need extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getNeed_Code()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Code' en='Code'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Need#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getNeed_Label()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Libell\351' en='Label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Need#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.ThematicDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see #setTheme(ThematicDomain)
	 * @see org.ctgstudio.model.plan.PlanPackage#getNeed_Theme()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Th\351matique' en='Theme'"
	 * @generated
	 */
	ThematicDomain getTheme();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Need#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(ThematicDomain value);

	/**
	 * Returns the value of the '<em><b>Target Publics</b></em>' attribute list.
	 * The list contents are of type {@link org.ctgstudio.model.TargetPublic}.
	 * The literals are from the enumeration {@link org.ctgstudio.model.TargetPublic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Publics</em>' attribute list.
	 * @see org.ctgstudio.model.TargetPublic
	 * @see org.ctgstudio.model.plan.PlanPackage#getNeed_TargetPublics()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Publics' en='Target publics'"
	 * @generated
	 */
	EList<TargetPublic> getTargetPublics();

	/**
	 * Returns the value of the '<em><b>Supply Demand Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supply Demand Gap</em>' attribute.
	 * @see #setSupplyDemandGap(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getNeed_SupplyDemandGap()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311cart offre/besoin' en='Supply demand gap'"
	 * @generated
	 */
	String getSupplyDemandGap();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Need#getSupplyDemandGap <em>Supply Demand Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supply Demand Gap</em>' attribute.
	 * @see #getSupplyDemandGap()
	 * @generated
	 */
	void setSupplyDemandGap(String value);

} // Need
