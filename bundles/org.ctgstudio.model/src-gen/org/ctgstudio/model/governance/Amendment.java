/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance;

import java.time.LocalDate;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Amendment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.Amendment#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Amendment#getSignatureDate <em>Signature Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Amendment#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Amendment#getNewEndDate <em>New End Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Amendment#getModifiedArticles <em>Modified Articles</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Amendment#getModifiedAnnexes <em>Modified Annexes</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Amendment#getAddedParties <em>Added Parties</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendment()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Avenant' en='Amendment'"
 * @generated
 */
public interface Amendment extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendment_Number()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='N\260' en='Number'"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Amendment#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature Date</em>' attribute.
	 * @see #setSignatureDate(LocalDate)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendment_SignatureDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Sign\351 le' en='Signature date'"
	 * @generated
	 */
	LocalDate getSignatureDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Amendment#getSignatureDate <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Date</em>' attribute.
	 * @see #getSignatureDate()
	 * @generated
	 */
	void setSignatureDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.ctgstudio.model.governance.AmendmentKind}.
	 * The literals are from the enumeration {@link org.ctgstudio.model.governance.AmendmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kinds</em>' attribute list.
	 * @see org.ctgstudio.model.governance.AmendmentKind
	 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendment_Kinds()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Objet' en='Kinds'"
	 * @generated
	 */
	EList<AmendmentKind> getKinds();

	/**
	 * Returns the value of the '<em><b>New End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New End Date</em>' attribute.
	 * @see #setNewEndDate(LocalDate)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendment_NewEndDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Nouvelle \351ch\351ance' en='New end date'"
	 * @generated
	 */
	LocalDate getNewEndDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Amendment#getNewEndDate <em>New End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New End Date</em>' attribute.
	 * @see #getNewEndDate()
	 * @generated
	 */
	void setNewEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Modified Articles</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.ArticleInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified Articles</em>' reference list.
	 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendment_ModifiedArticles()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Articles modifi\351s' en='Modified articles'"
	 * @generated
	 */
	EList<ArticleInstance> getModifiedArticles();

	/**
	 * Returns the value of the '<em><b>Modified Annexes</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.AnnexInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified Annexes</em>' reference list.
	 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendment_ModifiedAnnexes()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Annexes modifi\351es' en='Modified annexes'"
	 * @generated
	 */
	EList<AnnexInstance> getModifiedAnnexes();

	/**
	 * Returns the value of the '<em><b>Added Parties</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.AgreementParty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Added Parties</em>' containment reference list.
	 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendment_AddedParties()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Nouvelles parties' en='Added parties'"
	 * @generated
	 */
	EList<AgreementParty> getAddedParties();

} // Amendment
