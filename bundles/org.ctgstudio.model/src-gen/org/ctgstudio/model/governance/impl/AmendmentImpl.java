/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.ArticleInstance;

import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.AmendmentKind;
import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Amendment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.impl.AmendmentImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.AmendmentImpl#getSignatureDate <em>Signature Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.AmendmentImpl#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.AmendmentImpl#getNewEndDate <em>New End Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.AmendmentImpl#getModifiedArticles <em>Modified Articles</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.AmendmentImpl#getModifiedAnnexes <em>Modified Annexes</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.AmendmentImpl#getAddedParties <em>Added Parties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AmendmentImpl extends IdentifiedImpl implements Amendment {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignatureDate() <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNATURE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignatureDate() <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signatureDate = SIGNATURE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKinds() <em>Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<AmendmentKind> kinds;

	/**
	 * The default value of the '{@link #getNewEndDate() <em>New End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEW_END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewEndDate() <em>New End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate newEndDate = NEW_END_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModifiedArticles() <em>Modified Articles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<ArticleInstance> modifiedArticles;

	/**
	 * The cached value of the '{@link #getModifiedAnnexes() <em>Modified Annexes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAnnexes()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnexInstance> modifiedAnnexes;

	/**
	 * The cached value of the '{@link #getAddedParties() <em>Added Parties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddedParties()
	 * @generated
	 * @ordered
	 */
	protected EList<AgreementParty> addedParties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AmendmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.AMENDMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.AMENDMENT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignatureDate() {
		return signatureDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignatureDate(LocalDate newSignatureDate) {
		LocalDate oldSignatureDate = signatureDate;
		signatureDate = newSignatureDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.AMENDMENT__SIGNATURE_DATE, oldSignatureDate, signatureDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AmendmentKind> getKinds() {
		if (kinds == null) {
			kinds = new EDataTypeUniqueEList<AmendmentKind>(AmendmentKind.class, this, GovernancePackage.AMENDMENT__KINDS);
		}
		return kinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNewEndDate() {
		return newEndDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewEndDate(LocalDate newNewEndDate) {
		LocalDate oldNewEndDate = newEndDate;
		newEndDate = newNewEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.AMENDMENT__NEW_END_DATE, oldNewEndDate, newEndDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArticleInstance> getModifiedArticles() {
		if (modifiedArticles == null) {
			modifiedArticles = new EObjectResolvingEList<ArticleInstance>(ArticleInstance.class, this, GovernancePackage.AMENDMENT__MODIFIED_ARTICLES);
		}
		return modifiedArticles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnexInstance> getModifiedAnnexes() {
		if (modifiedAnnexes == null) {
			modifiedAnnexes = new EObjectResolvingEList<AnnexInstance>(AnnexInstance.class, this, GovernancePackage.AMENDMENT__MODIFIED_ANNEXES);
		}
		return modifiedAnnexes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgreementParty> getAddedParties() {
		if (addedParties == null) {
			addedParties = new EObjectContainmentEList<AgreementParty>(AgreementParty.class, this, GovernancePackage.AMENDMENT__ADDED_PARTIES);
		}
		return addedParties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.AMENDMENT__ADDED_PARTIES:
				return ((InternalEList<?>)getAddedParties()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.AMENDMENT__NUMBER:
				return getNumber();
			case GovernancePackage.AMENDMENT__SIGNATURE_DATE:
				return getSignatureDate();
			case GovernancePackage.AMENDMENT__KINDS:
				return getKinds();
			case GovernancePackage.AMENDMENT__NEW_END_DATE:
				return getNewEndDate();
			case GovernancePackage.AMENDMENT__MODIFIED_ARTICLES:
				return getModifiedArticles();
			case GovernancePackage.AMENDMENT__MODIFIED_ANNEXES:
				return getModifiedAnnexes();
			case GovernancePackage.AMENDMENT__ADDED_PARTIES:
				return getAddedParties();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovernancePackage.AMENDMENT__NUMBER:
				setNumber((Integer)newValue);
				return;
			case GovernancePackage.AMENDMENT__SIGNATURE_DATE:
				setSignatureDate((LocalDate)newValue);
				return;
			case GovernancePackage.AMENDMENT__KINDS:
				getKinds().clear();
				getKinds().addAll((Collection<? extends AmendmentKind>)newValue);
				return;
			case GovernancePackage.AMENDMENT__NEW_END_DATE:
				setNewEndDate((LocalDate)newValue);
				return;
			case GovernancePackage.AMENDMENT__MODIFIED_ARTICLES:
				getModifiedArticles().clear();
				getModifiedArticles().addAll((Collection<? extends ArticleInstance>)newValue);
				return;
			case GovernancePackage.AMENDMENT__MODIFIED_ANNEXES:
				getModifiedAnnexes().clear();
				getModifiedAnnexes().addAll((Collection<? extends AnnexInstance>)newValue);
				return;
			case GovernancePackage.AMENDMENT__ADDED_PARTIES:
				getAddedParties().clear();
				getAddedParties().addAll((Collection<? extends AgreementParty>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GovernancePackage.AMENDMENT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case GovernancePackage.AMENDMENT__SIGNATURE_DATE:
				setSignatureDate(SIGNATURE_DATE_EDEFAULT);
				return;
			case GovernancePackage.AMENDMENT__KINDS:
				getKinds().clear();
				return;
			case GovernancePackage.AMENDMENT__NEW_END_DATE:
				setNewEndDate(NEW_END_DATE_EDEFAULT);
				return;
			case GovernancePackage.AMENDMENT__MODIFIED_ARTICLES:
				getModifiedArticles().clear();
				return;
			case GovernancePackage.AMENDMENT__MODIFIED_ANNEXES:
				getModifiedAnnexes().clear();
				return;
			case GovernancePackage.AMENDMENT__ADDED_PARTIES:
				getAddedParties().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GovernancePackage.AMENDMENT__NUMBER:
				return number != NUMBER_EDEFAULT;
			case GovernancePackage.AMENDMENT__SIGNATURE_DATE:
				return SIGNATURE_DATE_EDEFAULT == null ? signatureDate != null : !SIGNATURE_DATE_EDEFAULT.equals(signatureDate);
			case GovernancePackage.AMENDMENT__KINDS:
				return kinds != null && !kinds.isEmpty();
			case GovernancePackage.AMENDMENT__NEW_END_DATE:
				return NEW_END_DATE_EDEFAULT == null ? newEndDate != null : !NEW_END_DATE_EDEFAULT.equals(newEndDate);
			case GovernancePackage.AMENDMENT__MODIFIED_ARTICLES:
				return modifiedArticles != null && !modifiedArticles.isEmpty();
			case GovernancePackage.AMENDMENT__MODIFIED_ANNEXES:
				return modifiedAnnexes != null && !modifiedAnnexes.isEmpty();
			case GovernancePackage.AMENDMENT__ADDED_PARTIES:
				return addedParties != null && !addedParties.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", signatureDate: ");
		result.append(signatureDate);
		result.append(", kinds: ");
		result.append(kinds);
		result.append(", newEndDate: ");
		result.append(newEndDate);
		result.append(')');
		return result.toString();
	}

} //AmendmentImpl
