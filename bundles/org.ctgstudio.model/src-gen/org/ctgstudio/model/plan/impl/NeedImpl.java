/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan.impl;

import java.util.Collection;

import org.ctgstudio.model.TargetPublic;
import org.ctgstudio.model.ThematicDomain;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.plan.Need;
import org.ctgstudio.model.plan.PlanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Need</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.impl.NeedImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.NeedImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.NeedImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.NeedImpl#getTargetPublics <em>Target Publics</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.NeedImpl#getSupplyDemandGap <em>Supply Demand Gap</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NeedImpl extends IdentifiedImpl implements Need {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

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
	 * The cached value of the '{@link #getTargetPublics() <em>Target Publics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPublics()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetPublic> targetPublics;

	/**
	 * The default value of the '{@link #getSupplyDemandGap() <em>Supply Demand Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplyDemandGap()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPLY_DEMAND_GAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupplyDemandGap() <em>Supply Demand Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplyDemandGap()
	 * @generated
	 * @ordered
	 */
	protected String supplyDemandGap = SUPPLY_DEMAND_GAP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.NEED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.NEED__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.NEED__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.NEED__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetPublic> getTargetPublics() {
		if (targetPublics == null) {
			targetPublics = new EDataTypeUniqueEList<TargetPublic>(TargetPublic.class, this, PlanPackage.NEED__TARGET_PUBLICS);
		}
		return targetPublics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupplyDemandGap() {
		return supplyDemandGap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplyDemandGap(String newSupplyDemandGap) {
		String oldSupplyDemandGap = supplyDemandGap;
		supplyDemandGap = newSupplyDemandGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.NEED__SUPPLY_DEMAND_GAP, oldSupplyDemandGap, supplyDemandGap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.NEED__CODE:
				return getCode();
			case PlanPackage.NEED__LABEL:
				return getLabel();
			case PlanPackage.NEED__THEME:
				return getTheme();
			case PlanPackage.NEED__TARGET_PUBLICS:
				return getTargetPublics();
			case PlanPackage.NEED__SUPPLY_DEMAND_GAP:
				return getSupplyDemandGap();
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
			case PlanPackage.NEED__CODE:
				setCode((String)newValue);
				return;
			case PlanPackage.NEED__LABEL:
				setLabel((String)newValue);
				return;
			case PlanPackage.NEED__THEME:
				setTheme((ThematicDomain)newValue);
				return;
			case PlanPackage.NEED__TARGET_PUBLICS:
				getTargetPublics().clear();
				getTargetPublics().addAll((Collection<? extends TargetPublic>)newValue);
				return;
			case PlanPackage.NEED__SUPPLY_DEMAND_GAP:
				setSupplyDemandGap((String)newValue);
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
			case PlanPackage.NEED__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlanPackage.NEED__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case PlanPackage.NEED__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case PlanPackage.NEED__TARGET_PUBLICS:
				getTargetPublics().clear();
				return;
			case PlanPackage.NEED__SUPPLY_DEMAND_GAP:
				setSupplyDemandGap(SUPPLY_DEMAND_GAP_EDEFAULT);
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
			case PlanPackage.NEED__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlanPackage.NEED__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case PlanPackage.NEED__THEME:
				return theme != THEME_EDEFAULT;
			case PlanPackage.NEED__TARGET_PUBLICS:
				return targetPublics != null && !targetPublics.isEmpty();
			case PlanPackage.NEED__SUPPLY_DEMAND_GAP:
				return SUPPLY_DEMAND_GAP_EDEFAULT == null ? supplyDemandGap != null : !SUPPLY_DEMAND_GAP_EDEFAULT.equals(supplyDemandGap);
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
		result.append(" (code: ");
		result.append(code);
		result.append(", label: ");
		result.append(label);
		result.append(", theme: ");
		result.append(theme);
		result.append(", targetPublics: ");
		result.append(targetPublics);
		result.append(", supplyDemandGap: ");
		result.append(supplyDemandGap);
		result.append(')');
		return result.toString();
	}

} //NeedImpl
