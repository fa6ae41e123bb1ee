/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment.impl;

import java.time.MonthDay;

import java.util.Collection;

import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.CoverageCountingMode;
import org.ctgstudio.model.deployment.CoverageSnapshot;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.deployment.TrajectoryPoint;

import org.ctgstudio.model.impl.IdentifiedImpl;

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
 * An implementation of the model object '<em><b>Caf Deployment Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getCaf <em>Caf</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getCogPeriod <em>Cog Period</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getReferencePopulation <em>Reference Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getPopulationYear <em>Population Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getReferenceDay <em>Reference Day</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getCountingMode <em>Counting Mode</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getTrajectory <em>Trajectory</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl#getSnapshots <em>Snapshots</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CafDeploymentPlanImpl extends IdentifiedImpl implements CafDeploymentPlan {
	/**
	 * The default value of the '{@link #getCaf() <em>Caf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaf()
	 * @generated
	 * @ordered
	 */
	protected static final String CAF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaf() <em>Caf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaf()
	 * @generated
	 * @ordered
	 */
	protected String caf = CAF_EDEFAULT;

	/**
	 * The default value of the '{@link #getCogPeriod() <em>Cog Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCogPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String COG_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCogPeriod() <em>Cog Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCogPeriod()
	 * @generated
	 * @ordered
	 */
	protected String cogPeriod = COG_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferencePopulation() <em>Reference Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferencePopulation()
	 * @generated
	 * @ordered
	 */
	protected static final int REFERENCE_POPULATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReferencePopulation() <em>Reference Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferencePopulation()
	 * @generated
	 * @ordered
	 */
	protected int referencePopulation = REFERENCE_POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulationYear() <em>Population Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationYear()
	 * @generated
	 * @ordered
	 */
	protected static final int POPULATION_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPopulationYear() <em>Population Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationYear()
	 * @generated
	 * @ordered
	 */
	protected int populationYear = POPULATION_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceDay() <em>Reference Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceDay()
	 * @generated
	 * @ordered
	 */
	protected static final MonthDay REFERENCE_DAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceDay() <em>Reference Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceDay()
	 * @generated
	 * @ordered
	 */
	protected MonthDay referenceDay = REFERENCE_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountingMode() <em>Counting Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountingMode()
	 * @generated
	 * @ordered
	 */
	protected static final CoverageCountingMode COUNTING_MODE_EDEFAULT = CoverageCountingMode.WHOLE_TERRITORY;

	/**
	 * The cached value of the '{@link #getCountingMode() <em>Counting Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountingMode()
	 * @generated
	 * @ordered
	 */
	protected CoverageCountingMode countingMode = COUNTING_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrajectory() <em>Trajectory</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrajectory()
	 * @generated
	 * @ordered
	 */
	protected EList<TrajectoryPoint> trajectory;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<DeploymentEntry> entries;

	/**
	 * The cached value of the '{@link #getSnapshots() <em>Snapshots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshots()
	 * @generated
	 * @ordered
	 */
	protected EList<CoverageSnapshot> snapshots;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CafDeploymentPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaf() {
		return caf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaf(String newCaf) {
		String oldCaf = caf;
		caf = newCaf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.CAF_DEPLOYMENT_PLAN__CAF, oldCaf, caf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCogPeriod() {
		return cogPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCogPeriod(String newCogPeriod) {
		String oldCogPeriod = cogPeriod;
		cogPeriod = newCogPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.CAF_DEPLOYMENT_PLAN__COG_PERIOD, oldCogPeriod, cogPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReferencePopulation() {
		return referencePopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferencePopulation(int newReferencePopulation) {
		int oldReferencePopulation = referencePopulation;
		referencePopulation = newReferencePopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION, oldReferencePopulation, referencePopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPopulationYear() {
		return populationYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulationYear(int newPopulationYear) {
		int oldPopulationYear = populationYear;
		populationYear = newPopulationYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.CAF_DEPLOYMENT_PLAN__POPULATION_YEAR, oldPopulationYear, populationYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonthDay getReferenceDay() {
		return referenceDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceDay(MonthDay newReferenceDay) {
		MonthDay oldReferenceDay = referenceDay;
		referenceDay = newReferenceDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_DAY, oldReferenceDay, referenceDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoverageCountingMode getCountingMode() {
		return countingMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountingMode(CoverageCountingMode newCountingMode) {
		CoverageCountingMode oldCountingMode = countingMode;
		countingMode = newCountingMode == null ? COUNTING_MODE_EDEFAULT : newCountingMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.CAF_DEPLOYMENT_PLAN__COUNTING_MODE, oldCountingMode, countingMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrajectoryPoint> getTrajectory() {
		if (trajectory == null) {
			trajectory = new EObjectContainmentEList<TrajectoryPoint>(TrajectoryPoint.class, this, DeploymentPackage.CAF_DEPLOYMENT_PLAN__TRAJECTORY);
		}
		return trajectory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeploymentEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<DeploymentEntry>(DeploymentEntry.class, this, DeploymentPackage.CAF_DEPLOYMENT_PLAN__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CoverageSnapshot> getSnapshots() {
		if (snapshots == null) {
			snapshots = new EObjectContainmentEList<CoverageSnapshot>(CoverageSnapshot.class, this, DeploymentPackage.CAF_DEPLOYMENT_PLAN__SNAPSHOTS);
		}
		return snapshots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__TRAJECTORY:
				return ((InternalEList<?>)getTrajectory()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__SNAPSHOTS:
				return ((InternalEList<?>)getSnapshots()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__CAF:
				return getCaf();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COG_PERIOD:
				return getCogPeriod();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION:
				return getReferencePopulation();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__POPULATION_YEAR:
				return getPopulationYear();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_DAY:
				return getReferenceDay();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COUNTING_MODE:
				return getCountingMode();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__TRAJECTORY:
				return getTrajectory();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__ENTRIES:
				return getEntries();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__SNAPSHOTS:
				return getSnapshots();
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
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__CAF:
				setCaf((String)newValue);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COG_PERIOD:
				setCogPeriod((String)newValue);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION:
				setReferencePopulation((Integer)newValue);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__POPULATION_YEAR:
				setPopulationYear((Integer)newValue);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_DAY:
				setReferenceDay((MonthDay)newValue);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COUNTING_MODE:
				setCountingMode((CoverageCountingMode)newValue);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__TRAJECTORY:
				getTrajectory().clear();
				getTrajectory().addAll((Collection<? extends TrajectoryPoint>)newValue);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends DeploymentEntry>)newValue);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__SNAPSHOTS:
				getSnapshots().clear();
				getSnapshots().addAll((Collection<? extends CoverageSnapshot>)newValue);
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
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__CAF:
				setCaf(CAF_EDEFAULT);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COG_PERIOD:
				setCogPeriod(COG_PERIOD_EDEFAULT);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION:
				setReferencePopulation(REFERENCE_POPULATION_EDEFAULT);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__POPULATION_YEAR:
				setPopulationYear(POPULATION_YEAR_EDEFAULT);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_DAY:
				setReferenceDay(REFERENCE_DAY_EDEFAULT);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COUNTING_MODE:
				setCountingMode(COUNTING_MODE_EDEFAULT);
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__TRAJECTORY:
				getTrajectory().clear();
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__ENTRIES:
				getEntries().clear();
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__SNAPSHOTS:
				getSnapshots().clear();
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
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__CAF:
				return CAF_EDEFAULT == null ? caf != null : !CAF_EDEFAULT.equals(caf);
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COG_PERIOD:
				return COG_PERIOD_EDEFAULT == null ? cogPeriod != null : !COG_PERIOD_EDEFAULT.equals(cogPeriod);
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION:
				return referencePopulation != REFERENCE_POPULATION_EDEFAULT;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__POPULATION_YEAR:
				return populationYear != POPULATION_YEAR_EDEFAULT;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_DAY:
				return REFERENCE_DAY_EDEFAULT == null ? referenceDay != null : !REFERENCE_DAY_EDEFAULT.equals(referenceDay);
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COUNTING_MODE:
				return countingMode != COUNTING_MODE_EDEFAULT;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__TRAJECTORY:
				return trajectory != null && !trajectory.isEmpty();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__ENTRIES:
				return entries != null && !entries.isEmpty();
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__SNAPSHOTS:
				return snapshots != null && !snapshots.isEmpty();
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
		result.append(" (caf: ");
		result.append(caf);
		result.append(", cogPeriod: ");
		result.append(cogPeriod);
		result.append(", referencePopulation: ");
		result.append(referencePopulation);
		result.append(", populationYear: ");
		result.append(populationYear);
		result.append(", referenceDay: ");
		result.append(referenceDay);
		result.append(", countingMode: ");
		result.append(countingMode);
		result.append(')');
		return result.toString();
	}

} //CafDeploymentPlanImpl
