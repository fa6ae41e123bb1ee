/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan.impl;

import org.ctgstudio.model.CtgPackage;

import org.ctgstudio.model.deployment.DeploymentPackage;

import org.ctgstudio.model.deployment.impl.DeploymentPackageImpl;

import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.funding.impl.FundingPackageImpl;

import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.governance.impl.GovernancePackageImpl;

import org.ctgstudio.model.impl.CtgPackageImpl;

import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.ActionStatus;
import org.ctgstudio.model.plan.DiagnosisMethod;
import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.model.plan.IndicatorKind;
import org.ctgstudio.model.plan.Issue;
import org.ctgstudio.model.plan.Measurement;
import org.ctgstudio.model.plan.Need;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.ObjectiveLevel;
import org.ctgstudio.model.plan.PlanFactory;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.plan.SharedDiagnosis;
import org.ctgstudio.model.plan.StrategicAxis;

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
public class PlanPackageImpl extends EPackageImpl implements PlanPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sharedDiagnosisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass needEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass issueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategicAxisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum objectiveLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum indicatorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diagnosisMethodEEnum = null;

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
	 * @see org.ctgstudio.model.plan.PlanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PlanPackageImpl() {
		super(eNS_URI, PlanFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link PlanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PlanPackage init() {
		if (isInited) return (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPlanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PlanPackageImpl thePlanPackage = registeredPlanPackage instanceof PlanPackageImpl ? (PlanPackageImpl)registeredPlanPackage : new PlanPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CtgPackage.eNS_URI);
		CtgPackageImpl theCtgPackage = (CtgPackageImpl)(registeredPackage instanceof CtgPackageImpl ? registeredPackage : CtgPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FundingPackage.eNS_URI);
		FundingPackageImpl theFundingPackage = (FundingPackageImpl)(registeredPackage instanceof FundingPackageImpl ? registeredPackage : FundingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DeploymentPackage.eNS_URI);
		DeploymentPackageImpl theDeploymentPackage = (DeploymentPackageImpl)(registeredPackage instanceof DeploymentPackageImpl ? registeredPackage : DeploymentPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TemplatePackage.eNS_URI);
		TemplatePackageImpl theTemplatePackage = (TemplatePackageImpl)(registeredPackage instanceof TemplatePackageImpl ? registeredPackage : TemplatePackage.eINSTANCE);

		// Create package meta-data objects
		thePlanPackage.createPackageContents();
		theCtgPackage.createPackageContents();
		theFundingPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theDeploymentPackage.createPackageContents();
		theTemplatePackage.createPackageContents();

		// Initialize created meta-data
		thePlanPackage.initializePackageContents();
		theCtgPackage.initializePackageContents();
		theFundingPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theDeploymentPackage.initializePackageContents();
		theTemplatePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePlanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PlanPackage.eNS_URI, thePlanPackage);
		return thePlanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSharedDiagnosis() {
		return sharedDiagnosisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedDiagnosis_CompletionDate() {
		return (EAttribute)sharedDiagnosisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedDiagnosis_CompletionDatePrecision() {
		return (EAttribute)sharedDiagnosisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedDiagnosis_Provider() {
		return (EAttribute)sharedDiagnosisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedDiagnosis_Method() {
		return (EAttribute)sharedDiagnosisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedDiagnosis_Cost() {
		return (EAttribute)sharedDiagnosisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedDiagnosis_CafCoFunding() {
		return (EAttribute)sharedDiagnosisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedDiagnosis_Summary() {
		return (EAttribute)sharedDiagnosisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedDiagnosis_Needs() {
		return (EReference)sharedDiagnosisEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedDiagnosis_Issues() {
		return (EReference)sharedDiagnosisEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedDiagnosis_SupplyFigures() {
		return (EReference)sharedDiagnosisEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedDiagnosis_PastSupports() {
		return (EReference)sharedDiagnosisEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeed() {
		return needEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Code() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Label() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Theme() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_TargetPublics() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_SupplyDemandGap() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIssue() {
		return issueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_Code() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_Label() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_Needs() {
		return (EReference)issueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategicAxis() {
		return strategicAxisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicAxis_Number() {
		return (EAttribute)strategicAxisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicAxis_Label() {
		return (EAttribute)strategicAxisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicAxis_Themes() {
		return (EAttribute)strategicAxisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicAxis_Objectives() {
		return (EReference)strategicAxisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjective() {
		return objectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Code() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Label() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Level() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_Issues() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_Needs() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_Actions() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAction() {
		return actionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Number() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Title() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Description() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Themes() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Objectives() {
		return (EReference)actionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Pilot() {
		return (EReference)actionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_PilotToBeDesignated() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Partners() {
		return (EReference)actionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_TargetPublics() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Municipalities() {
		return (EReference)actionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_StartDate() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_StartDatePrecision() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_DueDate() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_DueDatePrecision() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_PlannedBudget() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Fundings() {
		return (EReference)actionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Facilities() {
		return (EReference)actionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Status() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_StatusComment() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Indicators() {
		return (EReference)actionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Code() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Label() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Kind() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_BaselineValue() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_BaselineDate() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetValue() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_DataSource() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Definition() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Measurements() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurement() {
		return measurementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Date() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Value() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObjectiveLevel() {
		return objectiveLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndicatorKind() {
		return indicatorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiagnosisMethod() {
		return diagnosisMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanFactory getPlanFactory() {
		return (PlanFactory)getEFactoryInstance();
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
		sharedDiagnosisEClass = createEClass(SHARED_DIAGNOSIS);
		createEAttribute(sharedDiagnosisEClass, SHARED_DIAGNOSIS__COMPLETION_DATE);
		createEAttribute(sharedDiagnosisEClass, SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION);
		createEAttribute(sharedDiagnosisEClass, SHARED_DIAGNOSIS__PROVIDER);
		createEAttribute(sharedDiagnosisEClass, SHARED_DIAGNOSIS__METHOD);
		createEAttribute(sharedDiagnosisEClass, SHARED_DIAGNOSIS__COST);
		createEAttribute(sharedDiagnosisEClass, SHARED_DIAGNOSIS__CAF_CO_FUNDING);
		createEAttribute(sharedDiagnosisEClass, SHARED_DIAGNOSIS__SUMMARY);
		createEReference(sharedDiagnosisEClass, SHARED_DIAGNOSIS__NEEDS);
		createEReference(sharedDiagnosisEClass, SHARED_DIAGNOSIS__ISSUES);
		createEReference(sharedDiagnosisEClass, SHARED_DIAGNOSIS__SUPPLY_FIGURES);
		createEReference(sharedDiagnosisEClass, SHARED_DIAGNOSIS__PAST_SUPPORTS);

		needEClass = createEClass(NEED);
		createEAttribute(needEClass, NEED__CODE);
		createEAttribute(needEClass, NEED__LABEL);
		createEAttribute(needEClass, NEED__THEME);
		createEAttribute(needEClass, NEED__TARGET_PUBLICS);
		createEAttribute(needEClass, NEED__SUPPLY_DEMAND_GAP);

		issueEClass = createEClass(ISSUE);
		createEAttribute(issueEClass, ISSUE__CODE);
		createEAttribute(issueEClass, ISSUE__LABEL);
		createEReference(issueEClass, ISSUE__NEEDS);

		strategicAxisEClass = createEClass(STRATEGIC_AXIS);
		createEAttribute(strategicAxisEClass, STRATEGIC_AXIS__NUMBER);
		createEAttribute(strategicAxisEClass, STRATEGIC_AXIS__LABEL);
		createEAttribute(strategicAxisEClass, STRATEGIC_AXIS__THEMES);
		createEReference(strategicAxisEClass, STRATEGIC_AXIS__OBJECTIVES);

		objectiveEClass = createEClass(OBJECTIVE);
		createEAttribute(objectiveEClass, OBJECTIVE__CODE);
		createEAttribute(objectiveEClass, OBJECTIVE__LABEL);
		createEAttribute(objectiveEClass, OBJECTIVE__LEVEL);
		createEReference(objectiveEClass, OBJECTIVE__ISSUES);
		createEReference(objectiveEClass, OBJECTIVE__NEEDS);
		createEReference(objectiveEClass, OBJECTIVE__ACTIONS);

		actionEClass = createEClass(ACTION);
		createEAttribute(actionEClass, ACTION__NUMBER);
		createEAttribute(actionEClass, ACTION__TITLE);
		createEAttribute(actionEClass, ACTION__DESCRIPTION);
		createEAttribute(actionEClass, ACTION__THEMES);
		createEReference(actionEClass, ACTION__OBJECTIVES);
		createEReference(actionEClass, ACTION__PILOT);
		createEAttribute(actionEClass, ACTION__PILOT_TO_BE_DESIGNATED);
		createEReference(actionEClass, ACTION__PARTNERS);
		createEAttribute(actionEClass, ACTION__TARGET_PUBLICS);
		createEReference(actionEClass, ACTION__MUNICIPALITIES);
		createEAttribute(actionEClass, ACTION__START_DATE);
		createEAttribute(actionEClass, ACTION__START_DATE_PRECISION);
		createEAttribute(actionEClass, ACTION__DUE_DATE);
		createEAttribute(actionEClass, ACTION__DUE_DATE_PRECISION);
		createEAttribute(actionEClass, ACTION__PLANNED_BUDGET);
		createEReference(actionEClass, ACTION__FUNDINGS);
		createEReference(actionEClass, ACTION__FACILITIES);
		createEAttribute(actionEClass, ACTION__STATUS);
		createEAttribute(actionEClass, ACTION__STATUS_COMMENT);
		createEReference(actionEClass, ACTION__INDICATORS);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__CODE);
		createEAttribute(indicatorEClass, INDICATOR__LABEL);
		createEAttribute(indicatorEClass, INDICATOR__KIND);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE_VALUE);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE_DATE);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_VALUE);
		createEAttribute(indicatorEClass, INDICATOR__DATA_SOURCE);
		createEReference(indicatorEClass, INDICATOR__DEFINITION);
		createEReference(indicatorEClass, INDICATOR__MEASUREMENTS);

		measurementEClass = createEClass(MEASUREMENT);
		createEAttribute(measurementEClass, MEASUREMENT__DATE);
		createEAttribute(measurementEClass, MEASUREMENT__VALUE);

		// Create enums
		objectiveLevelEEnum = createEEnum(OBJECTIVE_LEVEL);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		indicatorKindEEnum = createEEnum(INDICATOR_KIND);
		diagnosisMethodEEnum = createEEnum(DIAGNOSIS_METHOD);
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
		FundingPackage theFundingPackage = (FundingPackage)EPackage.Registry.INSTANCE.getEPackage(FundingPackage.eNS_URI);
		TemplatePackage theTemplatePackage = (TemplatePackage)EPackage.Registry.INSTANCE.getEPackage(TemplatePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		sharedDiagnosisEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		needEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		issueEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		strategicAxisEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		objectiveEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		actionEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		indicatorEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		measurementEClass.getESuperTypes().add(theCtgPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(sharedDiagnosisEClass, SharedDiagnosis.class, "SharedDiagnosis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSharedDiagnosis_CompletionDate(), theCtgPackage.getDate(), "completionDate", null, 0, 1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedDiagnosis_CompletionDatePrecision(), theCtgPackage.getDatePrecision(), "completionDatePrecision", null, 0, 1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedDiagnosis_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedDiagnosis_Method(), this.getDiagnosisMethod(), "method", null, 0, 1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedDiagnosis_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedDiagnosis_CafCoFunding(), ecorePackage.getEBigDecimal(), "cafCoFunding", null, 0, 1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedDiagnosis_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedDiagnosis_Needs(), this.getNeed(), null, "needs", null, 0, -1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedDiagnosis_Issues(), this.getIssue(), null, "issues", null, 0, -1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedDiagnosis_SupplyFigures(), theFundingPackage.getSupplyFigure(), null, "supplyFigures", null, 0, -1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedDiagnosis_PastSupports(), theFundingPackage.getPastSupport(), null, "pastSupports", null, 0, -1, SharedDiagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(needEClass, Need.class, "Need", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNeed_Code(), ecorePackage.getEString(), "code", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_Label(), ecorePackage.getEString(), "label", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_Theme(), theCtgPackage.getThematicDomain(), "theme", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_TargetPublics(), theCtgPackage.getTargetPublic(), "targetPublics", null, 0, -1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_SupplyDemandGap(), ecorePackage.getEString(), "supplyDemandGap", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(issueEClass, Issue.class, "Issue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIssue_Code(), ecorePackage.getEString(), "code", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_Label(), ecorePackage.getEString(), "label", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_Needs(), this.getNeed(), null, "needs", null, 0, -1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategicAxisEClass, StrategicAxis.class, "StrategicAxis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategicAxis_Number(), ecorePackage.getEInt(), "number", null, 0, 1, StrategicAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategicAxis_Label(), ecorePackage.getEString(), "label", null, 0, 1, StrategicAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategicAxis_Themes(), theCtgPackage.getThematicDomain(), "themes", null, 0, -1, StrategicAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicAxis_Objectives(), this.getObjective(), null, "objectives", null, 1, -1, StrategicAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(objectiveEClass, Objective.class, "Objective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getObjective_Code(), ecorePackage.getEString(), "code", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Label(), ecorePackage.getEString(), "label", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Level(), this.getObjectiveLevel(), "level", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjective_Issues(), this.getIssue(), null, "issues", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjective_Needs(), this.getNeed(), null, "needs", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjective_Actions(), this.getAction(), this.getAction_Objectives(), "actions", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionEClass, Action.class, "Action", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAction_Number(), ecorePackage.getEString(), "number", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Title(), ecorePackage.getEString(), "title", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Description(), ecorePackage.getEString(), "description", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Themes(), theCtgPackage.getThematicDomain(), "themes", null, 1, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Objectives(), this.getObjective(), this.getObjective_Actions(), "objectives", null, 1, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Pilot(), theCtgPackage.getOrganisation(), null, "pilot", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_PilotToBeDesignated(), ecorePackage.getEBoolean(), "pilotToBeDesignated", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Partners(), theCtgPackage.getOrganisation(), null, "partners", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_TargetPublics(), theCtgPackage.getTargetPublic(), "targetPublics", null, 1, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Municipalities(), theCtgPackage.getMunicipality(), null, "municipalities", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_StartDate(), theCtgPackage.getDate(), "startDate", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_StartDatePrecision(), theCtgPackage.getDatePrecision(), "startDatePrecision", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_DueDate(), theCtgPackage.getDate(), "dueDate", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_DueDatePrecision(), theCtgPackage.getDatePrecision(), "dueDatePrecision", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_PlannedBudget(), ecorePackage.getEBigDecimal(), "plannedBudget", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Fundings(), theFundingPackage.getFunding(), theFundingPackage.getFunding_Action(), "fundings", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Facilities(), theFundingPackage.getFacility(), null, "facilities", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Status(), this.getActionStatus(), "status", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_StatusComment(), ecorePackage.getEString(), "statusComment", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Indicators(), this.getIndicator(), null, "indicators", null, 1, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Code(), ecorePackage.getEString(), "code", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Label(), ecorePackage.getEString(), "label", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Kind(), this.getIndicatorKind(), "kind", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_BaselineValue(), ecorePackage.getEBigDecimal(), "baselineValue", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_BaselineDate(), theCtgPackage.getDate(), "baselineDate", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_TargetValue(), ecorePackage.getEBigDecimal(), "targetValue", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_DataSource(), ecorePackage.getEString(), "dataSource", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Definition(), theTemplatePackage.getIndicatorDefinition(), null, "definition", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Measurements(), this.getMeasurement(), null, "measurements", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measurementEClass, Measurement.class, "Measurement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasurement_Date(), theCtgPackage.getDate(), "date", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Value(), ecorePackage.getEBigDecimal(), "value", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(objectiveLevelEEnum, ObjectiveLevel.class, "ObjectiveLevel");
		addEEnumLiteral(objectiveLevelEEnum, ObjectiveLevel.STRATEGIC);
		addEEnumLiteral(objectiveLevelEEnum, ObjectiveLevel.OPERATIONAL);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.PLANNED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.COMPLETED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.POSTPONED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.ABANDONED);

		initEEnum(indicatorKindEEnum, IndicatorKind.class, "IndicatorKind");
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.OUTPUT);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.MEANS);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.RESULT);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.IMPACT);

		initEEnum(diagnosisMethodEEnum, DiagnosisMethod.class, "DiagnosisMethod");
		addEEnumLiteral(diagnosisMethodEEnum, DiagnosisMethod.QUANTITATIVE);
		addEEnumLiteral(diagnosisMethodEEnum, DiagnosisMethod.QUALITATIVE);
		addEEnumLiteral(diagnosisMethodEEnum, DiagnosisMethod.MIXED);
		addEEnumLiteral(diagnosisMethodEEnum, DiagnosisMethod.ABS);

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
			   "fr", "Diagnostic et plan d\'actions",
			   "en", "Diagnosis and action plan"
		   });
		addAnnotation
		  (objectiveLevelEEnum,
		   source,
		   new String[] {
			   "fr", "Niveau",
			   "en", "Objective level"
		   });
		addAnnotation
		  (objectiveLevelEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Strat\u00e9gique",
			   "en", "Strategic"
		   });
		addAnnotation
		  (objectiveLevelEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Op\u00e9rationnel",
			   "en", "Operational"
		   });
		addAnnotation
		  (actionStatusEEnum,
		   source,
		   new String[] {
			   "fr", "Statut de la fiche",
			   "en", "Action status"
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "\u00c0 lancer",
			   "en", "Planned"
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "En cours",
			   "en", "In progress"
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "R\u00e9alis\u00e9e",
			   "en", "Completed"
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Report\u00e9e",
			   "en", "Postponed"
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Abandonn\u00e9e",
			   "en", "Abandoned"
		   });
		addAnnotation
		  (indicatorKindEEnum,
		   source,
		   new String[] {
			   "fr", "Type d\'indicateur",
			   "en", "Indicator kind"
		   });
		addAnnotation
		  (indicatorKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "R\u00e9alisation",
			   "en", "Output"
		   });
		addAnnotation
		  (indicatorKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Moyens",
			   "en", "Means"
		   });
		addAnnotation
		  (indicatorKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "R\u00e9sultat",
			   "en", "Result"
		   });
		addAnnotation
		  (indicatorKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Impact",
			   "en", "Impact"
		   });
		addAnnotation
		  (diagnosisMethodEEnum,
		   source,
		   new String[] {
			   "fr", "M\u00e9thode",
			   "en", "Diagnosis method"
		   });
		addAnnotation
		  (diagnosisMethodEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Quantitative",
			   "en", "Quantitative"
		   });
		addAnnotation
		  (diagnosisMethodEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Qualitative",
			   "en", "Qualitative"
		   });
		addAnnotation
		  (diagnosisMethodEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Mixte",
			   "en", "Mixed"
		   });
		addAnnotation
		  (diagnosisMethodEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Analyse des besoins sociaux",
			   "en", "Social needs analysis (ABS)"
		   });
		addAnnotation
		  (sharedDiagnosisEClass,
		   source,
		   new String[] {
			   "fr", "Diagnostic partag\u00e9",
			   "en", "Shared diagnosis"
		   });
		addAnnotation
		  (getSharedDiagnosis_CompletionDate(),
		   source,
		   new String[] {
			   "fr", "Date de restitution",
			   "en", "Completion date"
		   });
		addAnnotation
		  (getSharedDiagnosis_CompletionDatePrecision(),
		   source,
		   new String[] {
			   "fr", "Pr\u00e9cision de la date de restitution",
			   "en", "Completion date precision"
		   });
		addAnnotation
		  (getSharedDiagnosis_Provider(),
		   source,
		   new String[] {
			   "fr", "Prestataire",
			   "en", "Provider"
		   });
		addAnnotation
		  (getSharedDiagnosis_Method(),
		   source,
		   new String[] {
			   "fr", "M\u00e9thode",
			   "en", "Method"
		   });
		addAnnotation
		  (getSharedDiagnosis_Cost(),
		   source,
		   new String[] {
			   "fr", "Co\u00fbt total",
			   "en", "Cost"
		   });
		addAnnotation
		  (getSharedDiagnosis_CafCoFunding(),
		   source,
		   new String[] {
			   "fr", "Cofinancement Caf",
			   "en", "Caf co funding"
		   });
		addAnnotation
		  (getSharedDiagnosis_Summary(),
		   source,
		   new String[] {
			   "fr", "Synth\u00e8se",
			   "en", "Summary"
		   });
		addAnnotation
		  (getSharedDiagnosis_Needs(),
		   source,
		   new String[] {
			   "fr", "Besoins",
			   "en", "Needs"
		   });
		addAnnotation
		  (getSharedDiagnosis_Issues(),
		   source,
		   new String[] {
			   "fr", "Enjeux",
			   "en", "Issues"
		   });
		addAnnotation
		  (getSharedDiagnosis_SupplyFigures(),
		   source,
		   new String[] {
			   "fr", "Offre existante",
			   "en", "Existing supply"
		   });
		addAnnotation
		  (getSharedDiagnosis_PastSupports(),
		   source,
		   new String[] {
			   "fr", "Soutiens ant\u00e9rieurs",
			   "en", "Past support"
		   });
		addAnnotation
		  (needEClass,
		   source,
		   new String[] {
			   "fr", "Besoin",
			   "en", "Need"
		   });
		addAnnotation
		  (getNeed_Code(),
		   source,
		   new String[] {
			   "fr", "Code",
			   "en", "Code"
		   });
		addAnnotation
		  (getNeed_Label(),
		   source,
		   new String[] {
			   "fr", "Libell\u00e9",
			   "en", "Label"
		   });
		addAnnotation
		  (getNeed_Theme(),
		   source,
		   new String[] {
			   "fr", "Th\u00e9matique",
			   "en", "Theme"
		   });
		addAnnotation
		  (getNeed_TargetPublics(),
		   source,
		   new String[] {
			   "fr", "Publics",
			   "en", "Target publics"
		   });
		addAnnotation
		  (getNeed_SupplyDemandGap(),
		   source,
		   new String[] {
			   "fr", "\u00c9cart offre/besoin",
			   "en", "Supply demand gap"
		   });
		addAnnotation
		  (issueEClass,
		   source,
		   new String[] {
			   "fr", "Enjeu",
			   "en", "Issue"
		   });
		addAnnotation
		  (getIssue_Code(),
		   source,
		   new String[] {
			   "fr", "Code",
			   "en", "Code"
		   });
		addAnnotation
		  (getIssue_Label(),
		   source,
		   new String[] {
			   "fr", "Libell\u00e9",
			   "en", "Label"
		   });
		addAnnotation
		  (getIssue_Needs(),
		   source,
		   new String[] {
			   "fr", "Besoins",
			   "en", "Needs"
		   });
		addAnnotation
		  (strategicAxisEClass,
		   source,
		   new String[] {
			   "fr", "Axe strat\u00e9gique",
			   "en", "Strategic axis"
		   });
		addAnnotation
		  (getStrategicAxis_Number(),
		   source,
		   new String[] {
			   "fr", "N\u00b0",
			   "en", "Number"
		   });
		addAnnotation
		  (getStrategicAxis_Label(),
		   source,
		   new String[] {
			   "fr", "Intitul\u00e9",
			   "en", "Label"
		   });
		addAnnotation
		  (getStrategicAxis_Themes(),
		   source,
		   new String[] {
			   "fr", "Th\u00e9matiques",
			   "en", "Themes"
		   });
		addAnnotation
		  (getStrategicAxis_Objectives(),
		   source,
		   new String[] {
			   "fr", "Objectifs",
			   "en", "Objectives"
		   });
		addAnnotation
		  (objectiveEClass,
		   source,
		   new String[] {
			   "fr", "Objectif",
			   "en", "Objective"
		   });
		addAnnotation
		  (getObjective_Code(),
		   source,
		   new String[] {
			   "fr", "Code",
			   "en", "Code"
		   });
		addAnnotation
		  (getObjective_Label(),
		   source,
		   new String[] {
			   "fr", "Intitul\u00e9",
			   "en", "Label"
		   });
		addAnnotation
		  (getObjective_Level(),
		   source,
		   new String[] {
			   "fr", "Niveau",
			   "en", "Level"
		   });
		addAnnotation
		  (getObjective_Issues(),
		   source,
		   new String[] {
			   "fr", "Enjeux",
			   "en", "Issues"
		   });
		addAnnotation
		  (getObjective_Needs(),
		   source,
		   new String[] {
			   "fr", "Besoins",
			   "en", "Needs"
		   });
		addAnnotation
		  (getObjective_Actions(),
		   source,
		   new String[] {
			   "fr", "Fiches actions",
			   "en", "Actions"
		   });
		addAnnotation
		  (actionEClass,
		   source,
		   new String[] {
			   "fr", "Fiche action",
			   "en", "Action"
		   });
		addAnnotation
		  (getAction_Number(),
		   source,
		   new String[] {
			   "fr", "N\u00b0 de fiche",
			   "en", "Number"
		   });
		addAnnotation
		  (getAction_Title(),
		   source,
		   new String[] {
			   "fr", "Intitul\u00e9",
			   "en", "Title"
		   });
		addAnnotation
		  (getAction_Description(),
		   source,
		   new String[] {
			   "fr", "Description",
			   "en", "Description"
		   });
		addAnnotation
		  (getAction_Themes(),
		   source,
		   new String[] {
			   "fr", "Th\u00e9matiques",
			   "en", "Themes"
		   });
		addAnnotation
		  (getAction_Objectives(),
		   source,
		   new String[] {
			   "fr", "Objectifs",
			   "en", "Objectives"
		   });
		addAnnotation
		  (getAction_Pilot(),
		   source,
		   new String[] {
			   "fr", "Pilote",
			   "en", "Pilot"
		   });
		addAnnotation
		  (getAction_PilotToBeDesignated(),
		   source,
		   new String[] {
			   "fr", "Pilote \u00e0 d\u00e9signer",
			   "en", "Pilot to be designated"
		   });
		addAnnotation
		  (getAction_Partners(),
		   source,
		   new String[] {
			   "fr", "Partenaires",
			   "en", "Partners"
		   });
		addAnnotation
		  (getAction_TargetPublics(),
		   source,
		   new String[] {
			   "fr", "Publics cibles",
			   "en", "Target publics"
		   });
		addAnnotation
		  (getAction_Municipalities(),
		   source,
		   new String[] {
			   "fr", "Communes concern\u00e9es",
			   "en", "Municipalities"
		   });
		addAnnotation
		  (getAction_StartDate(),
		   source,
		   new String[] {
			   "fr", "D\u00e9but",
			   "en", "Start date"
		   });
		addAnnotation
		  (getAction_StartDatePrecision(),
		   source,
		   new String[] {
			   "fr", "Pr\u00e9cision du d\u00e9but",
			   "en", "Start date precision"
		   });
		addAnnotation
		  (getAction_DueDate(),
		   source,
		   new String[] {
			   "fr", "\u00c9ch\u00e9ance",
			   "en", "Due date"
		   });
		addAnnotation
		  (getAction_DueDatePrecision(),
		   source,
		   new String[] {
			   "fr", "Pr\u00e9cision de l\'\u00e9ch\u00e9ance",
			   "en", "Due date precision"
		   });
		addAnnotation
		  (getAction_PlannedBudget(),
		   source,
		   new String[] {
			   "fr", "Budget pr\u00e9visionnel",
			   "en", "Planned budget"
		   });
		addAnnotation
		  (getAction_Fundings(),
		   source,
		   new String[] {
			   "fr", "Plan de financement",
			   "en", "Fundings"
		   });
		addAnnotation
		  (getAction_Facilities(),
		   source,
		   new String[] {
			   "fr", "\u00c9quipements concern\u00e9s",
			   "en", "Facilities"
		   });
		addAnnotation
		  (getAction_Status(),
		   source,
		   new String[] {
			   "fr", "Statut",
			   "en", "Status"
		   });
		addAnnotation
		  (getAction_StatusComment(),
		   source,
		   new String[] {
			   "fr", "Commentaire de suivi",
			   "en", "Status comment"
		   });
		addAnnotation
		  (getAction_Indicators(),
		   source,
		   new String[] {
			   "fr", "Indicateurs",
			   "en", "Indicators"
		   });
		addAnnotation
		  (indicatorEClass,
		   source,
		   new String[] {
			   "fr", "Indicateur",
			   "en", "Indicator"
		   });
		addAnnotation
		  (getIndicator_Code(),
		   source,
		   new String[] {
			   "fr", "Code",
			   "en", "Code"
		   });
		addAnnotation
		  (getIndicator_Label(),
		   source,
		   new String[] {
			   "fr", "Libell\u00e9",
			   "en", "Label"
		   });
		addAnnotation
		  (getIndicator_Kind(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Kind"
		   });
		addAnnotation
		  (getIndicator_Unit(),
		   source,
		   new String[] {
			   "fr", "Unit\u00e9",
			   "en", "Unit"
		   });
		addAnnotation
		  (getIndicator_BaselineValue(),
		   source,
		   new String[] {
			   "fr", "Valeur initiale",
			   "en", "Baseline value"
		   });
		addAnnotation
		  (getIndicator_BaselineDate(),
		   source,
		   new String[] {
			   "fr", "Date de la valeur initiale",
			   "en", "Baseline date"
		   });
		addAnnotation
		  (getIndicator_TargetValue(),
		   source,
		   new String[] {
			   "fr", "Valeur cible",
			   "en", "Target value"
		   });
		addAnnotation
		  (getIndicator_DataSource(),
		   source,
		   new String[] {
			   "fr", "Source",
			   "en", "Data source"
		   });
		addAnnotation
		  (getIndicator_Definition(),
		   source,
		   new String[] {
			   "fr", "D\u00e9finition catalogue",
			   "en", "Definition"
		   });
		addAnnotation
		  (getIndicator_Measurements(),
		   source,
		   new String[] {
			   "fr", "Mesures",
			   "en", "Measurements"
		   });
		addAnnotation
		  (measurementEClass,
		   source,
		   new String[] {
			   "fr", "Mesure",
			   "en", "Measurement"
		   });
		addAnnotation
		  (getMeasurement_Date(),
		   source,
		   new String[] {
			   "fr", "Date",
			   "en", "Date"
		   });
		addAnnotation
		  (getMeasurement_Value(),
		   source,
		   new String[] {
			   "fr", "Valeur",
			   "en", "Value"
		   });
	}

} //PlanPackageImpl
