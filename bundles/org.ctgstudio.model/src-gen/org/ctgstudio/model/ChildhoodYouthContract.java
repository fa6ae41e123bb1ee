/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Childhood Youth Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contrat enfance jeunesse, the Caf contract that CTGs replace since 2020.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.ChildhoodYouthContract#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.ChildhoodYouthContract#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.ChildhoodYouthContract#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.ChildhoodYouthContract#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.ChildhoodYouthContract#getReplacementDate <em>Replacement Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.ChildhoodYouthContract#getAnnualCafAmount <em>Annual Caf Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.ChildhoodYouthContract#getSignatories <em>Signatories</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getChildhoodYouthContract()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Contrat enfance jeunesse (CEJ)' en='Childhood and youth contract (CEJ)'"
 * @generated
 */
public interface ChildhoodYouthContract extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.ctgstudio.model.CtgPackage#getChildhoodYouthContract_Code()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\351f\351rence' en='Code'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ChildhoodYouthContract#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.ctgstudio.model.CtgPackage#getChildhoodYouthContract_Title()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intitul\351' en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ChildhoodYouthContract#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.ctgstudio.model.CtgPackage#getChildhoodYouthContract_StartDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='D\351but' en='Start date'"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ChildhoodYouthContract#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.ctgstudio.model.CtgPackage#getChildhoodYouthContract_EndDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Fin' en='End date'"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ChildhoodYouthContract#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Replacement Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the CTG takes over from this CEJ: from then on its money is paid as bonus territoire.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replacement Date</em>' attribute.
	 * @see #setReplacementDate(LocalDate)
	 * @see org.ctgstudio.model.CtgPackage#getChildhoodYouthContract_ReplacementDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Remplac\351 par la CTG le' en='Replaced by the CTG on'"
	 * @generated
	 */
	LocalDate getReplacementDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ChildhoodYouthContract#getReplacementDate <em>Replacement Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replacement Date</em>' attribute.
	 * @see #getReplacementDate()
	 * @generated
	 */
	void setReplacementDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Annual Caf Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Caf Amount</em>' attribute.
	 * @see #setAnnualCafAmount(BigDecimal)
	 * @see org.ctgstudio.model.CtgPackage#getChildhoodYouthContract_AnnualCafAmount()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Montant annuel vers\351 par la Caf (PSEJ)' en='Annual Caf amount (PSEJ)'"
	 * @generated
	 */
	BigDecimal getAnnualCafAmount();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ChildhoodYouthContract#getAnnualCafAmount <em>Annual Caf Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Caf Amount</em>' attribute.
	 * @see #getAnnualCafAmount()
	 * @generated
	 */
	void setAnnualCafAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Signatories</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signatories</em>' reference list.
	 * @see org.ctgstudio.model.CtgPackage#getChildhoodYouthContract_Signatories()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Signataires' en='Signatories'"
	 * @generated
	 */
	EList<Organisation> getSignatories();

} // ChildhoodYouthContract
