/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import org.ctgstudio.model.ThematicDomain;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.plan.IndicatorKind;

import org.ctgstudio.model.template.IndicatorDefinition;
import org.ctgstudio.model.template.TemplatePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl#getComputation <em>Computation</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorDefinitionImpl extends IdentifiedImpl implements IndicatorDefinition {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final IndicatorKind KIND_EDEFAULT = IndicatorKind.OUTPUT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected IndicatorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

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
	 * The default value of the '{@link #getComputation() <em>Computation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputation()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPUTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComputation() <em>Computation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputation()
	 * @generated
	 * @ordered
	 */
	protected String computation = COMPUTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected String dataSource = DATA_SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TemplatePackage.Literals.INDICATOR_DEFINITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.INDICATOR_DEFINITION__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.INDICATOR_DEFINITION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(IndicatorKind newKind) {
		IndicatorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.INDICATOR_DEFINITION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.INDICATOR_DEFINITION__UNIT, oldUnit, unit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.INDICATOR_DEFINITION__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComputation() {
		return computation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputation(String newComputation) {
		String oldComputation = computation;
		computation = newComputation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.INDICATOR_DEFINITION__COMPUTATION, oldComputation, computation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(String newDataSource) {
		String oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.INDICATOR_DEFINITION__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TemplatePackage.INDICATOR_DEFINITION__CODE:
				return getCode();
			case TemplatePackage.INDICATOR_DEFINITION__LABEL:
				return getLabel();
			case TemplatePackage.INDICATOR_DEFINITION__KIND:
				return getKind();
			case TemplatePackage.INDICATOR_DEFINITION__UNIT:
				return getUnit();
			case TemplatePackage.INDICATOR_DEFINITION__THEME:
				return getTheme();
			case TemplatePackage.INDICATOR_DEFINITION__COMPUTATION:
				return getComputation();
			case TemplatePackage.INDICATOR_DEFINITION__DATA_SOURCE:
				return getDataSource();
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
			case TemplatePackage.INDICATOR_DEFINITION__CODE:
				setCode((String)newValue);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__LABEL:
				setLabel((String)newValue);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__KIND:
				setKind((IndicatorKind)newValue);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__UNIT:
				setUnit((String)newValue);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__THEME:
				setTheme((ThematicDomain)newValue);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__COMPUTATION:
				setComputation((String)newValue);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__DATA_SOURCE:
				setDataSource((String)newValue);
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
			case TemplatePackage.INDICATOR_DEFINITION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__COMPUTATION:
				setComputation(COMPUTATION_EDEFAULT);
				return;
			case TemplatePackage.INDICATOR_DEFINITION__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
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
			case TemplatePackage.INDICATOR_DEFINITION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case TemplatePackage.INDICATOR_DEFINITION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case TemplatePackage.INDICATOR_DEFINITION__KIND:
				return kind != KIND_EDEFAULT;
			case TemplatePackage.INDICATOR_DEFINITION__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TemplatePackage.INDICATOR_DEFINITION__THEME:
				return theme != THEME_EDEFAULT;
			case TemplatePackage.INDICATOR_DEFINITION__COMPUTATION:
				return COMPUTATION_EDEFAULT == null ? computation != null : !COMPUTATION_EDEFAULT.equals(computation);
			case TemplatePackage.INDICATOR_DEFINITION__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", unit: ");
		result.append(unit);
		result.append(", theme: ");
		result.append(theme);
		result.append(", computation: ");
		result.append(computation);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(')');
		return result.toString();
	}

} //IndicatorDefinitionImpl
