/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment.impl;

import java.math.BigDecimal;

import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.deployment.TrajectoryPoint;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trajectory Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.impl.TrajectoryPointImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.TrajectoryPointImpl#getTargetRate <em>Target Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrajectoryPointImpl extends IdentifiedImpl implements TrajectoryPoint {
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
	 * The default value of the '{@link #getTargetRate() <em>Target Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetRate() <em>Target Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetRate = TARGET_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrajectoryPointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.TRAJECTORY_POINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.TRAJECTORY_POINT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetRate() {
		return targetRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetRate(BigDecimal newTargetRate) {
		BigDecimal oldTargetRate = targetRate;
		targetRate = newTargetRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.TRAJECTORY_POINT__TARGET_RATE, oldTargetRate, targetRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeploymentPackage.TRAJECTORY_POINT__YEAR:
				return getYear();
			case DeploymentPackage.TRAJECTORY_POINT__TARGET_RATE:
				return getTargetRate();
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
			case DeploymentPackage.TRAJECTORY_POINT__YEAR:
				setYear((Integer)newValue);
				return;
			case DeploymentPackage.TRAJECTORY_POINT__TARGET_RATE:
				setTargetRate((BigDecimal)newValue);
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
			case DeploymentPackage.TRAJECTORY_POINT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case DeploymentPackage.TRAJECTORY_POINT__TARGET_RATE:
				setTargetRate(TARGET_RATE_EDEFAULT);
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
			case DeploymentPackage.TRAJECTORY_POINT__YEAR:
				return year != YEAR_EDEFAULT;
			case DeploymentPackage.TRAJECTORY_POINT__TARGET_RATE:
				return TARGET_RATE_EDEFAULT == null ? targetRate != null : !TARGET_RATE_EDEFAULT.equals(targetRate);
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
		result.append(", targetRate: ");
		result.append(targetRate);
		result.append(')');
		return result.toString();
	}

} //TrajectoryPointImpl
