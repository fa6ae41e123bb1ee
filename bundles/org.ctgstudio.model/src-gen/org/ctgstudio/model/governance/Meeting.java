/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance;

import java.time.LocalDate;

import org.ctgstudio.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.Meeting#getDate <em>Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Meeting#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.governance.GovernancePackage#getMeeting()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\351union' en='Meeting'"
 * @generated
 */
public interface Meeting extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getMeeting_Date()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date' en='Date'"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Meeting#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' attribute.
	 * @see #setDecisions(String)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getMeeting_Decisions()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='D\351cisions' en='Decisions'"
	 * @generated
	 */
	String getDecisions();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Meeting#getDecisions <em>Decisions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decisions</em>' attribute.
	 * @see #getDecisions()
	 * @generated
	 */
	void setDecisions(String value);

} // Meeting
