/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance.impl;

import org.ctgstudio.model.CtgPackage;

import org.ctgstudio.model.deployment.DeploymentPackage;

import org.ctgstudio.model.deployment.impl.DeploymentPackageImpl;

import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.funding.impl.FundingPackageImpl;

import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.AmendmentKind;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.governance.CooperationOfficer;
import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.governance.EvaluationQuestion;
import org.ctgstudio.model.governance.EvaluationType;
import org.ctgstudio.model.governance.Governance;
import org.ctgstudio.model.governance.GovernanceFactory;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.governance.Meeting;

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
public class GovernancePackageImpl extends EPackageImpl implements GovernancePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass committeeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cooperationOfficerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass amendmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum committeeTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationQuestionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum amendmentKindEEnum = null;

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
	 * @see org.ctgstudio.model.governance.GovernancePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GovernancePackageImpl() {
		super(eNS_URI, GovernanceFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link GovernancePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GovernancePackage init() {
		if (isInited) return (GovernancePackage)EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGovernancePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GovernancePackageImpl theGovernancePackage = registeredGovernancePackage instanceof GovernancePackageImpl ? (GovernancePackageImpl)registeredGovernancePackage : new GovernancePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CtgPackage.eNS_URI);
		CtgPackageImpl theCtgPackage = (CtgPackageImpl)(registeredPackage instanceof CtgPackageImpl ? registeredPackage : CtgPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		PlanPackageImpl thePlanPackage = (PlanPackageImpl)(registeredPackage instanceof PlanPackageImpl ? registeredPackage : PlanPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FundingPackage.eNS_URI);
		FundingPackageImpl theFundingPackage = (FundingPackageImpl)(registeredPackage instanceof FundingPackageImpl ? registeredPackage : FundingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DeploymentPackage.eNS_URI);
		DeploymentPackageImpl theDeploymentPackage = (DeploymentPackageImpl)(registeredPackage instanceof DeploymentPackageImpl ? registeredPackage : DeploymentPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TemplatePackage.eNS_URI);
		TemplatePackageImpl theTemplatePackage = (TemplatePackageImpl)(registeredPackage instanceof TemplatePackageImpl ? registeredPackage : TemplatePackage.eINSTANCE);

		// Create package meta-data objects
		theGovernancePackage.createPackageContents();
		theCtgPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theFundingPackage.createPackageContents();
		theDeploymentPackage.createPackageContents();
		theTemplatePackage.createPackageContents();

		// Initialize created meta-data
		theGovernancePackage.initializePackageContents();
		theCtgPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theFundingPackage.initializePackageContents();
		theDeploymentPackage.initializePackageContents();
		theTemplatePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGovernancePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GovernancePackage.eNS_URI, theGovernancePackage);
		return theGovernancePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernance() {
		return governanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernance_Committees() {
		return (EReference)governanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernance_CooperationOfficers() {
		return (EReference)governanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommittee() {
		return committeeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommittee_Type() {
		return (EAttribute)committeeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommittee_Name() {
		return (EAttribute)committeeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommittee_Members() {
		return (EReference)committeeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommittee_MeetingsPerYear() {
		return (EAttribute)committeeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommittee_Meetings() {
		return (EReference)committeeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeeting() {
		return meetingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Date() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Decisions() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCooperationOfficer() {
		return cooperationOfficerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCooperationOfficer_Name() {
		return (EAttribute)cooperationOfficerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCooperationOfficer_Employer() {
		return (EReference)cooperationOfficerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCooperationOfficer_Fte() {
		return (EAttribute)cooperationOfficerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCooperationOfficer_IsFundedByBonus() {
		return (EAttribute)cooperationOfficerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluation() {
		return evaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Type() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_PlannedDate() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_PlannedDatePrecision() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_ActualDate() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Questions() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Findings() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_IsDiagnosisUpdated() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAmendment() {
		return amendmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_Number() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_SignatureDate() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_Kinds() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_NewEndDate() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAmendment_ModifiedArticles() {
		return (EReference)amendmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAmendment_ModifiedAnnexes() {
		return (EReference)amendmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAmendment_AddedParties() {
		return (EReference)amendmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommitteeType() {
		return committeeTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationType() {
		return evaluationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationQuestion() {
		return evaluationQuestionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAmendmentKind() {
		return amendmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceFactory getGovernanceFactory() {
		return (GovernanceFactory)getEFactoryInstance();
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
		governanceEClass = createEClass(GOVERNANCE);
		createEReference(governanceEClass, GOVERNANCE__COMMITTEES);
		createEReference(governanceEClass, GOVERNANCE__COOPERATION_OFFICERS);

		committeeEClass = createEClass(COMMITTEE);
		createEAttribute(committeeEClass, COMMITTEE__TYPE);
		createEAttribute(committeeEClass, COMMITTEE__NAME);
		createEReference(committeeEClass, COMMITTEE__MEMBERS);
		createEAttribute(committeeEClass, COMMITTEE__MEETINGS_PER_YEAR);
		createEReference(committeeEClass, COMMITTEE__MEETINGS);

		meetingEClass = createEClass(MEETING);
		createEAttribute(meetingEClass, MEETING__DATE);
		createEAttribute(meetingEClass, MEETING__DECISIONS);

		cooperationOfficerEClass = createEClass(COOPERATION_OFFICER);
		createEAttribute(cooperationOfficerEClass, COOPERATION_OFFICER__NAME);
		createEReference(cooperationOfficerEClass, COOPERATION_OFFICER__EMPLOYER);
		createEAttribute(cooperationOfficerEClass, COOPERATION_OFFICER__FTE);
		createEAttribute(cooperationOfficerEClass, COOPERATION_OFFICER__IS_FUNDED_BY_BONUS);

		evaluationEClass = createEClass(EVALUATION);
		createEAttribute(evaluationEClass, EVALUATION__TYPE);
		createEAttribute(evaluationEClass, EVALUATION__PLANNED_DATE);
		createEAttribute(evaluationEClass, EVALUATION__PLANNED_DATE_PRECISION);
		createEAttribute(evaluationEClass, EVALUATION__ACTUAL_DATE);
		createEAttribute(evaluationEClass, EVALUATION__QUESTIONS);
		createEAttribute(evaluationEClass, EVALUATION__FINDINGS);
		createEAttribute(evaluationEClass, EVALUATION__IS_DIAGNOSIS_UPDATED);

		amendmentEClass = createEClass(AMENDMENT);
		createEAttribute(amendmentEClass, AMENDMENT__NUMBER);
		createEAttribute(amendmentEClass, AMENDMENT__SIGNATURE_DATE);
		createEAttribute(amendmentEClass, AMENDMENT__KINDS);
		createEAttribute(amendmentEClass, AMENDMENT__NEW_END_DATE);
		createEReference(amendmentEClass, AMENDMENT__MODIFIED_ARTICLES);
		createEReference(amendmentEClass, AMENDMENT__MODIFIED_ANNEXES);
		createEReference(amendmentEClass, AMENDMENT__ADDED_PARTIES);

		// Create enums
		committeeTypeEEnum = createEEnum(COMMITTEE_TYPE);
		evaluationTypeEEnum = createEEnum(EVALUATION_TYPE);
		evaluationQuestionEEnum = createEEnum(EVALUATION_QUESTION);
		amendmentKindEEnum = createEEnum(AMENDMENT_KIND);
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
		governanceEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		committeeEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		meetingEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		cooperationOfficerEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		evaluationEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		amendmentEClass.getESuperTypes().add(theCtgPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(governanceEClass, Governance.class, "Governance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGovernance_Committees(), this.getCommittee(), null, "committees", null, 1, -1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernance_CooperationOfficers(), this.getCooperationOfficer(), null, "cooperationOfficers", null, 0, -1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(committeeEClass, Committee.class, "Committee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommittee_Type(), this.getCommitteeType(), "type", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommittee_Name(), ecorePackage.getEString(), "name", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommittee_Members(), theCtgPackage.getOrganisation(), null, "members", null, 0, -1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommittee_MeetingsPerYear(), ecorePackage.getEInt(), "meetingsPerYear", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommittee_Meetings(), this.getMeeting(), null, "meetings", null, 0, -1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(meetingEClass, Meeting.class, "Meeting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeeting_Date(), theCtgPackage.getDate(), "date", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_Decisions(), ecorePackage.getEString(), "decisions", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cooperationOfficerEClass, CooperationOfficer.class, "CooperationOfficer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCooperationOfficer_Name(), ecorePackage.getEString(), "name", null, 0, 1, CooperationOfficer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCooperationOfficer_Employer(), theCtgPackage.getOrganisation(), null, "employer", null, 1, 1, CooperationOfficer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCooperationOfficer_Fte(), ecorePackage.getEBigDecimal(), "fte", null, 0, 1, CooperationOfficer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCooperationOfficer_IsFundedByBonus(), ecorePackage.getEBoolean(), "isFundedByBonus", null, 0, 1, CooperationOfficer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluationEClass, Evaluation.class, "Evaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvaluation_Type(), this.getEvaluationType(), "type", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_PlannedDate(), theCtgPackage.getDate(), "plannedDate", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_PlannedDatePrecision(), theCtgPackage.getDatePrecision(), "plannedDatePrecision", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_ActualDate(), theCtgPackage.getDate(), "actualDate", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Questions(), this.getEvaluationQuestion(), "questions", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_IsDiagnosisUpdated(), ecorePackage.getEBoolean(), "isDiagnosisUpdated", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(amendmentEClass, Amendment.class, "Amendment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAmendment_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_SignatureDate(), theCtgPackage.getDate(), "signatureDate", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_Kinds(), this.getAmendmentKind(), "kinds", null, 1, -1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_NewEndDate(), theCtgPackage.getDate(), "newEndDate", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAmendment_ModifiedArticles(), theCtgPackage.getArticleInstance(), null, "modifiedArticles", null, 0, -1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAmendment_ModifiedAnnexes(), theCtgPackage.getAnnexInstance(), null, "modifiedAnnexes", null, 0, -1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAmendment_AddedParties(), theCtgPackage.getAgreementParty(), null, "addedParties", null, 0, -1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(committeeTypeEEnum, CommitteeType.class, "CommitteeType");
		addEEnumLiteral(committeeTypeEEnum, CommitteeType.STEERING);
		addEEnumLiteral(committeeTypeEEnum, CommitteeType.TECHNICAL);
		addEEnumLiteral(committeeTypeEEnum, CommitteeType.THEMATIC);

		initEEnum(evaluationTypeEEnum, EvaluationType.class, "EvaluationType");
		addEEnumLiteral(evaluationTypeEEnum, EvaluationType.ANNUAL_REVIEW);
		addEEnumLiteral(evaluationTypeEEnum, EvaluationType.MID_TERM);
		addEEnumLiteral(evaluationTypeEEnum, EvaluationType.FINAL);

		initEEnum(evaluationQuestionEEnum, EvaluationQuestion.class, "EvaluationQuestion");
		addEEnumLiteral(evaluationQuestionEEnum, EvaluationQuestion.RELEVANCE);
		addEEnumLiteral(evaluationQuestionEEnum, EvaluationQuestion.ACHIEVEMENT);
		addEEnumLiteral(evaluationQuestionEEnum, EvaluationQuestion.MEANS_ADEQUACY);
		addEEnumLiteral(evaluationQuestionEEnum, EvaluationQuestion.SUSTAINABILITY);

		initEEnum(amendmentKindEEnum, AmendmentKind.class, "AmendmentKind");
		addEEnumLiteral(amendmentKindEEnum, AmendmentKind.EXTENSION);
		addEEnumLiteral(amendmentKindEEnum, AmendmentKind.DEVELOPMENT_PLAN);
		addEEnumLiteral(amendmentKindEEnum, AmendmentKind.NEW_PARTY);
		addEEnumLiteral(amendmentKindEEnum, AmendmentKind.PLAN_CHANGE);
		addEEnumLiteral(amendmentKindEEnum, AmendmentKind.FINANCIAL_CHANGE);

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
			   "fr", "Gouvernance, \u00e9valuation, avenants",
			   "en", "Governance, evaluation, amendments"
		   });
		addAnnotation
		  (committeeTypeEEnum,
		   source,
		   new String[] {
			   "fr", "Type d\'instance",
			   "en", "Committee type"
		   });
		addAnnotation
		  (committeeTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Comit\u00e9 de pilotage (COPIL)",
			   "en", "Steering committee (COPIL)"
		   });
		addAnnotation
		  (committeeTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Comit\u00e9 technique (COTECH)",
			   "en", "Technical committee (COTECH)"
		   });
		addAnnotation
		  (committeeTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Comit\u00e9 th\u00e9matique",
			   "en", "Thematic committee"
		   });
		addAnnotation
		  (evaluationTypeEEnum,
		   source,
		   new String[] {
			   "fr", "Type d\'\u00e9valuation",
			   "en", "Evaluation type"
		   });
		addAnnotation
		  (evaluationTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Bilan annuel",
			   "en", "Annual review"
		   });
		addAnnotation
		  (evaluationTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Bilan interm\u00e9diaire",
			   "en", "Mid term"
		   });
		addAnnotation
		  (evaluationTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "\u00c9valuation finale",
			   "en", "Final evaluation"
		   });
		addAnnotation
		  (evaluationQuestionEEnum,
		   source,
		   new String[] {
			   "fr", "Question \u00e9valuative",
			   "en", "Evaluation question"
		   });
		addAnnotation
		  (evaluationQuestionEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Pertinence au regard des besoins",
			   "en", "Relevance to needs"
		   });
		addAnnotation
		  (evaluationQuestionEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Atteinte des objectifs",
			   "en", "Achievement of objectives"
		   });
		addAnnotation
		  (evaluationQuestionEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Ad\u00e9quation des moyens",
			   "en", "Adequacy of means"
		   });
		addAnnotation
		  (evaluationQuestionEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Durabilit\u00e9 des effets",
			   "en", "Sustainability of effects"
		   });
		addAnnotation
		  (amendmentKindEEnum,
		   source,
		   new String[] {
			   "fr", "Objet de l\'avenant",
			   "en", "Amendment kind"
		   });
		addAnnotation
		  (amendmentKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Prolongation",
			   "en", "Extension"
		   });
		addAnnotation
		  (amendmentKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma de d\u00e9veloppement",
			   "en", "Development plan"
		   });
		addAnnotation
		  (amendmentKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Nouveau signataire",
			   "en", "New party"
		   });
		addAnnotation
		  (amendmentKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Modification du plan d\'actions",
			   "en", "Plan change"
		   });
		addAnnotation
		  (amendmentKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Modification financi\u00e8re",
			   "en", "Financial change"
		   });
		addAnnotation
		  (governanceEClass,
		   source,
		   new String[] {
			   "fr", "Gouvernance",
			   "en", "Governance"
		   });
		addAnnotation
		  (getGovernance_Committees(),
		   source,
		   new String[] {
			   "fr", "Instances",
			   "en", "Committees"
		   });
		addAnnotation
		  (getGovernance_CooperationOfficers(),
		   source,
		   new String[] {
			   "fr", "Charg\u00e9\u00b7es de coop\u00e9ration",
			   "en", "Cooperation officers"
		   });
		addAnnotation
		  (committeeEClass,
		   source,
		   new String[] {
			   "fr", "Instance",
			   "en", "Committee"
		   });
		addAnnotation
		  (getCommittee_Type(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Type"
		   });
		addAnnotation
		  (getCommittee_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getCommittee_Members(),
		   source,
		   new String[] {
			   "fr", "Membres",
			   "en", "Members"
		   });
		addAnnotation
		  (getCommittee_MeetingsPerYear(),
		   source,
		   new String[] {
			   "fr", "R\u00e9unions / an",
			   "en", "Meetings per year"
		   });
		addAnnotation
		  (getCommittee_Meetings(),
		   source,
		   new String[] {
			   "fr", "R\u00e9unions",
			   "en", "Meetings"
		   });
		addAnnotation
		  (meetingEClass,
		   source,
		   new String[] {
			   "fr", "R\u00e9union",
			   "en", "Meeting"
		   });
		addAnnotation
		  (getMeeting_Date(),
		   source,
		   new String[] {
			   "fr", "Date",
			   "en", "Date"
		   });
		addAnnotation
		  (getMeeting_Decisions(),
		   source,
		   new String[] {
			   "fr", "D\u00e9cisions",
			   "en", "Decisions"
		   });
		addAnnotation
		  (cooperationOfficerEClass,
		   source,
		   new String[] {
			   "fr", "Charg\u00e9\u00b7e de coop\u00e9ration CTG",
			   "en", "Cooperation officer"
		   });
		addAnnotation
		  (getCooperationOfficer_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getCooperationOfficer_Employer(),
		   source,
		   new String[] {
			   "fr", "Employeur",
			   "en", "Employer"
		   });
		addAnnotation
		  (getCooperationOfficer_Fte(),
		   source,
		   new String[] {
			   "fr", "ETP",
			   "en", "Fte"
		   });
		addAnnotation
		  (getCooperationOfficer_IsFundedByBonus(),
		   source,
		   new String[] {
			   "fr", "Financ\u00e9 par le bonus territoire",
			   "en", "Is funded by bonus"
		   });
		addAnnotation
		  (evaluationEClass,
		   source,
		   new String[] {
			   "fr", "\u00c9valuation",
			   "en", "Evaluation"
		   });
		addAnnotation
		  (getEvaluation_Type(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Type"
		   });
		addAnnotation
		  (getEvaluation_PlannedDate(),
		   source,
		   new String[] {
			   "fr", "Pr\u00e9vue le",
			   "en", "Planned date"
		   });
		addAnnotation
		  (getEvaluation_PlannedDatePrecision(),
		   source,
		   new String[] {
			   "fr", "Pr\u00e9cision de la date pr\u00e9vue",
			   "en", "Planned date precision"
		   });
		addAnnotation
		  (getEvaluation_ActualDate(),
		   source,
		   new String[] {
			   "fr", "R\u00e9alis\u00e9e le",
			   "en", "Actual date"
		   });
		addAnnotation
		  (getEvaluation_Questions(),
		   source,
		   new String[] {
			   "fr", "Questions \u00e9valuatives",
			   "en", "Questions"
		   });
		addAnnotation
		  (getEvaluation_Findings(),
		   source,
		   new String[] {
			   "fr", "Conclusions",
			   "en", "Findings"
		   });
		addAnnotation
		  (getEvaluation_IsDiagnosisUpdated(),
		   source,
		   new String[] {
			   "fr", "Diagnostic actualis\u00e9",
			   "en", "Is diagnosis updated"
		   });
		addAnnotation
		  (amendmentEClass,
		   source,
		   new String[] {
			   "fr", "Avenant",
			   "en", "Amendment"
		   });
		addAnnotation
		  (getAmendment_Number(),
		   source,
		   new String[] {
			   "fr", "N\u00b0",
			   "en", "Number"
		   });
		addAnnotation
		  (getAmendment_SignatureDate(),
		   source,
		   new String[] {
			   "fr", "Sign\u00e9 le",
			   "en", "Signature date"
		   });
		addAnnotation
		  (getAmendment_Kinds(),
		   source,
		   new String[] {
			   "fr", "Objet",
			   "en", "Kinds"
		   });
		addAnnotation
		  (getAmendment_NewEndDate(),
		   source,
		   new String[] {
			   "fr", "Nouvelle \u00e9ch\u00e9ance",
			   "en", "New end date"
		   });
		addAnnotation
		  (getAmendment_ModifiedArticles(),
		   source,
		   new String[] {
			   "fr", "Articles modifi\u00e9s",
			   "en", "Modified articles"
		   });
		addAnnotation
		  (getAmendment_ModifiedAnnexes(),
		   source,
		   new String[] {
			   "fr", "Annexes modifi\u00e9es",
			   "en", "Modified annexes"
		   });
		addAnnotation
		  (getAmendment_AddedParties(),
		   source,
		   new String[] {
			   "fr", "Nouvelles parties",
			   "en", "Added parties"
		   });
	}

} //GovernancePackageImpl
