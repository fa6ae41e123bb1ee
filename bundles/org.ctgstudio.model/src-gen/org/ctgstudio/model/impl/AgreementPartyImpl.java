/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Representative;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agreement Party</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.AgreementPartyImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AgreementPartyImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AgreementPartyImpl#getRepresentatives <em>Representatives</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AgreementPartyImpl#getDeliberationBody <em>Deliberation Body</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AgreementPartyImpl#getDeliberationDate <em>Deliberation Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AgreementPartyImpl#getSignatureDate <em>Signature Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgreementPartyImpl extends IdentifiedImpl implements AgreementParty {
	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final PartyRole ROLE_EDEFAULT = PartyRole.SIGNATORY;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected PartyRole role = ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRepresentatives() <em>Representatives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresentatives()
	 * @generated
	 * @ordered
	 */
	protected EList<Representative> representatives;

	/**
	 * The default value of the '{@link #getDeliberationBody() <em>Deliberation Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliberationBody()
	 * @generated
	 * @ordered
	 */
	protected static final String DELIBERATION_BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeliberationBody() <em>Deliberation Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliberationBody()
	 * @generated
	 * @ordered
	 */
	protected String deliberationBody = DELIBERATION_BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeliberationDate() <em>Deliberation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliberationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DELIBERATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeliberationDate() <em>Deliberation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliberationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deliberationDate = DELIBERATION_DATE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgreementPartyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.AGREEMENT_PARTY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		if (organisation != null && organisation.eIsProxy()) {
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Organisation)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.AGREEMENT_PARTY__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.AGREEMENT_PARTY__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartyRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(PartyRole newRole) {
		PartyRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.AGREEMENT_PARTY__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Representative> getRepresentatives() {
		if (representatives == null) {
			representatives = new EObjectContainmentEList<Representative>(Representative.class, this, CtgPackage.AGREEMENT_PARTY__REPRESENTATIVES);
		}
		return representatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeliberationBody() {
		return deliberationBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliberationBody(String newDeliberationBody) {
		String oldDeliberationBody = deliberationBody;
		deliberationBody = newDeliberationBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.AGREEMENT_PARTY__DELIBERATION_BODY, oldDeliberationBody, deliberationBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeliberationDate() {
		return deliberationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliberationDate(LocalDate newDeliberationDate) {
		LocalDate oldDeliberationDate = deliberationDate;
		deliberationDate = newDeliberationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.AGREEMENT_PARTY__DELIBERATION_DATE, oldDeliberationDate, deliberationDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.AGREEMENT_PARTY__SIGNATURE_DATE, oldSignatureDate, signatureDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CtgPackage.AGREEMENT_PARTY__REPRESENTATIVES:
				return ((InternalEList<?>)getRepresentatives()).basicRemove(otherEnd, msgs);
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
			case CtgPackage.AGREEMENT_PARTY__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case CtgPackage.AGREEMENT_PARTY__ROLE:
				return getRole();
			case CtgPackage.AGREEMENT_PARTY__REPRESENTATIVES:
				return getRepresentatives();
			case CtgPackage.AGREEMENT_PARTY__DELIBERATION_BODY:
				return getDeliberationBody();
			case CtgPackage.AGREEMENT_PARTY__DELIBERATION_DATE:
				return getDeliberationDate();
			case CtgPackage.AGREEMENT_PARTY__SIGNATURE_DATE:
				return getSignatureDate();
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
			case CtgPackage.AGREEMENT_PARTY__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case CtgPackage.AGREEMENT_PARTY__ROLE:
				setRole((PartyRole)newValue);
				return;
			case CtgPackage.AGREEMENT_PARTY__REPRESENTATIVES:
				getRepresentatives().clear();
				getRepresentatives().addAll((Collection<? extends Representative>)newValue);
				return;
			case CtgPackage.AGREEMENT_PARTY__DELIBERATION_BODY:
				setDeliberationBody((String)newValue);
				return;
			case CtgPackage.AGREEMENT_PARTY__DELIBERATION_DATE:
				setDeliberationDate((LocalDate)newValue);
				return;
			case CtgPackage.AGREEMENT_PARTY__SIGNATURE_DATE:
				setSignatureDate((LocalDate)newValue);
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
			case CtgPackage.AGREEMENT_PARTY__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case CtgPackage.AGREEMENT_PARTY__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CtgPackage.AGREEMENT_PARTY__REPRESENTATIVES:
				getRepresentatives().clear();
				return;
			case CtgPackage.AGREEMENT_PARTY__DELIBERATION_BODY:
				setDeliberationBody(DELIBERATION_BODY_EDEFAULT);
				return;
			case CtgPackage.AGREEMENT_PARTY__DELIBERATION_DATE:
				setDeliberationDate(DELIBERATION_DATE_EDEFAULT);
				return;
			case CtgPackage.AGREEMENT_PARTY__SIGNATURE_DATE:
				setSignatureDate(SIGNATURE_DATE_EDEFAULT);
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
			case CtgPackage.AGREEMENT_PARTY__ORGANISATION:
				return organisation != null;
			case CtgPackage.AGREEMENT_PARTY__ROLE:
				return role != ROLE_EDEFAULT;
			case CtgPackage.AGREEMENT_PARTY__REPRESENTATIVES:
				return representatives != null && !representatives.isEmpty();
			case CtgPackage.AGREEMENT_PARTY__DELIBERATION_BODY:
				return DELIBERATION_BODY_EDEFAULT == null ? deliberationBody != null : !DELIBERATION_BODY_EDEFAULT.equals(deliberationBody);
			case CtgPackage.AGREEMENT_PARTY__DELIBERATION_DATE:
				return DELIBERATION_DATE_EDEFAULT == null ? deliberationDate != null : !DELIBERATION_DATE_EDEFAULT.equals(deliberationDate);
			case CtgPackage.AGREEMENT_PARTY__SIGNATURE_DATE:
				return SIGNATURE_DATE_EDEFAULT == null ? signatureDate != null : !SIGNATURE_DATE_EDEFAULT.equals(signatureDate);
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
		result.append(" (role: ");
		result.append(role);
		result.append(", deliberationBody: ");
		result.append(deliberationBody);
		result.append(", deliberationDate: ");
		result.append(deliberationDate);
		result.append(", signatureDate: ");
		result.append(signatureDate);
		result.append(')');
		return result.toString();
	}

} //AgreementPartyImpl
