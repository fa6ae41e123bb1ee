/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance;

import java.math.BigDecimal;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cooperation Officer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.CooperationOfficer#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.CooperationOfficer#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.CooperationOfficer#getFte <em>Fte</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.CooperationOfficer#isIsFundedByBonus <em>Is Funded By Bonus</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.governance.GovernancePackage#getCooperationOfficer()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Charg\351\267e de coop\351ration CTG' en='Cooperation officer'"
 * @generated
 */
public interface CooperationOfficer extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCooperationOfficer_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.CooperationOfficer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Employer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employer</em>' reference.
	 * @see #setEmployer(Organisation)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCooperationOfficer_Employer()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Employeur' en='Employer'"
	 * @generated
	 */
	Organisation getEmployer();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.CooperationOfficer#getEmployer <em>Employer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' reference.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(Organisation value);

	/**
	 * Returns the value of the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fte</em>' attribute.
	 * @see #setFte(BigDecimal)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCooperationOfficer_Fte()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='ETP' en='Fte'"
	 * @generated
	 */
	BigDecimal getFte();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.CooperationOfficer#getFte <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fte</em>' attribute.
	 * @see #getFte()
	 * @generated
	 */
	void setFte(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Is Funded By Bonus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Funded By Bonus</em>' attribute.
	 * @see #setIsFundedByBonus(boolean)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCooperationOfficer_IsFundedByBonus()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Financ\351 par le bonus territoire' en='Is funded by bonus'"
	 * @generated
	 */
	boolean isIsFundedByBonus();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.CooperationOfficer#isIsFundedByBonus <em>Is Funded By Bonus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Funded By Bonus</em>' attribute.
	 * @see #isIsFundedByBonus()
	 * @generated
	 */
	void setIsFundedByBonus(boolean value);

} // CooperationOfficer
