/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agreement Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.AgreementParty#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.ctgstudio.model.AgreementParty#getRole <em>Role</em>}</li>
 *   <li>{@link org.ctgstudio.model.AgreementParty#getRepresentatives <em>Representatives</em>}</li>
 *   <li>{@link org.ctgstudio.model.AgreementParty#getDeliberationBody <em>Deliberation Body</em>}</li>
 *   <li>{@link org.ctgstudio.model.AgreementParty#getDeliberationDate <em>Deliberation Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.AgreementParty#getSignatureDate <em>Signature Date</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getAgreementParty()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Partie' en='Agreement party'"
 * @generated
 */
public interface AgreementParty extends Identified {
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.ctgstudio.model.CtgPackage#getAgreementParty_Organisation()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Organisme' en='Organisation'"
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AgreementParty#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.PartyRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.ctgstudio.model.PartyRole
	 * @see #setRole(PartyRole)
	 * @see org.ctgstudio.model.CtgPackage#getAgreementParty_Role()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\364le' en='Role'"
	 * @generated
	 */
	PartyRole getRole();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AgreementParty#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.ctgstudio.model.PartyRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PartyRole value);

	/**
	 * Returns the value of the '<em><b>Representatives</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Representative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who signs for the party, each with name and capacity (the Caf signs through the chair of its board and its director).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Representatives</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getAgreementParty_Representatives()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Repr\351sentant\267es' en='Representatives'"
	 * @generated
	 */
	EList<Representative> getRepresentatives();

	/**
	 * Returns the value of the '<em><b>Deliberation Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deliberation Body</em>' attribute.
	 * @see #setDeliberationBody(String)
	 * @see org.ctgstudio.model.CtgPackage#getAgreementParty_DeliberationBody()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Instance d\351lib\351rante' en='Deliberation body'"
	 * @generated
	 */
	String getDeliberationBody();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AgreementParty#getDeliberationBody <em>Deliberation Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deliberation Body</em>' attribute.
	 * @see #getDeliberationBody()
	 * @generated
	 */
	void setDeliberationBody(String value);

	/**
	 * Returns the value of the '<em><b>Deliberation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deliberation Date</em>' attribute.
	 * @see #setDeliberationDate(LocalDate)
	 * @see org.ctgstudio.model.CtgPackage#getAgreementParty_DeliberationDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date de d\351lib\351ration' en='Deliberation date'"
	 * @generated
	 */
	LocalDate getDeliberationDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AgreementParty#getDeliberationDate <em>Deliberation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deliberation Date</em>' attribute.
	 * @see #getDeliberationDate()
	 * @generated
	 */
	void setDeliberationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature Date</em>' attribute.
	 * @see #setSignatureDate(LocalDate)
	 * @see org.ctgstudio.model.CtgPackage#getAgreementParty_SignatureDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date de signature' en='Signature date'"
	 * @generated
	 */
	LocalDate getSignatureDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AgreementParty#getSignatureDate <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Date</em>' attribute.
	 * @see #getSignatureDate()
	 * @generated
	 */
	void setSignatureDate(LocalDate value);

} // AgreementParty
