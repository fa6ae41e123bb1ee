/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.ThematicDomain;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Intervention Field</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.InterventionFieldImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.InterventionFieldImpl#isIsPriority <em>Is Priority</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.InterventionFieldImpl#getJustification <em>Justification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterventionFieldImpl extends IdentifiedImpl implements InterventionField {
	/**
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final ThematicDomain THEME_EDEFAULT = ThematicDomain.EARLY_CHILDHOOD;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected ThematicDomain theme = THEME_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsPriority() <em>Is Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsPriority()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_PRIORITY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsPriority() <em>Is Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsPriority()
	 * @generated
	 * @ordered
	 */
	protected boolean isPriority = IS_PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected String justification = JUSTIFICATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterventionFieldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.INTERVENTION_FIELD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThematicDomain getTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(ThematicDomain newTheme) {
		ThematicDomain oldTheme = theme;
		theme = newTheme == null ? THEME_EDEFAULT : newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.INTERVENTION_FIELD__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsPriority() {
		return isPriority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsPriority(boolean newIsPriority) {
		boolean oldIsPriority = isPriority;
		isPriority = newIsPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.INTERVENTION_FIELD__IS_PRIORITY, oldIsPriority, isPriority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJustification() {
		return justification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustification(String newJustification) {
		String oldJustification = justification;
		justification = newJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.INTERVENTION_FIELD__JUSTIFICATION, oldJustification, justification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CtgPackage.INTERVENTION_FIELD__THEME:
				return getTheme();
			case CtgPackage.INTERVENTION_FIELD__IS_PRIORITY:
				return isIsPriority();
			case CtgPackage.INTERVENTION_FIELD__JUSTIFICATION:
				return getJustification();
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
			case CtgPackage.INTERVENTION_FIELD__THEME:
				setTheme((ThematicDomain)newValue);
				return;
			case CtgPackage.INTERVENTION_FIELD__IS_PRIORITY:
				setIsPriority((Boolean)newValue);
				return;
			case CtgPackage.INTERVENTION_FIELD__JUSTIFICATION:
				setJustification((String)newValue);
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
			case CtgPackage.INTERVENTION_FIELD__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case CtgPackage.INTERVENTION_FIELD__IS_PRIORITY:
				setIsPriority(IS_PRIORITY_EDEFAULT);
				return;
			case CtgPackage.INTERVENTION_FIELD__JUSTIFICATION:
				setJustification(JUSTIFICATION_EDEFAULT);
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
			case CtgPackage.INTERVENTION_FIELD__THEME:
				return theme != THEME_EDEFAULT;
			case CtgPackage.INTERVENTION_FIELD__IS_PRIORITY:
				return isPriority != IS_PRIORITY_EDEFAULT;
			case CtgPackage.INTERVENTION_FIELD__JUSTIFICATION:
				return JUSTIFICATION_EDEFAULT == null ? justification != null : !JUSTIFICATION_EDEFAULT.equals(justification);
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
		result.append(" (theme: ");
		result.append(theme);
		result.append(", isPriority: ");
		result.append(isPriority);
		result.append(", justification: ");
		result.append(justification);
		result.append(')');
		return result.toString();
	}

} //InterventionFieldImpl
