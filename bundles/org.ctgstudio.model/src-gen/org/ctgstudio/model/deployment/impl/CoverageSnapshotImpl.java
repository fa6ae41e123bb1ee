/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment.impl;

import java.math.BigDecimal;

import org.ctgstudio.model.deployment.CoverageSnapshot;
import org.ctgstudio.model.deployment.DeploymentPackage;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coverage Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl#getCoveredPopulation <em>Covered Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl#getRate <em>Rate</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl#getGap <em>Gap</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoverageSnapshotImpl extends IdentifiedImpl implements CoverageSnapshot {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoveredPopulation() <em>Covered Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoveredPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final int COVERED_POPULATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCoveredPopulation() <em>Covered Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoveredPopulation()
	 * @generated
	 * @ordered
	 */
	protected int coveredPopulation = COVERED_POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRate() <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRate() <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal rate = RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal GAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal gap = GAP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoverageSnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.COVERAGE_SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.COVERAGE_SNAPSHOT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCoveredPopulation() {
		return coveredPopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoveredPopulation(int newCoveredPopulation) {
		int oldCoveredPopulation = coveredPopulation;
		coveredPopulation = newCoveredPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.COVERAGE_SNAPSHOT__COVERED_POPULATION, oldCoveredPopulation, coveredPopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRate() {
		return rate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRate(BigDecimal newRate) {
		BigDecimal oldRate = rate;
		rate = newRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.COVERAGE_SNAPSHOT__RATE, oldRate, rate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(BigDecimal newTarget) {
		BigDecimal oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.COVERAGE_SNAPSHOT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getGap() {
		return gap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGap(BigDecimal newGap) {
		BigDecimal oldGap = gap;
		gap = newGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.COVERAGE_SNAPSHOT__GAP, oldGap, gap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeploymentPackage.COVERAGE_SNAPSHOT__YEAR:
				return getYear();
			case DeploymentPackage.COVERAGE_SNAPSHOT__COVERED_POPULATION:
				return getCoveredPopulation();
			case DeploymentPackage.COVERAGE_SNAPSHOT__RATE:
				return getRate();
			case DeploymentPackage.COVERAGE_SNAPSHOT__TARGET:
				return getTarget();
			case DeploymentPackage.COVERAGE_SNAPSHOT__GAP:
				return getGap();
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
			case DeploymentPackage.COVERAGE_SNAPSHOT__YEAR:
				setYear((Integer)newValue);
				return;
			case DeploymentPackage.COVERAGE_SNAPSHOT__COVERED_POPULATION:
				setCoveredPopulation((Integer)newValue);
				return;
			case DeploymentPackage.COVERAGE_SNAPSHOT__RATE:
				setRate((BigDecimal)newValue);
				return;
			case DeploymentPackage.COVERAGE_SNAPSHOT__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case DeploymentPackage.COVERAGE_SNAPSHOT__GAP:
				setGap((BigDecimal)newValue);
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
			case DeploymentPackage.COVERAGE_SNAPSHOT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case DeploymentPackage.COVERAGE_SNAPSHOT__COVERED_POPULATION:
				setCoveredPopulation(COVERED_POPULATION_EDEFAULT);
				return;
			case DeploymentPackage.COVERAGE_SNAPSHOT__RATE:
				setRate(RATE_EDEFAULT);
				return;
			case DeploymentPackage.COVERAGE_SNAPSHOT__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case DeploymentPackage.COVERAGE_SNAPSHOT__GAP:
				setGap(GAP_EDEFAULT);
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
			case DeploymentPackage.COVERAGE_SNAPSHOT__YEAR:
				return year != YEAR_EDEFAULT;
			case DeploymentPackage.COVERAGE_SNAPSHOT__COVERED_POPULATION:
				return coveredPopulation != COVERED_POPULATION_EDEFAULT;
			case DeploymentPackage.COVERAGE_SNAPSHOT__RATE:
				return RATE_EDEFAULT == null ? rate != null : !RATE_EDEFAULT.equals(rate);
			case DeploymentPackage.COVERAGE_SNAPSHOT__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case DeploymentPackage.COVERAGE_SNAPSHOT__GAP:
				return GAP_EDEFAULT == null ? gap != null : !GAP_EDEFAULT.equals(gap);
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
		result.append(" (year: ");
		result.append(year);
		result.append(", coveredPopulation: ");
		result.append(coveredPopulation);
		result.append(", rate: ");
		result.append(rate);
		result.append(", target: ");
		result.append(target);
		result.append(", gap: ");
		result.append(gap);
		result.append(')');
		return result.toString();
	}

} //CoverageSnapshotImpl
