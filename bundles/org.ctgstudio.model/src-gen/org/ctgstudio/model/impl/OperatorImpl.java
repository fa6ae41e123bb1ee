/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.Operator;
import org.ctgstudio.model.OperatorNature;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.OperatorImpl#getNature <em>Nature</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.OperatorImpl#getSiret <em>Siret</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperatorImpl extends OrganisationImpl implements Operator {
	/**
	 * The default value of the '{@link #getNature() <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNature()
	 * @generated
	 * @ordered
	 */
	protected static final OperatorNature NATURE_EDEFAULT = OperatorNature.PUBLIC;

	/**
	 * The cached value of the '{@link #getNature() <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNature()
	 * @generated
	 * @ordered
	 */
	protected OperatorNature nature = NATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSiret() <em>Siret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiret()
	 * @generated
	 * @ordered
	 */
	protected static final String SIRET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSiret() <em>Siret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiret()
	 * @generated
	 * @ordered
	 */
	protected String siret = SIRET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.OPERATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatorNature getNature() {
		return nature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNature(OperatorNature newNature) {
		OperatorNature oldNature = nature;
		nature = newNature == null ? NATURE_EDEFAULT : newNature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.OPERATOR__NATURE, oldNature, nature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSiret() {
		return siret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSiret(String newSiret) {
		String oldSiret = siret;
		siret = newSiret;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.OPERATOR__SIRET, oldSiret, siret));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CtgPackage.OPERATOR__NATURE:
				return getNature();
			case CtgPackage.OPERATOR__SIRET:
				return getSiret();
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
			case CtgPackage.OPERATOR__NATURE:
				setNature((OperatorNature)newValue);
				return;
			case CtgPackage.OPERATOR__SIRET:
				setSiret((String)newValue);
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
			case CtgPackage.OPERATOR__NATURE:
				setNature(NATURE_EDEFAULT);
				return;
			case CtgPackage.OPERATOR__SIRET:
				setSiret(SIRET_EDEFAULT);
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
			case CtgPackage.OPERATOR__NATURE:
				return nature != NATURE_EDEFAULT;
			case CtgPackage.OPERATOR__SIRET:
				return SIRET_EDEFAULT == null ? siret != null : !SIRET_EDEFAULT.equals(siret);
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
		result.append(" (nature: ");
		result.append(nature);
		result.append(", siret: ");
		result.append(siret);
		result.append(')');
		return result.toString();
	}

} //OperatorImpl
