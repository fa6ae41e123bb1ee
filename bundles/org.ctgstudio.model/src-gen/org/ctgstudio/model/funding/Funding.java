/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import java.math.BigDecimal;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;

import org.ctgstudio.model.plan.Action;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Funding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getSource <em>Source</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getBeneficiary <em>Beneficiary</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getFacility <em>Facility</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getAction <em>Action</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getBasis <em>Basis</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getUnitAmount <em>Unit Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Funding#getQuantity <em>Quantity</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.funding.FundingPackage#getFunding()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Financement' en='Funding'"
 * @generated
 */
public interface Funding extends Identified {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.funding.FundingSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.ctgstudio.model.funding.FundingSource
	 * @see #setSource(FundingSource)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Source()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Dispositif' en='Source'"
	 * @generated
	 */
	FundingSource getSource();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.ctgstudio.model.funding.FundingSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(FundingSource value);

	/**
	 * Returns the value of the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funder</em>' reference.
	 * @see #setFunder(Organisation)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Funder()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Financeur' en='Funder'"
	 * @generated
	 */
	Organisation getFunder();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getFunder <em>Funder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funder</em>' reference.
	 * @see #getFunder()
	 * @generated
	 */
	void setFunder(Organisation value);

	/**
	 * Returns the value of the '<em><b>Beneficiary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beneficiary</em>' reference.
	 * @see #setBeneficiary(Organisation)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Beneficiary()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='B\351n\351ficiaire' en='Beneficiary'"
	 * @generated
	 */
	Organisation getBeneficiary();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getBeneficiary <em>Beneficiary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiary</em>' reference.
	 * @see #getBeneficiary()
	 * @generated
	 */
	void setBeneficiary(Organisation value);

	/**
	 * Returns the value of the '<em><b>Facility</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facility</em>' reference.
	 * @see #setFacility(Facility)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Facility()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311quipement' en='Facility'"
	 * @generated
	 */
	Facility getFacility();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getFacility <em>Facility</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facility</em>' reference.
	 * @see #getFacility()
	 * @generated
	 */
	void setFacility(Facility value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.ctgstudio.model.plan.Action#getFundings <em>Fundings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' reference.
	 * @see #setAction(Action)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Action()
	 * @see org.ctgstudio.model.plan.Action#getFundings
	 * @model opposite="fundings"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Fiche action' en='Action'"
	 * @generated
	 */
	Action getAction();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getAction <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(Action value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Year()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Exercice' en='Year'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Amount()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Montant' en='Amount'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.funding.FundingBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see org.ctgstudio.model.funding.FundingBasis
	 * @see #setBasis(FundingBasis)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Basis()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Base' en='Basis'"
	 * @generated
	 */
	FundingBasis getBasis();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see org.ctgstudio.model.funding.FundingBasis
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(FundingBasis value);

	/**
	 * Returns the value of the '<em><b>Unit Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Amount</em>' attribute.
	 * @see #setUnitAmount(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_UnitAmount()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Montant unitaire' en='Unit amount'"
	 * @generated
	 */
	BigDecimal getUnitAmount();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getUnitAmount <em>Unit Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Amount</em>' attribute.
	 * @see #getUnitAmount()
	 * @generated
	 */
	void setUnitAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFunding_Quantity()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Quantit\351' en='Quantity'"
	 * @generated
	 */
	BigDecimal getQuantity();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Funding#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(BigDecimal value);

} // Funding
