/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import java.math.BigDecimal;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partner Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.PartnerCommitment#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PartnerCommitment#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PartnerCommitment#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PartnerCommitment#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.funding.FundingPackage#getPartnerCommitment()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Engagement de moyens' en='Partner commitment'"
 * @generated
 */
public interface PartnerCommitment extends Identified {
	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(Organisation)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPartnerCommitment_Partner()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Partenaire' en='Partner'"
	 * @generated
	 */
	Organisation getPartner();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PartnerCommitment#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPartnerCommitment_Year()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ann\351e' en='Year'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PartnerCommitment#getYear <em>Year</em>}' attribute.
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
	 * @see org.ctgstudio.model.funding.FundingPackage#getPartnerCommitment_Amount()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Montant' en='Amount'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PartnerCommitment#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPartnerCommitment_Description()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Description' en='Description'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PartnerCommitment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // PartnerCommitment
