/**
 * CTG Studio example extension - generated from departement.genmodel; do not edit.
 */
package org.ctgstudio.example.extension.departement.impl;

import org.ctgstudio.example.extension.departement.DepartementPackage;
import org.ctgstudio.example.extension.departement.DepartmentalFunding;

import org.ctgstudio.model.funding.impl.FundingImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Departmental Funding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.example.extension.departement.impl.DepartmentalFundingImpl#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.ctgstudio.example.extension.departement.impl.DepartmentalFundingImpl#getCouncilDecision <em>Council Decision</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DepartmentalFundingImpl extends FundingImpl implements DepartmentalFunding {
	/**
	 * The default value of the '{@link #getScheme() <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheme() <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected String scheme = SCHEME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCouncilDecision() <em>Council Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouncilDecision()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNCIL_DECISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCouncilDecision() <em>Council Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouncilDecision()
	 * @generated
	 * @ordered
	 */
	protected String councilDecision = COUNCIL_DECISION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DepartmentalFundingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DepartementPackage.Literals.DEPARTMENTAL_FUNDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScheme() {
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheme(String newScheme) {
		String oldScheme = scheme;
		scheme = newScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DepartementPackage.DEPARTMENTAL_FUNDING__SCHEME, oldScheme, scheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCouncilDecision() {
		return councilDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCouncilDecision(String newCouncilDecision) {
		String oldCouncilDecision = councilDecision;
		councilDecision = newCouncilDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DepartementPackage.DEPARTMENTAL_FUNDING__COUNCIL_DECISION, oldCouncilDecision, councilDecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DepartementPackage.DEPARTMENTAL_FUNDING__SCHEME:
				return getScheme();
			case DepartementPackage.DEPARTMENTAL_FUNDING__COUNCIL_DECISION:
				return getCouncilDecision();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DepartementPackage.DEPARTMENTAL_FUNDING__SCHEME:
				setScheme((String)newValue);
				return;
			case DepartementPackage.DEPARTMENTAL_FUNDING__COUNCIL_DECISION:
				setCouncilDecision((String)newValue);
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
			case DepartementPackage.DEPARTMENTAL_FUNDING__SCHEME:
				setScheme(SCHEME_EDEFAULT);
				return;
			case DepartementPackage.DEPARTMENTAL_FUNDING__COUNCIL_DECISION:
				setCouncilDecision(COUNCIL_DECISION_EDEFAULT);
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
			case DepartementPackage.DEPARTMENTAL_FUNDING__SCHEME:
				return SCHEME_EDEFAULT == null ? scheme != null : !SCHEME_EDEFAULT.equals(scheme);
			case DepartementPackage.DEPARTMENTAL_FUNDING__COUNCIL_DECISION:
				return COUNCIL_DECISION_EDEFAULT == null ? councilDecision != null : !COUNCIL_DECISION_EDEFAULT.equals(councilDecision);
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
		result.append(" (scheme: ");
		result.append(scheme);
		result.append(", councilDecision: ");
		result.append(councilDecision);
		result.append(')');
		return result.toString();
	}

} //DepartmentalFundingImpl
