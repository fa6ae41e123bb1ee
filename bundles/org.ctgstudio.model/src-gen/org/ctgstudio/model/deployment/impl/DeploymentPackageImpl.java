/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment.impl;

import org.ctgstudio.model.CtgPackage;

import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.CoverageCountingMode;
import org.ctgstudio.model.deployment.CoveragePeriod;
import org.ctgstudio.model.deployment.CoverageSnapshot;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.DeploymentFactory;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.deployment.DeploymentStatus;
import org.ctgstudio.model.deployment.TrajectoryPoint;

import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.funding.impl.FundingPackageImpl;

import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.governance.impl.GovernancePackageImpl;

import org.ctgstudio.model.impl.CtgPackageImpl;

import org.ctgstudio.model.plan.PlanPackage;

import org.ctgstudio.model.plan.impl.PlanPackageImpl;

import org.ctgstudio.model.template.TemplatePackage;

import org.ctgstudio.model.template.impl.TemplatePackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DeploymentPackageImpl extends EPackageImpl implements DeploymentPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cafDeploymentPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trajectoryPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deploymentEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coveragePeriodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coverageSnapshotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deploymentStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum coverageCountingModeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DeploymentPackageImpl() {
		super(eNS_URI, DeploymentFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DeploymentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DeploymentPackage init() {
		if (isInited) return (DeploymentPackage)EPackage.Registry.INSTANCE.getEPackage(DeploymentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDeploymentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DeploymentPackageImpl theDeploymentPackage = registeredDeploymentPackage instanceof DeploymentPackageImpl ? (DeploymentPackageImpl)registeredDeploymentPackage : new DeploymentPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CtgPackage.eNS_URI);
		CtgPackageImpl theCtgPackage = (CtgPackageImpl)(registeredPackage instanceof CtgPackageImpl ? registeredPackage : CtgPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		PlanPackageImpl thePlanPackage = (PlanPackageImpl)(registeredPackage instanceof PlanPackageImpl ? registeredPackage : PlanPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FundingPackage.eNS_URI);
		FundingPackageImpl theFundingPackage = (FundingPackageImpl)(registeredPackage instanceof FundingPackageImpl ? registeredPackage : FundingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TemplatePackage.eNS_URI);
		TemplatePackageImpl theTemplatePackage = (TemplatePackageImpl)(registeredPackage instanceof TemplatePackageImpl ? registeredPackage : TemplatePackage.eINSTANCE);

		// Create package meta-data objects
		theDeploymentPackage.createPackageContents();
		theCtgPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theFundingPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theTemplatePackage.createPackageContents();

		// Initialize created meta-data
		theDeploymentPackage.initializePackageContents();
		theCtgPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theFundingPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theTemplatePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDeploymentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DeploymentPackage.eNS_URI, theDeploymentPackage);
		return theDeploymentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCafDeploymentPlan() {
		return cafDeploymentPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCafDeploymentPlan_Caf() {
		return (EAttribute)cafDeploymentPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCafDeploymentPlan_CogPeriod() {
		return (EAttribute)cafDeploymentPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCafDeploymentPlan_ReferencePopulation() {
		return (EAttribute)cafDeploymentPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCafDeploymentPlan_PopulationYear() {
		return (EAttribute)cafDeploymentPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCafDeploymentPlan_ReferenceDay() {
		return (EAttribute)cafDeploymentPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCafDeploymentPlan_CountingMode() {
		return (EAttribute)cafDeploymentPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCafDeploymentPlan_Trajectory() {
		return (EReference)cafDeploymentPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCafDeploymentPlan_Entries() {
		return (EReference)cafDeploymentPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCafDeploymentPlan_Snapshots() {
		return (EReference)cafDeploymentPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrajectoryPoint() {
		return trajectoryPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectoryPoint_Year() {
		return (EAttribute)trajectoryPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectoryPoint_TargetRate() {
		return (EAttribute)trajectoryPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeploymentEntry() {
		return deploymentEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeploymentEntry_Territory() {
		return (EReference)deploymentEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentEntry_Status() {
		return (EAttribute)deploymentEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentEntry_PlannedSignatureYear() {
		return (EAttribute)deploymentEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeploymentEntry_Agreements() {
		return (EReference)deploymentEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeploymentEntry_Periods() {
		return (EReference)deploymentEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoveragePeriod() {
		return coveragePeriodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoveragePeriod_StartDate() {
		return (EAttribute)coveragePeriodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoveragePeriod_EndDate() {
		return (EAttribute)coveragePeriodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoverageSnapshot() {
		return coverageSnapshotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageSnapshot_Year() {
		return (EAttribute)coverageSnapshotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageSnapshot_CoveredPopulation() {
		return (EAttribute)coverageSnapshotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageSnapshot_Rate() {
		return (EAttribute)coverageSnapshotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageSnapshot_Target() {
		return (EAttribute)coverageSnapshotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageSnapshot_Gap() {
		return (EAttribute)coverageSnapshotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeploymentStatus() {
		return deploymentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCoverageCountingMode() {
		return coverageCountingModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentFactory getDeploymentFactory() {
		return (DeploymentFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		cafDeploymentPlanEClass = createEClass(CAF_DEPLOYMENT_PLAN);
		createEAttribute(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__CAF);
		createEAttribute(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__COG_PERIOD);
		createEAttribute(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION);
		createEAttribute(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__POPULATION_YEAR);
		createEAttribute(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__REFERENCE_DAY);
		createEAttribute(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__COUNTING_MODE);
		createEReference(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__TRAJECTORY);
		createEReference(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__ENTRIES);
		createEReference(cafDeploymentPlanEClass, CAF_DEPLOYMENT_PLAN__SNAPSHOTS);

		trajectoryPointEClass = createEClass(TRAJECTORY_POINT);
		createEAttribute(trajectoryPointEClass, TRAJECTORY_POINT__YEAR);
		createEAttribute(trajectoryPointEClass, TRAJECTORY_POINT__TARGET_RATE);

		deploymentEntryEClass = createEClass(DEPLOYMENT_ENTRY);
		createEReference(deploymentEntryEClass, DEPLOYMENT_ENTRY__TERRITORY);
		createEAttribute(deploymentEntryEClass, DEPLOYMENT_ENTRY__STATUS);
		createEAttribute(deploymentEntryEClass, DEPLOYMENT_ENTRY__PLANNED_SIGNATURE_YEAR);
		createEReference(deploymentEntryEClass, DEPLOYMENT_ENTRY__AGREEMENTS);
		createEReference(deploymentEntryEClass, DEPLOYMENT_ENTRY__PERIODS);

		coveragePeriodEClass = createEClass(COVERAGE_PERIOD);
		createEAttribute(coveragePeriodEClass, COVERAGE_PERIOD__START_DATE);
		createEAttribute(coveragePeriodEClass, COVERAGE_PERIOD__END_DATE);

		coverageSnapshotEClass = createEClass(COVERAGE_SNAPSHOT);
		createEAttribute(coverageSnapshotEClass, COVERAGE_SNAPSHOT__YEAR);
		createEAttribute(coverageSnapshotEClass, COVERAGE_SNAPSHOT__COVERED_POPULATION);
		createEAttribute(coverageSnapshotEClass, COVERAGE_SNAPSHOT__RATE);
		createEAttribute(coverageSnapshotEClass, COVERAGE_SNAPSHOT__TARGET);
		createEAttribute(coverageSnapshotEClass, COVERAGE_SNAPSHOT__GAP);

		// Create enums
		deploymentStatusEEnum = createEEnum(DEPLOYMENT_STATUS);
		coverageCountingModeEEnum = createEEnum(COVERAGE_COUNTING_MODE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CtgPackage theCtgPackage = (CtgPackage)EPackage.Registry.INSTANCE.getEPackage(CtgPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		cafDeploymentPlanEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		trajectoryPointEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		deploymentEntryEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		coveragePeriodEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		coverageSnapshotEClass.getESuperTypes().add(theCtgPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(cafDeploymentPlanEClass, CafDeploymentPlan.class, "CafDeploymentPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCafDeploymentPlan_Caf(), ecorePackage.getEString(), "caf", null, 0, 1, CafDeploymentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCafDeploymentPlan_CogPeriod(), ecorePackage.getEString(), "cogPeriod", null, 0, 1, CafDeploymentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCafDeploymentPlan_ReferencePopulation(), ecorePackage.getEInt(), "referencePopulation", null, 0, 1, CafDeploymentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCafDeploymentPlan_PopulationYear(), ecorePackage.getEInt(), "populationYear", null, 0, 1, CafDeploymentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCafDeploymentPlan_ReferenceDay(), theCtgPackage.getMonthDay(), "referenceDay", null, 0, 1, CafDeploymentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCafDeploymentPlan_CountingMode(), this.getCoverageCountingMode(), "countingMode", null, 0, 1, CafDeploymentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCafDeploymentPlan_Trajectory(), this.getTrajectoryPoint(), null, "trajectory", null, 0, -1, CafDeploymentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCafDeploymentPlan_Entries(), this.getDeploymentEntry(), null, "entries", null, 0, -1, CafDeploymentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCafDeploymentPlan_Snapshots(), this.getCoverageSnapshot(), null, "snapshots", null, 0, -1, CafDeploymentPlan.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trajectoryPointEClass, TrajectoryPoint.class, "TrajectoryPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrajectoryPoint_Year(), ecorePackage.getEInt(), "year", null, 0, 1, TrajectoryPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrajectoryPoint_TargetRate(), ecorePackage.getEBigDecimal(), "targetRate", null, 0, 1, TrajectoryPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deploymentEntryEClass, DeploymentEntry.class, "DeploymentEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDeploymentEntry_Territory(), theCtgPackage.getTerritory(), null, "territory", null, 1, 1, DeploymentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentEntry_Status(), this.getDeploymentStatus(), "status", null, 0, 1, DeploymentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentEntry_PlannedSignatureYear(), ecorePackage.getEInt(), "plannedSignatureYear", null, 0, 1, DeploymentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeploymentEntry_Agreements(), theCtgPackage.getGlobalTerritorialAgreement(), null, "agreements", null, 0, -1, DeploymentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeploymentEntry_Periods(), this.getCoveragePeriod(), null, "periods", null, 0, -1, DeploymentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coveragePeriodEClass, CoveragePeriod.class, "CoveragePeriod", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCoveragePeriod_StartDate(), theCtgPackage.getDate(), "startDate", null, 0, 1, CoveragePeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoveragePeriod_EndDate(), theCtgPackage.getDate(), "endDate", null, 0, 1, CoveragePeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coverageSnapshotEClass, CoverageSnapshot.class, "CoverageSnapshot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCoverageSnapshot_Year(), ecorePackage.getEInt(), "year", null, 0, 1, CoverageSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoverageSnapshot_CoveredPopulation(), ecorePackage.getEInt(), "coveredPopulation", null, 0, 1, CoverageSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoverageSnapshot_Rate(), ecorePackage.getEBigDecimal(), "rate", null, 0, 1, CoverageSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoverageSnapshot_Target(), ecorePackage.getEBigDecimal(), "target", null, 0, 1, CoverageSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoverageSnapshot_Gap(), ecorePackage.getEBigDecimal(), "gap", null, 0, 1, CoverageSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(deploymentStatusEEnum, DeploymentStatus.class, "DeploymentStatus");
		addEEnumLiteral(deploymentStatusEEnum, DeploymentStatus.NOT_ENGAGED);
		addEEnumLiteral(deploymentStatusEEnum, DeploymentStatus.IN_PROGRESS);
		addEEnumLiteral(deploymentStatusEEnum, DeploymentStatus.COVERED);
		addEEnumLiteral(deploymentStatusEEnum, DeploymentStatus.LAPSED);

		initEEnum(coverageCountingModeEEnum, CoverageCountingMode.class, "CoverageCountingMode");
		addEEnumLiteral(coverageCountingModeEEnum, CoverageCountingMode.WHOLE_TERRITORY);
		addEEnumLiteral(coverageCountingModeEEnum, CoverageCountingMode.SIGNATORY_MUNICIPALITIES);

		// Create annotations
		// http://ctgstudio.org/ctg/labels
		createLabelsAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://ctgstudio.org/ctg/labels</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelsAnnotations() {
		String source = "http://ctgstudio.org/ctg/labels";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "fr", "D\u00e9ploiement et couverture",
			   "en", "Deployment and coverage"
		   });
		addAnnotation
		  (deploymentStatusEEnum,
		   source,
		   new String[] {
			   "fr", "\u00c9tat de d\u00e9ploiement",
			   "en", "Deployment status"
		   });
		addAnnotation
		  (deploymentStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Non engag\u00e9",
			   "en", "Not engaged"
		   });
		addAnnotation
		  (deploymentStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "En cours d\'\u00e9laboration",
			   "en", "In progress"
		   });
		addAnnotation
		  (deploymentStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Couvert",
			   "en", "Covered"
		   });
		addAnnotation
		  (deploymentStatusEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "CTG \u00e9chue non renouvel\u00e9e",
			   "en", "Lapsed"
		   });
		addAnnotation
		  (coverageCountingModeEEnum,
		   source,
		   new String[] {
			   "fr", "Mode de d\u00e9compte",
			   "en", "Coverage counting mode"
		   });
		addAnnotation
		  (coverageCountingModeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Tout le territoire",
			   "en", "Whole territory"
		   });
		addAnnotation
		  (coverageCountingModeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Communes signataires",
			   "en", "Signatory municipalities"
		   });
		addAnnotation
		  (cafDeploymentPlanEClass,
		   source,
		   new String[] {
			   "fr", "Plan de d\u00e9ploiement des CTG",
			   "en", "Caf deployment plan"
		   });
		addAnnotation
		  (getCafDeploymentPlan_Caf(),
		   source,
		   new String[] {
			   "fr", "Caf",
			   "en", "Caf"
		   });
		addAnnotation
		  (getCafDeploymentPlan_CogPeriod(),
		   source,
		   new String[] {
			   "fr", "P\u00e9riode COG",
			   "en", "Cog period"
		   });
		addAnnotation
		  (getCafDeploymentPlan_ReferencePopulation(),
		   source,
		   new String[] {
			   "fr", "Population de r\u00e9f\u00e9rence",
			   "en", "Reference population"
		   });
		addAnnotation
		  (getCafDeploymentPlan_PopulationYear(),
		   source,
		   new String[] {
			   "fr", "Mill\u00e9sime",
			   "en", "Population year"
		   });
		addAnnotation
		  (getCafDeploymentPlan_ReferenceDay(),
		   source,
		   new String[] {
			   "fr", "Date de r\u00e9f\u00e9rence",
			   "en", "Reference day"
		   });
		addAnnotation
		  (getCafDeploymentPlan_CountingMode(),
		   source,
		   new String[] {
			   "fr", "Mode de d\u00e9compte",
			   "en", "Counting mode"
		   });
		addAnnotation
		  (getCafDeploymentPlan_Trajectory(),
		   source,
		   new String[] {
			   "fr", "Trajectoire cible",
			   "en", "Trajectory"
		   });
		addAnnotation
		  (getCafDeploymentPlan_Entries(),
		   source,
		   new String[] {
			   "fr", "Territoires",
			   "en", "Entries"
		   });
		addAnnotation
		  (getCafDeploymentPlan_Snapshots(),
		   source,
		   new String[] {
			   "fr", "Taux annuels",
			   "en", "Snapshots"
		   });
		addAnnotation
		  (trajectoryPointEClass,
		   source,
		   new String[] {
			   "fr", "Point de trajectoire",
			   "en", "Trajectory point"
		   });
		addAnnotation
		  (getTrajectoryPoint_Year(),
		   source,
		   new String[] {
			   "fr", "Ann\u00e9e",
			   "en", "Year"
		   });
		addAnnotation
		  (getTrajectoryPoint_TargetRate(),
		   source,
		   new String[] {
			   "fr", "Taux cible %",
			   "en", "Target rate"
		   });
		addAnnotation
		  (deploymentEntryEClass,
		   source,
		   new String[] {
			   "fr", "Territoire du plan",
			   "en", "Deployment entry"
		   });
		addAnnotation
		  (getDeploymentEntry_Territory(),
		   source,
		   new String[] {
			   "fr", "Territoire",
			   "en", "Territory"
		   });
		addAnnotation
		  (getDeploymentEntry_Status(),
		   source,
		   new String[] {
			   "fr", "\u00c9tat",
			   "en", "Status"
		   });
		addAnnotation
		  (getDeploymentEntry_PlannedSignatureYear(),
		   source,
		   new String[] {
			   "fr", "Signature vis\u00e9e",
			   "en", "Planned signature year"
		   });
		addAnnotation
		  (getDeploymentEntry_Agreements(),
		   source,
		   new String[] {
			   "fr", "CTG successives",
			   "en", "Agreements"
		   });
		addAnnotation
		  (getDeploymentEntry_Periods(),
		   source,
		   new String[] {
			   "fr", "P\u00e9riodes de couverture",
			   "en", "Periods"
		   });
		addAnnotation
		  (coveragePeriodEClass,
		   source,
		   new String[] {
			   "fr", "P\u00e9riode de couverture",
			   "en", "Coverage period"
		   });
		addAnnotation
		  (getCoveragePeriod_StartDate(),
		   source,
		   new String[] {
			   "fr", "D\u00e9but",
			   "en", "Start date"
		   });
		addAnnotation
		  (getCoveragePeriod_EndDate(),
		   source,
		   new String[] {
			   "fr", "Fin",
			   "en", "End date"
		   });
		addAnnotation
		  (coverageSnapshotEClass,
		   source,
		   new String[] {
			   "fr", "Taux annuel",
			   "en", "Coverage snapshot"
		   });
		addAnnotation
		  (getCoverageSnapshot_Year(),
		   source,
		   new String[] {
			   "fr", "Ann\u00e9e",
			   "en", "Year"
		   });
		addAnnotation
		  (getCoverageSnapshot_CoveredPopulation(),
		   source,
		   new String[] {
			   "fr", "Population couverte",
			   "en", "Covered population"
		   });
		addAnnotation
		  (getCoverageSnapshot_Rate(),
		   source,
		   new String[] {
			   "fr", "Taux %",
			   "en", "Rate"
		   });
		addAnnotation
		  (getCoverageSnapshot_Target(),
		   source,
		   new String[] {
			   "fr", "Cible %",
			   "en", "Target"
		   });
		addAnnotation
		  (getCoverageSnapshot_Gap(),
		   source,
		   new String[] {
			   "fr", "\u00c9cart",
			   "en", "Gap"
		   });
	}

} //DeploymentPackageImpl
