/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.model.plan.IndicatorKind;
import org.ctgstudio.model.plan.Measurement;
import org.ctgstudio.model.plan.PlanPackage;

import org.ctgstudio.model.template.IndicatorDefinition;

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
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.IndicatorImpl#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends IdentifiedImpl implements Indicator {
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
	 * The default value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BASELINE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal baselineValue = BASELINE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BASELINE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate baselineDate = BASELINE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetValue = TARGET_VALUE_EDEFAULT;

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
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected IndicatorDefinition definition;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.INDICATOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBaselineValue() {
		return baselineValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineValue(BigDecimal newBaselineValue) {
		BigDecimal oldBaselineValue = baselineValue;
		baselineValue = newBaselineValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__BASELINE_VALUE, oldBaselineValue, baselineValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBaselineDate() {
		return baselineDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineDate(LocalDate newBaselineDate) {
		LocalDate oldBaselineDate = baselineDate;
		baselineDate = newBaselineDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__BASELINE_DATE, oldBaselineDate, baselineDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetValue() {
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetValue(BigDecimal newTargetValue) {
		BigDecimal oldTargetValue = targetValue;
		targetValue = newTargetValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__TARGET_VALUE, oldTargetValue, targetValue));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorDefinition getDefinition() {
		if (definition != null && definition.eIsProxy()) {
			InternalEObject oldDefinition = (InternalEObject)definition;
			definition = (IndicatorDefinition)eResolveProxy(oldDefinition);
			if (definition != oldDefinition) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.INDICATOR__DEFINITION, oldDefinition, definition));
			}
		}
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorDefinition basicGetDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(IndicatorDefinition newDefinition) {
		IndicatorDefinition oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, PlanPackage.INDICATOR__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.INDICATOR__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.INDICATOR__CODE:
				return getCode();
			case PlanPackage.INDICATOR__LABEL:
				return getLabel();
			case PlanPackage.INDICATOR__KIND:
				return getKind();
			case PlanPackage.INDICATOR__UNIT:
				return getUnit();
			case PlanPackage.INDICATOR__BASELINE_VALUE:
				return getBaselineValue();
			case PlanPackage.INDICATOR__BASELINE_DATE:
				return getBaselineDate();
			case PlanPackage.INDICATOR__TARGET_VALUE:
				return getTargetValue();
			case PlanPackage.INDICATOR__DATA_SOURCE:
				return getDataSource();
			case PlanPackage.INDICATOR__DEFINITION:
				if (resolve) return getDefinition();
				return basicGetDefinition();
			case PlanPackage.INDICATOR__MEASUREMENTS:
				return getMeasurements();
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
			case PlanPackage.INDICATOR__CODE:
				setCode((String)newValue);
				return;
			case PlanPackage.INDICATOR__LABEL:
				setLabel((String)newValue);
				return;
			case PlanPackage.INDICATOR__KIND:
				setKind((IndicatorKind)newValue);
				return;
			case PlanPackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case PlanPackage.INDICATOR__BASELINE_VALUE:
				setBaselineValue((BigDecimal)newValue);
				return;
			case PlanPackage.INDICATOR__BASELINE_DATE:
				setBaselineDate((LocalDate)newValue);
				return;
			case PlanPackage.INDICATOR__TARGET_VALUE:
				setTargetValue((BigDecimal)newValue);
				return;
			case PlanPackage.INDICATOR__DATA_SOURCE:
				setDataSource((String)newValue);
				return;
			case PlanPackage.INDICATOR__DEFINITION:
				setDefinition((IndicatorDefinition)newValue);
				return;
			case PlanPackage.INDICATOR__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
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
			case PlanPackage.INDICATOR__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__BASELINE_VALUE:
				setBaselineValue(BASELINE_VALUE_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__BASELINE_DATE:
				setBaselineDate(BASELINE_DATE_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__TARGET_VALUE:
				setTargetValue(TARGET_VALUE_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__DEFINITION:
				setDefinition((IndicatorDefinition)null);
				return;
			case PlanPackage.INDICATOR__MEASUREMENTS:
				getMeasurements().clear();
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
			case PlanPackage.INDICATOR__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlanPackage.INDICATOR__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case PlanPackage.INDICATOR__KIND:
				return kind != KIND_EDEFAULT;
			case PlanPackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case PlanPackage.INDICATOR__BASELINE_VALUE:
				return BASELINE_VALUE_EDEFAULT == null ? baselineValue != null : !BASELINE_VALUE_EDEFAULT.equals(baselineValue);
			case PlanPackage.INDICATOR__BASELINE_DATE:
				return BASELINE_DATE_EDEFAULT == null ? baselineDate != null : !BASELINE_DATE_EDEFAULT.equals(baselineDate);
			case PlanPackage.INDICATOR__TARGET_VALUE:
				return TARGET_VALUE_EDEFAULT == null ? targetValue != null : !TARGET_VALUE_EDEFAULT.equals(targetValue);
			case PlanPackage.INDICATOR__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
			case PlanPackage.INDICATOR__DEFINITION:
				return definition != null;
			case PlanPackage.INDICATOR__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
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
		result.append(", baselineValue: ");
		result.append(baselineValue);
		result.append(", baselineDate: ");
		result.append(baselineDate);
		result.append(", targetValue: ");
		result.append(targetValue);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
