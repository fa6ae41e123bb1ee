/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Committee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.Committee#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Committee#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Committee#getMembers <em>Members</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Committee#getMeetingsPerYear <em>Meetings Per Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Committee#getMeetings <em>Meetings</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.governance.GovernancePackage#getCommittee()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Instance' en='Committee'"
 * @generated
 */
public interface Committee extends Identified {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.governance.CommitteeType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.governance.CommitteeType
	 * @see #setType(CommitteeType)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCommittee_Type()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Type'"
	 * @generated
	 */
	CommitteeType getType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Committee#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.governance.CommitteeType
	 * @see #getType()
	 * @generated
	 */
	void setType(CommitteeType value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCommittee_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Committee#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCommittee_Members()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Membres' en='Members'"
	 * @generated
	 */
	EList<Organisation> getMembers();

	/**
	 * Returns the value of the '<em><b>Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings Per Year</em>' attribute.
	 * @see #setMeetingsPerYear(int)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCommittee_MeetingsPerYear()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\351unions / an' en='Meetings per year'"
	 * @generated
	 */
	int getMeetingsPerYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Committee#getMeetingsPerYear <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meetings Per Year</em>' attribute.
	 * @see #getMeetingsPerYear()
	 * @generated
	 */
	void setMeetingsPerYear(int value);

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.governance.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see org.ctgstudio.model.governance.GovernancePackage#getCommittee_Meetings()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='R\351unions' en='Meetings'"
	 * @generated
	 */
	EList<Meeting> getMeetings();

} // Committee
