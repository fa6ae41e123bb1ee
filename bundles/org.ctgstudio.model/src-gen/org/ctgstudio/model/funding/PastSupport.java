/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import java.math.BigDecimal;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Past Support</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Support received over a past period (a multi-year total and the share that went to the communes), not pinned to one year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.PastSupport#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PastSupport#getSource <em>Source</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PastSupport#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PastSupport#getLastYear <em>Last Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PastSupport#getTotalAmount <em>Total Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PastSupport#getMunicipalShare <em>Municipal Share</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.PastSupport#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.funding.FundingPackage#getPastSupport()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Soutien ant\351rieur' en='Past support'"
 * @generated
 */
public interface PastSupport extends Identified {
	/**
	 * Returns the value of the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funder</em>' reference.
	 * @see #setFunder(Organisation)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPastSupport_Funder()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Financeur' en='Funder'"
	 * @generated
	 */
	Organisation getFunder();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PastSupport#getFunder <em>Funder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funder</em>' reference.
	 * @see #getFunder()
	 * @generated
	 */
	void setFunder(Organisation value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.funding.FundingSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.ctgstudio.model.funding.FundingSource
	 * @see #setSource(FundingSource)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPastSupport_Source()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Dispositif' en='Source'"
	 * @generated
	 */
	FundingSource getSource();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PastSupport#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.ctgstudio.model.funding.FundingSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(FundingSource value);

	/**
	 * Returns the value of the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Year</em>' attribute.
	 * @see #setFirstYear(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPastSupport_FirstYear()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='De (ann\351e)' en='First year'"
	 * @generated
	 */
	int getFirstYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PastSupport#getFirstYear <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Year</em>' attribute.
	 * @see #getFirstYear()
	 * @generated
	 */
	void setFirstYear(int value);

	/**
	 * Returns the value of the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Year</em>' attribute.
	 * @see #setLastYear(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPastSupport_LastYear()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\300 (ann\351e)' en='Last year'"
	 * @generated
	 */
	int getLastYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PastSupport#getLastYear <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Year</em>' attribute.
	 * @see #getLastYear()
	 * @generated
	 */
	void setLastYear(int value);

	/**
	 * Returns the value of the '<em><b>Total Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Amount</em>' attribute.
	 * @see #setTotalAmount(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPastSupport_TotalAmount()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Montant total' en='Total amount'"
	 * @generated
	 */
	BigDecimal getTotalAmount();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PastSupport#getTotalAmount <em>Total Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Amount</em>' attribute.
	 * @see #getTotalAmount()
	 * @generated
	 */
	void setTotalAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Municipal Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipal Share</em>' attribute.
	 * @see #setMunicipalShare(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPastSupport_MunicipalShare()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Part vers\351e aux communes (%)' en='Share paid to the communes (%)'"
	 * @generated
	 */
	BigDecimal getMunicipalShare();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PastSupport#getMunicipalShare <em>Municipal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipal Share</em>' attribute.
	 * @see #getMunicipalShare()
	 * @generated
	 */
	void setMunicipalShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.ctgstudio.model.funding.FundingPackage#getPastSupport_Description()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Description' en='Description'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.PastSupport#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // PastSupport
