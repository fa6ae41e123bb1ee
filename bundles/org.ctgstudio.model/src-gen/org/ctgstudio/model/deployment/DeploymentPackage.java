/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment;

import org.ctgstudio.model.CtgPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.deployment.DeploymentFactory
 * @model kind="package"
 *        annotation="http://ctgstudio.org/ctg/labels fr='D\351ploiement et couverture' en='Deployment and coverage'"
 * @generated
 */
public interface DeploymentPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "deployment";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/ctg/deployment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ctg.deployment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DeploymentPackage eINSTANCE = org.ctgstudio.model.deployment.impl.DeploymentPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl <em>Caf Deployment Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl
	 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getCafDeploymentPlan()
	 * @generated
	 */
	int CAF_DEPLOYMENT_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Caf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__CAF = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cog Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__COG_PERIOD = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reference Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Population Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__POPULATION_YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reference Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__REFERENCE_DAY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Counting Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__COUNTING_MODE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Trajectory</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__TRAJECTORY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__ENTRIES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Snapshots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN__SNAPSHOTS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Caf Deployment Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Caf Deployment Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAF_DEPLOYMENT_PLAN_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.deployment.impl.TrajectoryPointImpl <em>Trajectory Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.deployment.impl.TrajectoryPointImpl
	 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getTrajectoryPoint()
	 * @generated
	 */
	int TRAJECTORY_POINT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT__YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT__TARGET_RATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Trajectory Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Trajectory Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_POINT_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.deployment.impl.DeploymentEntryImpl <em>Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.deployment.impl.DeploymentEntryImpl
	 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getDeploymentEntry()
	 * @generated
	 */
	int DEPLOYMENT_ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_ENTRY__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Territory</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_ENTRY__TERRITORY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_ENTRY__STATUS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Planned Signature Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_ENTRY__PLANNED_SIGNATURE_YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_ENTRY__AGREEMENTS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Periods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_ENTRY__PERIODS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_ENTRY_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_ENTRY_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.deployment.impl.CoveragePeriodImpl <em>Coverage Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.deployment.impl.CoveragePeriodImpl
	 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getCoveragePeriod()
	 * @generated
	 */
	int COVERAGE_PERIOD = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_PERIOD__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_PERIOD__START_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_PERIOD__END_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Coverage Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_PERIOD_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Coverage Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_PERIOD_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl <em>Coverage Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl
	 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getCoverageSnapshot()
	 * @generated
	 */
	int COVERAGE_SNAPSHOT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_SNAPSHOT__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_SNAPSHOT__YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Covered Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_SNAPSHOT__COVERED_POPULATION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_SNAPSHOT__RATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_SNAPSHOT__TARGET = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_SNAPSHOT__GAP = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Coverage Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_SNAPSHOT_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Coverage Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_SNAPSHOT_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.deployment.DeploymentStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.deployment.DeploymentStatus
	 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getDeploymentStatus()
	 * @generated
	 */
	int DEPLOYMENT_STATUS = 5;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.deployment.CoverageCountingMode <em>Coverage Counting Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.deployment.CoverageCountingMode
	 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getCoverageCountingMode()
	 * @generated
	 */
	int COVERAGE_COUNTING_MODE = 6;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.deployment.CafDeploymentPlan <em>Caf Deployment Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Caf Deployment Plan</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan
	 * @generated
	 */
	EClass getCafDeploymentPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCaf <em>Caf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caf</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getCaf()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EAttribute getCafDeploymentPlan_Caf();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCogPeriod <em>Cog Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cog Period</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getCogPeriod()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EAttribute getCafDeploymentPlan_CogPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getReferencePopulation <em>Reference Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Population</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getReferencePopulation()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EAttribute getCafDeploymentPlan_ReferencePopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getPopulationYear <em>Population Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population Year</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getPopulationYear()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EAttribute getCafDeploymentPlan_PopulationYear();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getReferenceDay <em>Reference Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Day</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getReferenceDay()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EAttribute getCafDeploymentPlan_ReferenceDay();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCountingMode <em>Counting Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counting Mode</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getCountingMode()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EAttribute getCafDeploymentPlan_CountingMode();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getTrajectory <em>Trajectory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trajectory</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getTrajectory()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EReference getCafDeploymentPlan_Trajectory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getEntries()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EReference getCafDeploymentPlan_Entries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getSnapshots <em>Snapshots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Snapshots</em>'.
	 * @see org.ctgstudio.model.deployment.CafDeploymentPlan#getSnapshots()
	 * @see #getCafDeploymentPlan()
	 * @generated
	 */
	EReference getCafDeploymentPlan_Snapshots();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.deployment.TrajectoryPoint <em>Trajectory Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trajectory Point</em>'.
	 * @see org.ctgstudio.model.deployment.TrajectoryPoint
	 * @generated
	 */
	EClass getTrajectoryPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.TrajectoryPoint#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.ctgstudio.model.deployment.TrajectoryPoint#getYear()
	 * @see #getTrajectoryPoint()
	 * @generated
	 */
	EAttribute getTrajectoryPoint_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.TrajectoryPoint#getTargetRate <em>Target Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Rate</em>'.
	 * @see org.ctgstudio.model.deployment.TrajectoryPoint#getTargetRate()
	 * @see #getTrajectoryPoint()
	 * @generated
	 */
	EAttribute getTrajectoryPoint_TargetRate();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.deployment.DeploymentEntry <em>Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entry</em>'.
	 * @see org.ctgstudio.model.deployment.DeploymentEntry
	 * @generated
	 */
	EClass getDeploymentEntry();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.deployment.DeploymentEntry#getTerritory <em>Territory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Territory</em>'.
	 * @see org.ctgstudio.model.deployment.DeploymentEntry#getTerritory()
	 * @see #getDeploymentEntry()
	 * @generated
	 */
	EReference getDeploymentEntry_Territory();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.DeploymentEntry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.ctgstudio.model.deployment.DeploymentEntry#getStatus()
	 * @see #getDeploymentEntry()
	 * @generated
	 */
	EAttribute getDeploymentEntry_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.DeploymentEntry#getPlannedSignatureYear <em>Planned Signature Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Signature Year</em>'.
	 * @see org.ctgstudio.model.deployment.DeploymentEntry#getPlannedSignatureYear()
	 * @see #getDeploymentEntry()
	 * @generated
	 */
	EAttribute getDeploymentEntry_PlannedSignatureYear();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.deployment.DeploymentEntry#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Agreements</em>'.
	 * @see org.ctgstudio.model.deployment.DeploymentEntry#getAgreements()
	 * @see #getDeploymentEntry()
	 * @generated
	 */
	EReference getDeploymentEntry_Agreements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.deployment.DeploymentEntry#getPeriods <em>Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Periods</em>'.
	 * @see org.ctgstudio.model.deployment.DeploymentEntry#getPeriods()
	 * @see #getDeploymentEntry()
	 * @generated
	 */
	EReference getDeploymentEntry_Periods();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.deployment.CoveragePeriod <em>Coverage Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coverage Period</em>'.
	 * @see org.ctgstudio.model.deployment.CoveragePeriod
	 * @generated
	 */
	EClass getCoveragePeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CoveragePeriod#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.ctgstudio.model.deployment.CoveragePeriod#getStartDate()
	 * @see #getCoveragePeriod()
	 * @generated
	 */
	EAttribute getCoveragePeriod_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CoveragePeriod#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.ctgstudio.model.deployment.CoveragePeriod#getEndDate()
	 * @see #getCoveragePeriod()
	 * @generated
	 */
	EAttribute getCoveragePeriod_EndDate();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.deployment.CoverageSnapshot <em>Coverage Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coverage Snapshot</em>'.
	 * @see org.ctgstudio.model.deployment.CoverageSnapshot
	 * @generated
	 */
	EClass getCoverageSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.ctgstudio.model.deployment.CoverageSnapshot#getYear()
	 * @see #getCoverageSnapshot()
	 * @generated
	 */
	EAttribute getCoverageSnapshot_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getCoveredPopulation <em>Covered Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covered Population</em>'.
	 * @see org.ctgstudio.model.deployment.CoverageSnapshot#getCoveredPopulation()
	 * @see #getCoverageSnapshot()
	 * @generated
	 */
	EAttribute getCoverageSnapshot_CoveredPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see org.ctgstudio.model.deployment.CoverageSnapshot#getRate()
	 * @see #getCoverageSnapshot()
	 * @generated
	 */
	EAttribute getCoverageSnapshot_Rate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.ctgstudio.model.deployment.CoverageSnapshot#getTarget()
	 * @see #getCoverageSnapshot()
	 * @generated
	 */
	EAttribute getCoverageSnapshot_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getGap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gap</em>'.
	 * @see org.ctgstudio.model.deployment.CoverageSnapshot#getGap()
	 * @see #getCoverageSnapshot()
	 * @generated
	 */
	EAttribute getCoverageSnapshot_Gap();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.deployment.DeploymentStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.ctgstudio.model.deployment.DeploymentStatus
	 * @generated
	 */
	EEnum getDeploymentStatus();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.deployment.CoverageCountingMode <em>Coverage Counting Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Coverage Counting Mode</em>'.
	 * @see org.ctgstudio.model.deployment.CoverageCountingMode
	 * @generated
	 */
	EEnum getCoverageCountingMode();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DeploymentFactory getDeploymentFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl <em>Caf Deployment Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.deployment.impl.CafDeploymentPlanImpl
		 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getCafDeploymentPlan()
		 * @generated
		 */
		EClass CAF_DEPLOYMENT_PLAN = eINSTANCE.getCafDeploymentPlan();

		/**
		 * The meta object literal for the '<em><b>Caf</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAF_DEPLOYMENT_PLAN__CAF = eINSTANCE.getCafDeploymentPlan_Caf();

		/**
		 * The meta object literal for the '<em><b>Cog Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAF_DEPLOYMENT_PLAN__COG_PERIOD = eINSTANCE.getCafDeploymentPlan_CogPeriod();

		/**
		 * The meta object literal for the '<em><b>Reference Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION = eINSTANCE.getCafDeploymentPlan_ReferencePopulation();

		/**
		 * The meta object literal for the '<em><b>Population Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAF_DEPLOYMENT_PLAN__POPULATION_YEAR = eINSTANCE.getCafDeploymentPlan_PopulationYear();

		/**
		 * The meta object literal for the '<em><b>Reference Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAF_DEPLOYMENT_PLAN__REFERENCE_DAY = eINSTANCE.getCafDeploymentPlan_ReferenceDay();

		/**
		 * The meta object literal for the '<em><b>Counting Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAF_DEPLOYMENT_PLAN__COUNTING_MODE = eINSTANCE.getCafDeploymentPlan_CountingMode();

		/**
		 * The meta object literal for the '<em><b>Trajectory</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAF_DEPLOYMENT_PLAN__TRAJECTORY = eINSTANCE.getCafDeploymentPlan_Trajectory();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAF_DEPLOYMENT_PLAN__ENTRIES = eINSTANCE.getCafDeploymentPlan_Entries();

		/**
		 * The meta object literal for the '<em><b>Snapshots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAF_DEPLOYMENT_PLAN__SNAPSHOTS = eINSTANCE.getCafDeploymentPlan_Snapshots();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.deployment.impl.TrajectoryPointImpl <em>Trajectory Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.deployment.impl.TrajectoryPointImpl
		 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getTrajectoryPoint()
		 * @generated
		 */
		EClass TRAJECTORY_POINT = eINSTANCE.getTrajectoryPoint();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY_POINT__YEAR = eINSTANCE.getTrajectoryPoint_Year();

		/**
		 * The meta object literal for the '<em><b>Target Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY_POINT__TARGET_RATE = eINSTANCE.getTrajectoryPoint_TargetRate();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.deployment.impl.DeploymentEntryImpl <em>Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.deployment.impl.DeploymentEntryImpl
		 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getDeploymentEntry()
		 * @generated
		 */
		EClass DEPLOYMENT_ENTRY = eINSTANCE.getDeploymentEntry();

		/**
		 * The meta object literal for the '<em><b>Territory</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_ENTRY__TERRITORY = eINSTANCE.getDeploymentEntry_Territory();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_ENTRY__STATUS = eINSTANCE.getDeploymentEntry_Status();

		/**
		 * The meta object literal for the '<em><b>Planned Signature Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_ENTRY__PLANNED_SIGNATURE_YEAR = eINSTANCE.getDeploymentEntry_PlannedSignatureYear();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_ENTRY__AGREEMENTS = eINSTANCE.getDeploymentEntry_Agreements();

		/**
		 * The meta object literal for the '<em><b>Periods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_ENTRY__PERIODS = eINSTANCE.getDeploymentEntry_Periods();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.deployment.impl.CoveragePeriodImpl <em>Coverage Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.deployment.impl.CoveragePeriodImpl
		 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getCoveragePeriod()
		 * @generated
		 */
		EClass COVERAGE_PERIOD = eINSTANCE.getCoveragePeriod();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_PERIOD__START_DATE = eINSTANCE.getCoveragePeriod_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_PERIOD__END_DATE = eINSTANCE.getCoveragePeriod_EndDate();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl <em>Coverage Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.deployment.impl.CoverageSnapshotImpl
		 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getCoverageSnapshot()
		 * @generated
		 */
		EClass COVERAGE_SNAPSHOT = eINSTANCE.getCoverageSnapshot();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_SNAPSHOT__YEAR = eINSTANCE.getCoverageSnapshot_Year();

		/**
		 * The meta object literal for the '<em><b>Covered Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_SNAPSHOT__COVERED_POPULATION = eINSTANCE.getCoverageSnapshot_CoveredPopulation();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_SNAPSHOT__RATE = eINSTANCE.getCoverageSnapshot_Rate();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_SNAPSHOT__TARGET = eINSTANCE.getCoverageSnapshot_Target();

		/**
		 * The meta object literal for the '<em><b>Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_SNAPSHOT__GAP = eINSTANCE.getCoverageSnapshot_Gap();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.deployment.DeploymentStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.deployment.DeploymentStatus
		 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getDeploymentStatus()
		 * @generated
		 */
		EEnum DEPLOYMENT_STATUS = eINSTANCE.getDeploymentStatus();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.deployment.CoverageCountingMode <em>Coverage Counting Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.deployment.CoverageCountingMode
		 * @see org.ctgstudio.model.deployment.impl.DeploymentPackageImpl#getCoverageCountingMode()
		 * @generated
		 */
		EEnum COVERAGE_COUNTING_MODE = eINSTANCE.getCoverageCountingMode();

	}

} //DeploymentPackage
