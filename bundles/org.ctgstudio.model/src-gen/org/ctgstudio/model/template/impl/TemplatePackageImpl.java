/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import org.ctgstudio.model.CtgPackage;

import org.ctgstudio.model.deployment.DeploymentPackage;

import org.ctgstudio.model.deployment.impl.DeploymentPackageImpl;

import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.funding.impl.FundingPackageImpl;

import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.governance.impl.GovernancePackageImpl;

import org.ctgstudio.model.impl.CtgPackageImpl;

import org.ctgstudio.model.plan.PlanPackage;

import org.ctgstudio.model.plan.impl.PlanPackageImpl;

import org.ctgstudio.model.template.AnnexTemplate;
import org.ctgstudio.model.template.ArticleTemplate;
import org.ctgstudio.model.template.AxisTemplate;
import org.ctgstudio.model.template.CommitteeTemplate;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.GovernanceSkeleton;
import org.ctgstudio.model.template.IndicatorDefinition;
import org.ctgstudio.model.template.PartTemplate;
import org.ctgstudio.model.template.RuleParameter;
import org.ctgstudio.model.template.RuleParameterSet;
import org.ctgstudio.model.template.RuleSeverity;
import org.ctgstudio.model.template.SeverityOverride;
import org.ctgstudio.model.template.TemplateFactory;
import org.ctgstudio.model.template.TemplatePackage;
import org.ctgstudio.model.template.TemplateStatus;

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
public class TemplatePackageImpl extends EPackageImpl implements TemplatePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conventionTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass articleTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annexTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceSkeletonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass committeeTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass axisTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleParameterSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass severityOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum templateStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ruleSeverityEEnum = null;

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
	 * @see org.ctgstudio.model.template.TemplatePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TemplatePackageImpl() {
		super(eNS_URI, TemplateFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link TemplatePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TemplatePackage init() {
		if (isInited) return (TemplatePackage)EPackage.Registry.INSTANCE.getEPackage(TemplatePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTemplatePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TemplatePackageImpl theTemplatePackage = registeredTemplatePackage instanceof TemplatePackageImpl ? (TemplatePackageImpl)registeredTemplatePackage : new TemplatePackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DeploymentPackage.eNS_URI);
		DeploymentPackageImpl theDeploymentPackage = (DeploymentPackageImpl)(registeredPackage instanceof DeploymentPackageImpl ? registeredPackage : DeploymentPackage.eINSTANCE);

		// Create package meta-data objects
		theTemplatePackage.createPackageContents();
		theCtgPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theFundingPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theDeploymentPackage.createPackageContents();

		// Initialize created meta-data
		theTemplatePackage.initializePackageContents();
		theCtgPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theFundingPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theDeploymentPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTemplatePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TemplatePackage.eNS_URI, theTemplatePackage);
		return theTemplatePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConventionTemplate() {
		return conventionTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionTemplate_Code() {
		return (EAttribute)conventionTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionTemplate_Name() {
		return (EAttribute)conventionTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionTemplate_Version() {
		return (EAttribute)conventionTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionTemplate_Status() {
		return (EAttribute)conventionTemplateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionTemplate_ValidFrom() {
		return (EAttribute)conventionTemplateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionTemplate_Author() {
		return (EAttribute)conventionTemplateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConventionTemplate_Caf() {
		return (EReference)conventionTemplateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionTemplate_MandatoryThemes() {
		return (EAttribute)conventionTemplateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionTemplate_MinAdditionalThemes() {
		return (EAttribute)conventionTemplateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConventionTemplate_ArticleTemplates() {
		return (EReference)conventionTemplateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConventionTemplate_AnnexTemplates() {
		return (EReference)conventionTemplateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConventionTemplate_GovernanceSkeleton() {
		return (EReference)conventionTemplateEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConventionTemplate_AxisTemplates() {
		return (EReference)conventionTemplateEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConventionTemplate_IndicatorCatalogue() {
		return (EReference)conventionTemplateEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConventionTemplate_RuleParameters() {
		return (EReference)conventionTemplateEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartTemplate() {
		return partTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartTemplate_Order() {
		return (EAttribute)partTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartTemplate_Number() {
		return (EAttribute)partTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartTemplate_Title() {
		return (EAttribute)partTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartTemplate_BodyTemplate() {
		return (EAttribute)partTemplateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartTemplate_IsMandatory() {
		return (EAttribute)partTemplateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartTemplate_IsEditable() {
		return (EAttribute)partTemplateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArticleTemplate() {
		return articleTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnexTemplate() {
		return annexTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnexTemplate_Kind() {
		return (EAttribute)annexTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernanceSkeleton() {
		return governanceSkeletonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceSkeleton_Committees() {
		return (EReference)governanceSkeletonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceSkeleton_IsCooperationOfficerRequired() {
		return (EAttribute)governanceSkeletonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceSkeleton_MinFte() {
		return (EAttribute)governanceSkeletonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommitteeTemplate() {
		return committeeTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitteeTemplate_Type() {
		return (EAttribute)committeeTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitteeTemplate_Name() {
		return (EAttribute)committeeTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitteeTemplate_IsMandatory() {
		return (EAttribute)committeeTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitteeTemplate_DefaultMeetingsPerYear() {
		return (EAttribute)committeeTemplateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAxisTemplate() {
		return axisTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAxisTemplate_Label() {
		return (EAttribute)axisTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAxisTemplate_Themes() {
		return (EAttribute)axisTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAxisTemplate_SuggestedObjectives() {
		return (EAttribute)axisTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorDefinition() {
		return indicatorDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDefinition_Code() {
		return (EAttribute)indicatorDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDefinition_Label() {
		return (EAttribute)indicatorDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDefinition_Kind() {
		return (EAttribute)indicatorDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDefinition_Unit() {
		return (EAttribute)indicatorDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDefinition_Theme() {
		return (EAttribute)indicatorDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDefinition_Computation() {
		return (EAttribute)indicatorDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDefinition_DataSource() {
		return (EAttribute)indicatorDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleParameterSet() {
		return ruleParameterSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleParameterSet_Entries() {
		return (EReference)ruleParameterSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleParameterSet_SeverityOverrides() {
		return (EReference)ruleParameterSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleParameter() {
		return ruleParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleParameter_Key() {
		return (EAttribute)ruleParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleParameter_Value() {
		return (EAttribute)ruleParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleParameter_ValidFrom() {
		return (EAttribute)ruleParameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeverityOverride() {
		return severityOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityOverride_RuleId() {
		return (EAttribute)severityOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityOverride_Severity() {
		return (EAttribute)severityOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTemplateStatus() {
		return templateStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuleSeverity() {
		return ruleSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplateFactory getTemplateFactory() {
		return (TemplateFactory)getEFactoryInstance();
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
		conventionTemplateEClass = createEClass(CONVENTION_TEMPLATE);
		createEAttribute(conventionTemplateEClass, CONVENTION_TEMPLATE__CODE);
		createEAttribute(conventionTemplateEClass, CONVENTION_TEMPLATE__NAME);
		createEAttribute(conventionTemplateEClass, CONVENTION_TEMPLATE__VERSION);
		createEAttribute(conventionTemplateEClass, CONVENTION_TEMPLATE__STATUS);
		createEAttribute(conventionTemplateEClass, CONVENTION_TEMPLATE__VALID_FROM);
		createEAttribute(conventionTemplateEClass, CONVENTION_TEMPLATE__AUTHOR);
		createEReference(conventionTemplateEClass, CONVENTION_TEMPLATE__CAF);
		createEAttribute(conventionTemplateEClass, CONVENTION_TEMPLATE__MANDATORY_THEMES);
		createEAttribute(conventionTemplateEClass, CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES);
		createEReference(conventionTemplateEClass, CONVENTION_TEMPLATE__ARTICLE_TEMPLATES);
		createEReference(conventionTemplateEClass, CONVENTION_TEMPLATE__ANNEX_TEMPLATES);
		createEReference(conventionTemplateEClass, CONVENTION_TEMPLATE__GOVERNANCE_SKELETON);
		createEReference(conventionTemplateEClass, CONVENTION_TEMPLATE__AXIS_TEMPLATES);
		createEReference(conventionTemplateEClass, CONVENTION_TEMPLATE__INDICATOR_CATALOGUE);
		createEReference(conventionTemplateEClass, CONVENTION_TEMPLATE__RULE_PARAMETERS);

		partTemplateEClass = createEClass(PART_TEMPLATE);
		createEAttribute(partTemplateEClass, PART_TEMPLATE__ORDER);
		createEAttribute(partTemplateEClass, PART_TEMPLATE__NUMBER);
		createEAttribute(partTemplateEClass, PART_TEMPLATE__TITLE);
		createEAttribute(partTemplateEClass, PART_TEMPLATE__BODY_TEMPLATE);
		createEAttribute(partTemplateEClass, PART_TEMPLATE__IS_MANDATORY);
		createEAttribute(partTemplateEClass, PART_TEMPLATE__IS_EDITABLE);

		articleTemplateEClass = createEClass(ARTICLE_TEMPLATE);

		annexTemplateEClass = createEClass(ANNEX_TEMPLATE);
		createEAttribute(annexTemplateEClass, ANNEX_TEMPLATE__KIND);

		governanceSkeletonEClass = createEClass(GOVERNANCE_SKELETON);
		createEReference(governanceSkeletonEClass, GOVERNANCE_SKELETON__COMMITTEES);
		createEAttribute(governanceSkeletonEClass, GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED);
		createEAttribute(governanceSkeletonEClass, GOVERNANCE_SKELETON__MIN_FTE);

		committeeTemplateEClass = createEClass(COMMITTEE_TEMPLATE);
		createEAttribute(committeeTemplateEClass, COMMITTEE_TEMPLATE__TYPE);
		createEAttribute(committeeTemplateEClass, COMMITTEE_TEMPLATE__NAME);
		createEAttribute(committeeTemplateEClass, COMMITTEE_TEMPLATE__IS_MANDATORY);
		createEAttribute(committeeTemplateEClass, COMMITTEE_TEMPLATE__DEFAULT_MEETINGS_PER_YEAR);

		axisTemplateEClass = createEClass(AXIS_TEMPLATE);
		createEAttribute(axisTemplateEClass, AXIS_TEMPLATE__LABEL);
		createEAttribute(axisTemplateEClass, AXIS_TEMPLATE__THEMES);
		createEAttribute(axisTemplateEClass, AXIS_TEMPLATE__SUGGESTED_OBJECTIVES);

		indicatorDefinitionEClass = createEClass(INDICATOR_DEFINITION);
		createEAttribute(indicatorDefinitionEClass, INDICATOR_DEFINITION__CODE);
		createEAttribute(indicatorDefinitionEClass, INDICATOR_DEFINITION__LABEL);
		createEAttribute(indicatorDefinitionEClass, INDICATOR_DEFINITION__KIND);
		createEAttribute(indicatorDefinitionEClass, INDICATOR_DEFINITION__UNIT);
		createEAttribute(indicatorDefinitionEClass, INDICATOR_DEFINITION__THEME);
		createEAttribute(indicatorDefinitionEClass, INDICATOR_DEFINITION__COMPUTATION);
		createEAttribute(indicatorDefinitionEClass, INDICATOR_DEFINITION__DATA_SOURCE);

		ruleParameterSetEClass = createEClass(RULE_PARAMETER_SET);
		createEReference(ruleParameterSetEClass, RULE_PARAMETER_SET__ENTRIES);
		createEReference(ruleParameterSetEClass, RULE_PARAMETER_SET__SEVERITY_OVERRIDES);

		ruleParameterEClass = createEClass(RULE_PARAMETER);
		createEAttribute(ruleParameterEClass, RULE_PARAMETER__KEY);
		createEAttribute(ruleParameterEClass, RULE_PARAMETER__VALUE);
		createEAttribute(ruleParameterEClass, RULE_PARAMETER__VALID_FROM);

		severityOverrideEClass = createEClass(SEVERITY_OVERRIDE);
		createEAttribute(severityOverrideEClass, SEVERITY_OVERRIDE__RULE_ID);
		createEAttribute(severityOverrideEClass, SEVERITY_OVERRIDE__SEVERITY);

		// Create enums
		templateStatusEEnum = createEEnum(TEMPLATE_STATUS);
		ruleSeverityEEnum = createEEnum(RULE_SEVERITY);
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
		GovernancePackage theGovernancePackage = (GovernancePackage)EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		PlanPackage thePlanPackage = (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		conventionTemplateEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		partTemplateEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		articleTemplateEClass.getESuperTypes().add(this.getPartTemplate());
		annexTemplateEClass.getESuperTypes().add(this.getPartTemplate());
		governanceSkeletonEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		committeeTemplateEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		axisTemplateEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		indicatorDefinitionEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		ruleParameterSetEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		ruleParameterEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		severityOverrideEClass.getESuperTypes().add(theCtgPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(conventionTemplateEClass, ConventionTemplate.class, "ConventionTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConventionTemplate_Code(), ecorePackage.getEString(), "code", null, 0, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConventionTemplate_Name(), ecorePackage.getEString(), "name", null, 0, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConventionTemplate_Version(), ecorePackage.getEString(), "version", null, 0, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConventionTemplate_Status(), this.getTemplateStatus(), "status", null, 0, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConventionTemplate_ValidFrom(), theCtgPackage.getDate(), "validFrom", null, 0, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConventionTemplate_Author(), ecorePackage.getEString(), "author", null, 0, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConventionTemplate_Caf(), theCtgPackage.getOrganisation(), null, "caf", null, 0, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConventionTemplate_MandatoryThemes(), theCtgPackage.getThematicDomain(), "mandatoryThemes", null, 0, -1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConventionTemplate_MinAdditionalThemes(), ecorePackage.getEInt(), "minAdditionalThemes", "1", 0, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConventionTemplate_ArticleTemplates(), this.getArticleTemplate(), null, "articleTemplates", null, 0, -1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConventionTemplate_AnnexTemplates(), this.getAnnexTemplate(), null, "annexTemplates", null, 0, -1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConventionTemplate_GovernanceSkeleton(), this.getGovernanceSkeleton(), null, "governanceSkeleton", null, 1, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConventionTemplate_AxisTemplates(), this.getAxisTemplate(), null, "axisTemplates", null, 0, -1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConventionTemplate_IndicatorCatalogue(), this.getIndicatorDefinition(), null, "indicatorCatalogue", null, 0, -1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConventionTemplate_RuleParameters(), this.getRuleParameterSet(), null, "ruleParameters", null, 1, 1, ConventionTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partTemplateEClass, PartTemplate.class, "PartTemplate", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartTemplate_Order(), ecorePackage.getEInt(), "order", null, 0, 1, PartTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartTemplate_Number(), ecorePackage.getEString(), "number", null, 0, 1, PartTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartTemplate_Title(), ecorePackage.getEString(), "title", null, 0, 1, PartTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartTemplate_BodyTemplate(), ecorePackage.getEString(), "bodyTemplate", null, 0, 1, PartTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartTemplate_IsMandatory(), ecorePackage.getEBoolean(), "isMandatory", null, 0, 1, PartTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartTemplate_IsEditable(), ecorePackage.getEBoolean(), "isEditable", "true", 0, 1, PartTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(articleTemplateEClass, ArticleTemplate.class, "ArticleTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(annexTemplateEClass, AnnexTemplate.class, "AnnexTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnexTemplate_Kind(), theCtgPackage.getAnnexKind(), "kind", null, 0, 1, AnnexTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(governanceSkeletonEClass, GovernanceSkeleton.class, "GovernanceSkeleton", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGovernanceSkeleton_Committees(), this.getCommitteeTemplate(), null, "committees", null, 0, -1, GovernanceSkeleton.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceSkeleton_IsCooperationOfficerRequired(), ecorePackage.getEBoolean(), "isCooperationOfficerRequired", null, 0, 1, GovernanceSkeleton.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceSkeleton_MinFte(), ecorePackage.getEBigDecimal(), "minFte", null, 0, 1, GovernanceSkeleton.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(committeeTemplateEClass, CommitteeTemplate.class, "CommitteeTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommitteeTemplate_Type(), theGovernancePackage.getCommitteeType(), "type", null, 0, 1, CommitteeTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitteeTemplate_Name(), ecorePackage.getEString(), "name", null, 0, 1, CommitteeTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitteeTemplate_IsMandatory(), ecorePackage.getEBoolean(), "isMandatory", null, 0, 1, CommitteeTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitteeTemplate_DefaultMeetingsPerYear(), ecorePackage.getEInt(), "defaultMeetingsPerYear", null, 0, 1, CommitteeTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(axisTemplateEClass, AxisTemplate.class, "AxisTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAxisTemplate_Label(), ecorePackage.getEString(), "label", null, 0, 1, AxisTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAxisTemplate_Themes(), theCtgPackage.getThematicDomain(), "themes", null, 0, -1, AxisTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAxisTemplate_SuggestedObjectives(), ecorePackage.getEString(), "suggestedObjectives", null, 0, -1, AxisTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorDefinitionEClass, IndicatorDefinition.class, "IndicatorDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicatorDefinition_Code(), ecorePackage.getEString(), "code", null, 0, 1, IndicatorDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorDefinition_Label(), ecorePackage.getEString(), "label", null, 0, 1, IndicatorDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorDefinition_Kind(), thePlanPackage.getIndicatorKind(), "kind", null, 0, 1, IndicatorDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorDefinition_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, IndicatorDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorDefinition_Theme(), theCtgPackage.getThematicDomain(), "theme", null, 0, 1, IndicatorDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorDefinition_Computation(), ecorePackage.getEString(), "computation", null, 0, 1, IndicatorDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorDefinition_DataSource(), ecorePackage.getEString(), "dataSource", null, 0, 1, IndicatorDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleParameterSetEClass, RuleParameterSet.class, "RuleParameterSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRuleParameterSet_Entries(), this.getRuleParameter(), null, "entries", null, 0, -1, RuleParameterSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRuleParameterSet_SeverityOverrides(), this.getSeverityOverride(), null, "severityOverrides", null, 0, -1, RuleParameterSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleParameterEClass, RuleParameter.class, "RuleParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuleParameter_Key(), ecorePackage.getEString(), "key", null, 0, 1, RuleParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, RuleParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleParameter_ValidFrom(), theCtgPackage.getDate(), "validFrom", null, 0, 1, RuleParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(severityOverrideEClass, SeverityOverride.class, "SeverityOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSeverityOverride_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, SeverityOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityOverride_Severity(), this.getRuleSeverity(), "severity", null, 0, 1, SeverityOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(templateStatusEEnum, TemplateStatus.class, "TemplateStatus");
		addEEnumLiteral(templateStatusEEnum, TemplateStatus.DRAFT);
		addEEnumLiteral(templateStatusEEnum, TemplateStatus.PUBLISHED);
		addEEnumLiteral(templateStatusEEnum, TemplateStatus.RETIRED);

		initEEnum(ruleSeverityEEnum, RuleSeverity.class, "RuleSeverity");
		addEEnumLiteral(ruleSeverityEEnum, RuleSeverity.ERROR);
		addEEnumLiteral(ruleSeverityEEnum, RuleSeverity.WARNING);
		addEEnumLiteral(ruleSeverityEEnum, RuleSeverity.INFO);
		addEEnumLiteral(ruleSeverityEEnum, RuleSeverity.DISABLED);

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
			   "fr", "Mod\u00e8les de convention",
			   "en", "Convention templates"
		   });
		addAnnotation
		  (templateStatusEEnum,
		   source,
		   new String[] {
			   "fr", "\u00c9tat du mod\u00e8le",
			   "en", "Template status"
		   });
		addAnnotation
		  (templateStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Brouillon",
			   "en", "Draft"
		   });
		addAnnotation
		  (templateStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Publi\u00e9",
			   "en", "Published"
		   });
		addAnnotation
		  (templateStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Retir\u00e9",
			   "en", "Retired"
		   });
		addAnnotation
		  (ruleSeverityEEnum,
		   source,
		   new String[] {
			   "fr", "Gravit\u00e9",
			   "en", "Rule severity"
		   });
		addAnnotation
		  (ruleSeverityEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Erreur",
			   "en", "Error"
		   });
		addAnnotation
		  (ruleSeverityEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Avertissement",
			   "en", "Warning"
		   });
		addAnnotation
		  (ruleSeverityEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Information",
			   "en", "Info"
		   });
		addAnnotation
		  (ruleSeverityEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "D\u00e9sactiv\u00e9e",
			   "en", "Disabled"
		   });
		addAnnotation
		  (conventionTemplateEClass,
		   source,
		   new String[] {
			   "fr", "Mod\u00e8le de convention",
			   "en", "Convention template"
		   });
		addAnnotation
		  (getConventionTemplate_Code(),
		   source,
		   new String[] {
			   "fr", "Code",
			   "en", "Code"
		   });
		addAnnotation
		  (getConventionTemplate_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getConventionTemplate_Version(),
		   source,
		   new String[] {
			   "fr", "Version",
			   "en", "Version"
		   });
		addAnnotation
		  (getConventionTemplate_Status(),
		   source,
		   new String[] {
			   "fr", "\u00c9tat",
			   "en", "Status"
		   });
		addAnnotation
		  (getConventionTemplate_ValidFrom(),
		   source,
		   new String[] {
			   "fr", "Valide \u00e0 partir du",
			   "en", "Valid from"
		   });
		addAnnotation
		  (getConventionTemplate_Author(),
		   source,
		   new String[] {
			   "fr", "Auteur",
			   "en", "Author"
		   });
		addAnnotation
		  (getConventionTemplate_Caf(),
		   source,
		   new String[] {
			   "fr", "Caf propri\u00e9taire",
			   "en", "Caf"
		   });
		addAnnotation
		  (getConventionTemplate_MandatoryThemes(),
		   source,
		   new String[] {
			   "fr", "Th\u00e9matiques obligatoires",
			   "en", "Mandatory themes"
		   });
		addAnnotation
		  (getConventionTemplate_MinAdditionalThemes(),
		   source,
		   new String[] {
			   "fr", "Th\u00e9matiques suppl\u00e9mentaires minimum",
			   "en", "Min additional themes"
		   });
		addAnnotation
		  (getConventionTemplate_ArticleTemplates(),
		   source,
		   new String[] {
			   "fr", "Articles types",
			   "en", "Article templates"
		   });
		addAnnotation
		  (getConventionTemplate_AnnexTemplates(),
		   source,
		   new String[] {
			   "fr", "Annexes types",
			   "en", "Annex templates"
		   });
		addAnnotation
		  (getConventionTemplate_GovernanceSkeleton(),
		   source,
		   new String[] {
			   "fr", "Gouvernance type",
			   "en", "Governance skeleton"
		   });
		addAnnotation
		  (getConventionTemplate_AxisTemplates(),
		   source,
		   new String[] {
			   "fr", "Axes types",
			   "en", "Axis templates"
		   });
		addAnnotation
		  (getConventionTemplate_IndicatorCatalogue(),
		   source,
		   new String[] {
			   "fr", "Catalogue d\'indicateurs",
			   "en", "Indicator catalogue"
		   });
		addAnnotation
		  (getConventionTemplate_RuleParameters(),
		   source,
		   new String[] {
			   "fr", "Param\u00e8tres de contr\u00f4le",
			   "en", "Rule parameters"
		   });
		addAnnotation
		  (partTemplateEClass,
		   source,
		   new String[] {
			   "fr", "Partie type du document",
			   "en", "Document part template"
		   });
		addAnnotation
		  (getPartTemplate_Order(),
		   source,
		   new String[] {
			   "fr", "Ordre",
			   "en", "Order"
		   });
		addAnnotation
		  (getPartTemplate_Number(),
		   source,
		   new String[] {
			   "fr", "N\u00b0",
			   "en", "Number"
		   });
		addAnnotation
		  (getPartTemplate_Title(),
		   source,
		   new String[] {
			   "fr", "Titre",
			   "en", "Title"
		   });
		addAnnotation
		  (getPartTemplate_BodyTemplate(),
		   source,
		   new String[] {
			   "fr", "Texte type",
			   "en", "Body template"
		   });
		addAnnotation
		  (getPartTemplate_IsMandatory(),
		   source,
		   new String[] {
			   "fr", "Obligatoire",
			   "en", "Is mandatory"
		   });
		addAnnotation
		  (getPartTemplate_IsEditable(),
		   source,
		   new String[] {
			   "fr", "Modifiable localement",
			   "en", "Is editable"
		   });
		addAnnotation
		  (articleTemplateEClass,
		   source,
		   new String[] {
			   "fr", "Article type",
			   "en", "Article template"
		   });
		addAnnotation
		  (annexTemplateEClass,
		   source,
		   new String[] {
			   "fr", "Annexe type",
			   "en", "Annex template"
		   });
		addAnnotation
		  (getAnnexTemplate_Kind(),
		   source,
		   new String[] {
			   "fr", "Nature",
			   "en", "Kind"
		   });
		addAnnotation
		  (governanceSkeletonEClass,
		   source,
		   new String[] {
			   "fr", "Gouvernance type",
			   "en", "Governance skeleton"
		   });
		addAnnotation
		  (getGovernanceSkeleton_Committees(),
		   source,
		   new String[] {
			   "fr", "Instances types",
			   "en", "Committees"
		   });
		addAnnotation
		  (getGovernanceSkeleton_IsCooperationOfficerRequired(),
		   source,
		   new String[] {
			   "fr", "Charg\u00e9\u00b7e de coop\u00e9ration requis\u00b7e",
			   "en", "Is cooperation officer required"
		   });
		addAnnotation
		  (getGovernanceSkeleton_MinFte(),
		   source,
		   new String[] {
			   "fr", "ETP minimal",
			   "en", "Min fte"
		   });
		addAnnotation
		  (committeeTemplateEClass,
		   source,
		   new String[] {
			   "fr", "Instance type",
			   "en", "Committee template"
		   });
		addAnnotation
		  (getCommitteeTemplate_Type(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Type"
		   });
		addAnnotation
		  (getCommitteeTemplate_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getCommitteeTemplate_IsMandatory(),
		   source,
		   new String[] {
			   "fr", "Obligatoire",
			   "en", "Is mandatory"
		   });
		addAnnotation
		  (getCommitteeTemplate_DefaultMeetingsPerYear(),
		   source,
		   new String[] {
			   "fr", "R\u00e9unions / an par d\u00e9faut",
			   "en", "Default meetings per year"
		   });
		addAnnotation
		  (axisTemplateEClass,
		   source,
		   new String[] {
			   "fr", "Axe type",
			   "en", "Axis template"
		   });
		addAnnotation
		  (getAxisTemplate_Label(),
		   source,
		   new String[] {
			   "fr", "Intitul\u00e9",
			   "en", "Label"
		   });
		addAnnotation
		  (getAxisTemplate_Themes(),
		   source,
		   new String[] {
			   "fr", "Th\u00e9matiques",
			   "en", "Themes"
		   });
		addAnnotation
		  (getAxisTemplate_SuggestedObjectives(),
		   source,
		   new String[] {
			   "fr", "Objectifs sugg\u00e9r\u00e9s",
			   "en", "Suggested objectives"
		   });
		addAnnotation
		  (indicatorDefinitionEClass,
		   source,
		   new String[] {
			   "fr", "D\u00e9finition d\'indicateur",
			   "en", "Indicator definition"
		   });
		addAnnotation
		  (getIndicatorDefinition_Code(),
		   source,
		   new String[] {
			   "fr", "Code",
			   "en", "Code"
		   });
		addAnnotation
		  (getIndicatorDefinition_Label(),
		   source,
		   new String[] {
			   "fr", "Libell\u00e9",
			   "en", "Label"
		   });
		addAnnotation
		  (getIndicatorDefinition_Kind(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Kind"
		   });
		addAnnotation
		  (getIndicatorDefinition_Unit(),
		   source,
		   new String[] {
			   "fr", "Unit\u00e9",
			   "en", "Unit"
		   });
		addAnnotation
		  (getIndicatorDefinition_Theme(),
		   source,
		   new String[] {
			   "fr", "Th\u00e9matique",
			   "en", "Theme"
		   });
		addAnnotation
		  (getIndicatorDefinition_Computation(),
		   source,
		   new String[] {
			   "fr", "Mode de calcul",
			   "en", "Computation"
		   });
		addAnnotation
		  (getIndicatorDefinition_DataSource(),
		   source,
		   new String[] {
			   "fr", "Source",
			   "en", "Data source"
		   });
		addAnnotation
		  (ruleParameterSetEClass,
		   source,
		   new String[] {
			   "fr", "Param\u00e8tres de contr\u00f4le",
			   "en", "Rule parameter set"
		   });
		addAnnotation
		  (getRuleParameterSet_Entries(),
		   source,
		   new String[] {
			   "fr", "Param\u00e8tres",
			   "en", "Entries"
		   });
		addAnnotation
		  (getRuleParameterSet_SeverityOverrides(),
		   source,
		   new String[] {
			   "fr", "Gravit\u00e9s sp\u00e9cifiques",
			   "en", "Severity overrides"
		   });
		addAnnotation
		  (ruleParameterEClass,
		   source,
		   new String[] {
			   "fr", "Param\u00e8tre de contr\u00f4le",
			   "en", "Rule parameter"
		   });
		addAnnotation
		  (getRuleParameter_Key(),
		   source,
		   new String[] {
			   "fr", "Cl\u00e9",
			   "en", "Key"
		   });
		addAnnotation
		  (getRuleParameter_Value(),
		   source,
		   new String[] {
			   "fr", "Valeur",
			   "en", "Value"
		   });
		addAnnotation
		  (getRuleParameter_ValidFrom(),
		   source,
		   new String[] {
			   "fr", "Valide \u00e0 partir du",
			   "en", "Valid from"
		   });
		addAnnotation
		  (severityOverrideEClass,
		   source,
		   new String[] {
			   "fr", "Gravit\u00e9 sp\u00e9cifique",
			   "en", "Severity override"
		   });
		addAnnotation
		  (getSeverityOverride_RuleId(),
		   source,
		   new String[] {
			   "fr", "R\u00e8gle",
			   "en", "Rule id"
		   });
		addAnnotation
		  (getSeverityOverride_Severity(),
		   source,
		   new String[] {
			   "fr", "Gravit\u00e9",
			   "en", "Severity"
		   });
	}

} //TemplatePackageImpl
