/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.time.LocalDate;
import java.time.MonthDay;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.AnnexKind;
import org.ctgstudio.model.AreaCharacter;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.ChildhoodYouthContract;
import org.ctgstudio.model.Competence;
import org.ctgstudio.model.ContractType;
import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.DelegatedMunicipality;
import org.ctgstudio.model.DepartmentalSchemeLink;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.LinkedContract;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.OperatorNature;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Representative;
import org.ctgstudio.model.SchemeType;
import org.ctgstudio.model.TargetPublic;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.TerritoryType;
import org.ctgstudio.model.ThematicDomain;

import org.ctgstudio.model.deployment.DeploymentPackage;

import org.ctgstudio.model.deployment.impl.DeploymentPackageImpl;

import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.funding.impl.FundingPackageImpl;

import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.governance.impl.GovernancePackageImpl;

import org.ctgstudio.model.plan.PlanPackage;

import org.ctgstudio.model.plan.impl.PlanPackageImpl;

import org.ctgstudio.model.template.TemplatePackage;

import org.ctgstudio.model.template.impl.TemplatePackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
public class CtgPackageImpl extends EPackageImpl implements CtgPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ctgWorkspaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass globalTerritorialAgreementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agreementPartyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass representativeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass childhoodYouthContractEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interventionFieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass territoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass municipalityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass delegatedMunicipalityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentalSchemeLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkedContractEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass articleInstanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annexInstanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum thematicDomainEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partnerTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum territoryTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ctgStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partyRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum targetPublicEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum schemeTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contractTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum annexKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum operatorNatureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum areaCharacterEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum datePrecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType monthDayEDataType = null;

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
	 * @see org.ctgstudio.model.CtgPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CtgPackageImpl() {
		super(eNS_URI, CtgFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CtgPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CtgPackage init() {
		if (isInited) return (CtgPackage)EPackage.Registry.INSTANCE.getEPackage(CtgPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCtgPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CtgPackageImpl theCtgPackage = registeredCtgPackage instanceof CtgPackageImpl ? (CtgPackageImpl)registeredCtgPackage : new CtgPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		PlanPackageImpl thePlanPackage = (PlanPackageImpl)(registeredPackage instanceof PlanPackageImpl ? registeredPackage : PlanPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FundingPackage.eNS_URI);
		FundingPackageImpl theFundingPackage = (FundingPackageImpl)(registeredPackage instanceof FundingPackageImpl ? registeredPackage : FundingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DeploymentPackage.eNS_URI);
		DeploymentPackageImpl theDeploymentPackage = (DeploymentPackageImpl)(registeredPackage instanceof DeploymentPackageImpl ? registeredPackage : DeploymentPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TemplatePackage.eNS_URI);
		TemplatePackageImpl theTemplatePackage = (TemplatePackageImpl)(registeredPackage instanceof TemplatePackageImpl ? registeredPackage : TemplatePackage.eINSTANCE);

		// Create package meta-data objects
		theCtgPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theFundingPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theDeploymentPackage.createPackageContents();
		theTemplatePackage.createPackageContents();

		// Initialize created meta-data
		theCtgPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theFundingPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theDeploymentPackage.initializePackageContents();
		theTemplatePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCtgPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CtgPackage.eNS_URI, theCtgPackage);
		return theCtgPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCtgWorkspace() {
		return ctgWorkspaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCtgWorkspace_Name() {
		return (EAttribute)ctgWorkspaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCtgWorkspace_Organisations() {
		return (EReference)ctgWorkspaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCtgWorkspace_Municipalities() {
		return (EReference)ctgWorkspaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCtgWorkspace_Territories() {
		return (EReference)ctgWorkspaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCtgWorkspace_Templates() {
		return (EReference)ctgWorkspaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCtgWorkspace_Agreements() {
		return (EReference)ctgWorkspaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCtgWorkspace_DeploymentPlans() {
		return (EReference)ctgWorkspaceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Name() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Type() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Siren() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Municipality() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Territory() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_IsOperator() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_OperatorNature() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Siret() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGlobalTerritorialAgreement() {
		return globalTerritorialAgreementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_Code() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_Title() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_Generation() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_Status() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_SignatureDate() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_StartDate() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_EndDate() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_DurationYears() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_EffectiveEndDate() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_CogPeriod() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalTerritorialAgreement_TemplateVersion() {
		return (EAttribute)globalTerritorialAgreementEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Territory() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Template() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Predecessor() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_ReplacedCejs() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Parties() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_InterventionFields() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Diagnosis() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Axes() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Actions() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Facilities() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Fundings() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Commitments() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Governance() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Evaluations() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Amendments() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_DevelopmentPlan() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_SchemeLinks() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_LinkedContracts() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Articles() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_Annexes() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGlobalTerritorialAgreement_RuleOverrides() {
		return (EReference)globalTerritorialAgreementEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgreementParty() {
		return agreementPartyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgreementParty_Organisation() {
		return (EReference)agreementPartyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreementParty_Role() {
		return (EAttribute)agreementPartyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgreementParty_Representatives() {
		return (EReference)agreementPartyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreementParty_DeliberationBody() {
		return (EAttribute)agreementPartyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreementParty_DeliberationDate() {
		return (EAttribute)agreementPartyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreementParty_SignatureDate() {
		return (EAttribute)agreementPartyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepresentative() {
		return representativeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentative_Name() {
		return (EAttribute)representativeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentative_Capacity() {
		return (EAttribute)representativeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChildhoodYouthContract() {
		return childhoodYouthContractEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChildhoodYouthContract_Code() {
		return (EAttribute)childhoodYouthContractEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChildhoodYouthContract_Title() {
		return (EAttribute)childhoodYouthContractEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChildhoodYouthContract_StartDate() {
		return (EAttribute)childhoodYouthContractEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChildhoodYouthContract_EndDate() {
		return (EAttribute)childhoodYouthContractEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChildhoodYouthContract_ReplacementDate() {
		return (EAttribute)childhoodYouthContractEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChildhoodYouthContract_AnnualCafAmount() {
		return (EAttribute)childhoodYouthContractEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChildhoodYouthContract_Signatories() {
		return (EReference)childhoodYouthContractEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterventionField() {
		return interventionFieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterventionField_Theme() {
		return (EAttribute)interventionFieldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterventionField_IsPriority() {
		return (EAttribute)interventionFieldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterventionField_Justification() {
		return (EAttribute)interventionFieldEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerritory() {
		return territoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritory_Name() {
		return (EAttribute)territoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritory_Type() {
		return (EAttribute)territoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritory_Character() {
		return (EAttribute)territoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritory_Code() {
		return (EAttribute)territoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritory_Population() {
		return (EAttribute)territoryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritory_PopulationYear() {
		return (EAttribute)territoryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritory_FinancialPotentialPerInhabitant() {
		return (EAttribute)territoryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritory_IncomePerInhabitant() {
		return (EAttribute)territoryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerritory_CompetentCaf() {
		return (EReference)territoryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerritory_Municipalities() {
		return (EReference)territoryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerritory_Seat() {
		return (EReference)territoryEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerritory_Competences() {
		return (EReference)territoryEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMunicipality() {
		return municipalityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_Name() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_InseeCode() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_Population() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_PopulationYear() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_HasQpv() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_IsZrr() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_IsNewMunicipality() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMunicipality_DelegatedMunicipalities() {
		return (EReference)municipalityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDelegatedMunicipality() {
		return delegatedMunicipalityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDelegatedMunicipality_Name() {
		return (EAttribute)delegatedMunicipalityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDelegatedMunicipality_InseeCode() {
		return (EAttribute)delegatedMunicipalityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDelegatedMunicipality_Population() {
		return (EAttribute)delegatedMunicipalityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetence() {
		return competenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetence_Theme() {
		return (EAttribute)competenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetence_IsTransferred() {
		return (EAttribute)competenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetence_RetainingMunicipalities() {
		return (EReference)competenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetence_Description() {
		return (EAttribute)competenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartmentalSchemeLink() {
		return departmentalSchemeLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentalSchemeLink_Scheme() {
		return (EAttribute)departmentalSchemeLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentalSchemeLink_Title() {
		return (EAttribute)departmentalSchemeLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentalSchemeLink_Period() {
		return (EAttribute)departmentalSchemeLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLinkedContract() {
		return linkedContractEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedContract_Type() {
		return (EAttribute)linkedContractEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedContract_Title() {
		return (EAttribute)linkedContractEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkedContract_Period() {
		return (EAttribute)linkedContractEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArticleInstance() {
		return articleInstanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleInstance_Number() {
		return (EAttribute)articleInstanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleInstance_Title() {
		return (EAttribute)articleInstanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleInstance_Body() {
		return (EAttribute)articleInstanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArticleInstance_Template() {
		return (EReference)articleInstanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleInstance_IsLocallyModified() {
		return (EAttribute)articleInstanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnexInstance() {
		return annexInstanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnexInstance_Number() {
		return (EAttribute)annexInstanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnexInstance_Title() {
		return (EAttribute)annexInstanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnexInstance_Kind() {
		return (EAttribute)annexInstanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnexInstance_AttachmentUri() {
		return (EAttribute)annexInstanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnexInstance_Template() {
		return (EReference)annexInstanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getThematicDomain() {
		return thematicDomainEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartnerType() {
		return partnerTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTerritoryType() {
		return territoryTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCtgStatus() {
		return ctgStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartyRole() {
		return partyRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTargetPublic() {
		return targetPublicEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSchemeType() {
		return schemeTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContractType() {
		return contractTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnnexKind() {
		return annexKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOperatorNature() {
		return operatorNatureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAreaCharacter() {
		return areaCharacterEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatePrecision() {
		return datePrecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMonthDay() {
		return monthDayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CtgFactory getCtgFactory() {
		return (CtgFactory)getEFactoryInstance();
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
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		ctgWorkspaceEClass = createEClass(CTG_WORKSPACE);
		createEAttribute(ctgWorkspaceEClass, CTG_WORKSPACE__NAME);
		createEReference(ctgWorkspaceEClass, CTG_WORKSPACE__ORGANISATIONS);
		createEReference(ctgWorkspaceEClass, CTG_WORKSPACE__MUNICIPALITIES);
		createEReference(ctgWorkspaceEClass, CTG_WORKSPACE__TERRITORIES);
		createEReference(ctgWorkspaceEClass, CTG_WORKSPACE__TEMPLATES);
		createEReference(ctgWorkspaceEClass, CTG_WORKSPACE__AGREEMENTS);
		createEReference(ctgWorkspaceEClass, CTG_WORKSPACE__DEPLOYMENT_PLANS);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__NAME);
		createEAttribute(organisationEClass, ORGANISATION__TYPE);
		createEAttribute(organisationEClass, ORGANISATION__SIREN);
		createEReference(organisationEClass, ORGANISATION__MUNICIPALITY);
		createEReference(organisationEClass, ORGANISATION__TERRITORY);
		createEAttribute(organisationEClass, ORGANISATION__IS_OPERATOR);
		createEAttribute(organisationEClass, ORGANISATION__OPERATOR_NATURE);
		createEAttribute(organisationEClass, ORGANISATION__SIRET);

		globalTerritorialAgreementEClass = createEClass(GLOBAL_TERRITORIAL_AGREEMENT);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__CODE);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__TITLE);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__GENERATION);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__STATUS);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__START_DATE);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__END_DATE);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__DURATION_YEARS);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__EFFECTIVE_END_DATE);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD);
		createEAttribute(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__PARTIES);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__AXES);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES);
		createEReference(globalTerritorialAgreementEClass, GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES);

		agreementPartyEClass = createEClass(AGREEMENT_PARTY);
		createEReference(agreementPartyEClass, AGREEMENT_PARTY__ORGANISATION);
		createEAttribute(agreementPartyEClass, AGREEMENT_PARTY__ROLE);
		createEReference(agreementPartyEClass, AGREEMENT_PARTY__REPRESENTATIVES);
		createEAttribute(agreementPartyEClass, AGREEMENT_PARTY__DELIBERATION_BODY);
		createEAttribute(agreementPartyEClass, AGREEMENT_PARTY__DELIBERATION_DATE);
		createEAttribute(agreementPartyEClass, AGREEMENT_PARTY__SIGNATURE_DATE);

		representativeEClass = createEClass(REPRESENTATIVE);
		createEAttribute(representativeEClass, REPRESENTATIVE__NAME);
		createEAttribute(representativeEClass, REPRESENTATIVE__CAPACITY);

		childhoodYouthContractEClass = createEClass(CHILDHOOD_YOUTH_CONTRACT);
		createEAttribute(childhoodYouthContractEClass, CHILDHOOD_YOUTH_CONTRACT__CODE);
		createEAttribute(childhoodYouthContractEClass, CHILDHOOD_YOUTH_CONTRACT__TITLE);
		createEAttribute(childhoodYouthContractEClass, CHILDHOOD_YOUTH_CONTRACT__START_DATE);
		createEAttribute(childhoodYouthContractEClass, CHILDHOOD_YOUTH_CONTRACT__END_DATE);
		createEAttribute(childhoodYouthContractEClass, CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE);
		createEAttribute(childhoodYouthContractEClass, CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT);
		createEReference(childhoodYouthContractEClass, CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES);

		interventionFieldEClass = createEClass(INTERVENTION_FIELD);
		createEAttribute(interventionFieldEClass, INTERVENTION_FIELD__THEME);
		createEAttribute(interventionFieldEClass, INTERVENTION_FIELD__IS_PRIORITY);
		createEAttribute(interventionFieldEClass, INTERVENTION_FIELD__JUSTIFICATION);

		territoryEClass = createEClass(TERRITORY);
		createEAttribute(territoryEClass, TERRITORY__NAME);
		createEAttribute(territoryEClass, TERRITORY__TYPE);
		createEAttribute(territoryEClass, TERRITORY__CHARACTER);
		createEAttribute(territoryEClass, TERRITORY__CODE);
		createEAttribute(territoryEClass, TERRITORY__POPULATION);
		createEAttribute(territoryEClass, TERRITORY__POPULATION_YEAR);
		createEAttribute(territoryEClass, TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT);
		createEAttribute(territoryEClass, TERRITORY__INCOME_PER_INHABITANT);
		createEReference(territoryEClass, TERRITORY__COMPETENT_CAF);
		createEReference(territoryEClass, TERRITORY__MUNICIPALITIES);
		createEReference(territoryEClass, TERRITORY__SEAT);
		createEReference(territoryEClass, TERRITORY__COMPETENCES);

		municipalityEClass = createEClass(MUNICIPALITY);
		createEAttribute(municipalityEClass, MUNICIPALITY__NAME);
		createEAttribute(municipalityEClass, MUNICIPALITY__INSEE_CODE);
		createEAttribute(municipalityEClass, MUNICIPALITY__POPULATION);
		createEAttribute(municipalityEClass, MUNICIPALITY__POPULATION_YEAR);
		createEAttribute(municipalityEClass, MUNICIPALITY__HAS_QPV);
		createEAttribute(municipalityEClass, MUNICIPALITY__IS_ZRR);
		createEAttribute(municipalityEClass, MUNICIPALITY__IS_NEW_MUNICIPALITY);
		createEReference(municipalityEClass, MUNICIPALITY__DELEGATED_MUNICIPALITIES);

		delegatedMunicipalityEClass = createEClass(DELEGATED_MUNICIPALITY);
		createEAttribute(delegatedMunicipalityEClass, DELEGATED_MUNICIPALITY__NAME);
		createEAttribute(delegatedMunicipalityEClass, DELEGATED_MUNICIPALITY__INSEE_CODE);
		createEAttribute(delegatedMunicipalityEClass, DELEGATED_MUNICIPALITY__POPULATION);

		competenceEClass = createEClass(COMPETENCE);
		createEAttribute(competenceEClass, COMPETENCE__THEME);
		createEAttribute(competenceEClass, COMPETENCE__IS_TRANSFERRED);
		createEReference(competenceEClass, COMPETENCE__RETAINING_MUNICIPALITIES);
		createEAttribute(competenceEClass, COMPETENCE__DESCRIPTION);

		departmentalSchemeLinkEClass = createEClass(DEPARTMENTAL_SCHEME_LINK);
		createEAttribute(departmentalSchemeLinkEClass, DEPARTMENTAL_SCHEME_LINK__SCHEME);
		createEAttribute(departmentalSchemeLinkEClass, DEPARTMENTAL_SCHEME_LINK__TITLE);
		createEAttribute(departmentalSchemeLinkEClass, DEPARTMENTAL_SCHEME_LINK__PERIOD);

		linkedContractEClass = createEClass(LINKED_CONTRACT);
		createEAttribute(linkedContractEClass, LINKED_CONTRACT__TYPE);
		createEAttribute(linkedContractEClass, LINKED_CONTRACT__TITLE);
		createEAttribute(linkedContractEClass, LINKED_CONTRACT__PERIOD);

		articleInstanceEClass = createEClass(ARTICLE_INSTANCE);
		createEAttribute(articleInstanceEClass, ARTICLE_INSTANCE__NUMBER);
		createEAttribute(articleInstanceEClass, ARTICLE_INSTANCE__TITLE);
		createEAttribute(articleInstanceEClass, ARTICLE_INSTANCE__BODY);
		createEReference(articleInstanceEClass, ARTICLE_INSTANCE__TEMPLATE);
		createEAttribute(articleInstanceEClass, ARTICLE_INSTANCE__IS_LOCALLY_MODIFIED);

		annexInstanceEClass = createEClass(ANNEX_INSTANCE);
		createEAttribute(annexInstanceEClass, ANNEX_INSTANCE__NUMBER);
		createEAttribute(annexInstanceEClass, ANNEX_INSTANCE__TITLE);
		createEAttribute(annexInstanceEClass, ANNEX_INSTANCE__KIND);
		createEAttribute(annexInstanceEClass, ANNEX_INSTANCE__ATTACHMENT_URI);
		createEReference(annexInstanceEClass, ANNEX_INSTANCE__TEMPLATE);

		// Create enums
		thematicDomainEEnum = createEEnum(THEMATIC_DOMAIN);
		partnerTypeEEnum = createEEnum(PARTNER_TYPE);
		territoryTypeEEnum = createEEnum(TERRITORY_TYPE);
		ctgStatusEEnum = createEEnum(CTG_STATUS);
		partyRoleEEnum = createEEnum(PARTY_ROLE);
		targetPublicEEnum = createEEnum(TARGET_PUBLIC);
		schemeTypeEEnum = createEEnum(SCHEME_TYPE);
		contractTypeEEnum = createEEnum(CONTRACT_TYPE);
		annexKindEEnum = createEEnum(ANNEX_KIND);
		operatorNatureEEnum = createEEnum(OPERATOR_NATURE);
		areaCharacterEEnum = createEEnum(AREA_CHARACTER);
		datePrecisionEEnum = createEEnum(DATE_PRECISION);

		// Create data types
		dateEDataType = createEDataType(DATE);
		monthDayEDataType = createEDataType(MONTH_DAY);
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
		PlanPackage thePlanPackage = (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		FundingPackage theFundingPackage = (FundingPackage)EPackage.Registry.INSTANCE.getEPackage(FundingPackage.eNS_URI);
		GovernancePackage theGovernancePackage = (GovernancePackage)EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		DeploymentPackage theDeploymentPackage = (DeploymentPackage)EPackage.Registry.INSTANCE.getEPackage(DeploymentPackage.eNS_URI);
		TemplatePackage theTemplatePackage = (TemplatePackage)EPackage.Registry.INSTANCE.getEPackage(TemplatePackage.eNS_URI);

		// Add subpackages
		getESubpackages().add(thePlanPackage);
		getESubpackages().add(theFundingPackage);
		getESubpackages().add(theGovernancePackage);
		getESubpackages().add(theDeploymentPackage);
		getESubpackages().add(theTemplatePackage);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		ctgWorkspaceEClass.getESuperTypes().add(this.getIdentified());
		organisationEClass.getESuperTypes().add(this.getIdentified());
		globalTerritorialAgreementEClass.getESuperTypes().add(this.getIdentified());
		agreementPartyEClass.getESuperTypes().add(this.getIdentified());
		representativeEClass.getESuperTypes().add(this.getIdentified());
		childhoodYouthContractEClass.getESuperTypes().add(this.getIdentified());
		interventionFieldEClass.getESuperTypes().add(this.getIdentified());
		territoryEClass.getESuperTypes().add(this.getIdentified());
		municipalityEClass.getESuperTypes().add(this.getIdentified());
		delegatedMunicipalityEClass.getESuperTypes().add(this.getIdentified());
		competenceEClass.getESuperTypes().add(this.getIdentified());
		departmentalSchemeLinkEClass.getESuperTypes().add(this.getIdentified());
		linkedContractEClass.getESuperTypes().add(this.getIdentified());
		articleInstanceEClass.getESuperTypes().add(this.getIdentified());
		annexInstanceEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ctgWorkspaceEClass, CtgWorkspace.class, "CtgWorkspace", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCtgWorkspace_Name(), ecorePackage.getEString(), "name", null, 0, 1, CtgWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCtgWorkspace_Organisations(), this.getOrganisation(), null, "organisations", null, 0, -1, CtgWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCtgWorkspace_Municipalities(), this.getMunicipality(), null, "municipalities", null, 0, -1, CtgWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCtgWorkspace_Territories(), this.getTerritory(), null, "territories", null, 0, -1, CtgWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCtgWorkspace_Templates(), theTemplatePackage.getConventionTemplate(), null, "templates", null, 0, -1, CtgWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCtgWorkspace_Agreements(), this.getGlobalTerritorialAgreement(), null, "agreements", null, 0, -1, CtgWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCtgWorkspace_DeploymentPlans(), theDeploymentPackage.getCafDeploymentPlan(), null, "deploymentPlans", null, 0, -1, CtgWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Type(), this.getPartnerType(), "type", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Siren(), ecorePackage.getEString(), "siren", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Municipality(), this.getMunicipality(), null, "municipality", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Territory(), this.getTerritory(), null, "territory", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_IsOperator(), ecorePackage.getEBoolean(), "isOperator", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_OperatorNature(), this.getOperatorNature(), "operatorNature", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Siret(), ecorePackage.getEString(), "siret", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(globalTerritorialAgreementEClass, GlobalTerritorialAgreement.class, "GlobalTerritorialAgreement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGlobalTerritorialAgreement_Code(), ecorePackage.getEString(), "code", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_Title(), ecorePackage.getEString(), "title", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_Generation(), ecorePackage.getEInt(), "generation", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_Status(), this.getCtgStatus(), "status", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_SignatureDate(), this.getDate(), "signatureDate", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_StartDate(), this.getDate(), "startDate", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_EndDate(), this.getDate(), "endDate", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_DurationYears(), ecorePackage.getEInt(), "durationYears", null, 0, 1, GlobalTerritorialAgreement.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_EffectiveEndDate(), this.getDate(), "effectiveEndDate", null, 0, 1, GlobalTerritorialAgreement.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_CogPeriod(), ecorePackage.getEString(), "cogPeriod", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGlobalTerritorialAgreement_TemplateVersion(), ecorePackage.getEString(), "templateVersion", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Territory(), this.getTerritory(), null, "territory", null, 1, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Template(), theTemplatePackage.getConventionTemplate(), null, "template", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Predecessor(), this.getGlobalTerritorialAgreement(), null, "predecessor", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_ReplacedCejs(), this.getChildhoodYouthContract(), null, "replacedCejs", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Parties(), this.getAgreementParty(), null, "parties", null, 2, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_InterventionFields(), this.getInterventionField(), null, "interventionFields", null, 1, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Diagnosis(), thePlanPackage.getSharedDiagnosis(), null, "diagnosis", null, 1, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Axes(), thePlanPackage.getStrategicAxis(), null, "axes", null, 1, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Actions(), thePlanPackage.getAction(), null, "actions", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Facilities(), theFundingPackage.getFacility(), null, "facilities", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Fundings(), theFundingPackage.getFunding(), null, "fundings", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Commitments(), theFundingPackage.getPartnerCommitment(), null, "commitments", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Governance(), theGovernancePackage.getGovernance(), null, "governance", null, 1, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Evaluations(), theGovernancePackage.getEvaluation(), null, "evaluations", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Amendments(), theGovernancePackage.getAmendment(), null, "amendments", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_DevelopmentPlan(), theFundingPackage.getDevelopmentPlan(), null, "developmentPlan", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_SchemeLinks(), this.getDepartmentalSchemeLink(), null, "schemeLinks", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_LinkedContracts(), this.getLinkedContract(), null, "linkedContracts", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Articles(), this.getArticleInstance(), null, "articles", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_Annexes(), this.getAnnexInstance(), null, "annexes", null, 0, -1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGlobalTerritorialAgreement_RuleOverrides(), theTemplatePackage.getRuleParameterSet(), null, "ruleOverrides", null, 0, 1, GlobalTerritorialAgreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agreementPartyEClass, AgreementParty.class, "AgreementParty", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAgreementParty_Organisation(), this.getOrganisation(), null, "organisation", null, 1, 1, AgreementParty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgreementParty_Role(), this.getPartyRole(), "role", null, 0, 1, AgreementParty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgreementParty_Representatives(), this.getRepresentative(), null, "representatives", null, 0, -1, AgreementParty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgreementParty_DeliberationBody(), ecorePackage.getEString(), "deliberationBody", null, 0, 1, AgreementParty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgreementParty_DeliberationDate(), this.getDate(), "deliberationDate", null, 0, 1, AgreementParty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgreementParty_SignatureDate(), this.getDate(), "signatureDate", null, 0, 1, AgreementParty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(representativeEClass, Representative.class, "Representative", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRepresentative_Name(), ecorePackage.getEString(), "name", null, 0, 1, Representative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepresentative_Capacity(), ecorePackage.getEString(), "capacity", null, 0, 1, Representative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(childhoodYouthContractEClass, ChildhoodYouthContract.class, "ChildhoodYouthContract", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChildhoodYouthContract_Code(), ecorePackage.getEString(), "code", null, 0, 1, ChildhoodYouthContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChildhoodYouthContract_Title(), ecorePackage.getEString(), "title", null, 0, 1, ChildhoodYouthContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChildhoodYouthContract_StartDate(), this.getDate(), "startDate", null, 0, 1, ChildhoodYouthContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChildhoodYouthContract_EndDate(), this.getDate(), "endDate", null, 0, 1, ChildhoodYouthContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChildhoodYouthContract_ReplacementDate(), this.getDate(), "replacementDate", null, 0, 1, ChildhoodYouthContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChildhoodYouthContract_AnnualCafAmount(), ecorePackage.getEBigDecimal(), "annualCafAmount", null, 0, 1, ChildhoodYouthContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChildhoodYouthContract_Signatories(), this.getOrganisation(), null, "signatories", null, 0, -1, ChildhoodYouthContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interventionFieldEClass, InterventionField.class, "InterventionField", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterventionField_Theme(), this.getThematicDomain(), "theme", null, 0, 1, InterventionField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterventionField_IsPriority(), ecorePackage.getEBoolean(), "isPriority", null, 0, 1, InterventionField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterventionField_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, InterventionField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(territoryEClass, Territory.class, "Territory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerritory_Name(), ecorePackage.getEString(), "name", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritory_Type(), this.getTerritoryType(), "type", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritory_Character(), this.getAreaCharacter(), "character", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritory_Code(), ecorePackage.getEString(), "code", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritory_Population(), ecorePackage.getEIntegerObject(), "population", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritory_PopulationYear(), ecorePackage.getEInt(), "populationYear", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritory_FinancialPotentialPerInhabitant(), ecorePackage.getEBigDecimal(), "financialPotentialPerInhabitant", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritory_IncomePerInhabitant(), ecorePackage.getEBigDecimal(), "incomePerInhabitant", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerritory_CompetentCaf(), this.getOrganisation(), null, "competentCaf", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerritory_Municipalities(), this.getMunicipality(), null, "municipalities", null, 0, -1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerritory_Seat(), this.getMunicipality(), null, "seat", null, 0, 1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerritory_Competences(), this.getCompetence(), null, "competences", null, 0, -1, Territory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(municipalityEClass, Municipality.class, "Municipality", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMunicipality_Name(), ecorePackage.getEString(), "name", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMunicipality_InseeCode(), ecorePackage.getEString(), "inseeCode", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMunicipality_Population(), ecorePackage.getEIntegerObject(), "population", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMunicipality_PopulationYear(), ecorePackage.getEInt(), "populationYear", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMunicipality_HasQpv(), ecorePackage.getEBoolean(), "hasQpv", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMunicipality_IsZrr(), ecorePackage.getEBoolean(), "isZrr", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMunicipality_IsNewMunicipality(), ecorePackage.getEBoolean(), "isNewMunicipality", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMunicipality_DelegatedMunicipalities(), this.getDelegatedMunicipality(), null, "delegatedMunicipalities", null, 0, -1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(delegatedMunicipalityEClass, DelegatedMunicipality.class, "DelegatedMunicipality", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDelegatedMunicipality_Name(), ecorePackage.getEString(), "name", null, 0, 1, DelegatedMunicipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDelegatedMunicipality_InseeCode(), ecorePackage.getEString(), "inseeCode", null, 0, 1, DelegatedMunicipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDelegatedMunicipality_Population(), ecorePackage.getEIntegerObject(), "population", null, 0, 1, DelegatedMunicipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(competenceEClass, Competence.class, "Competence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompetence_Theme(), this.getThematicDomain(), "theme", null, 0, 1, Competence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetence_IsTransferred(), ecorePackage.getEBoolean(), "isTransferred", null, 0, 1, Competence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetence_RetainingMunicipalities(), this.getMunicipality(), null, "retainingMunicipalities", null, 0, -1, Competence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetence_Description(), ecorePackage.getEString(), "description", null, 0, 1, Competence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(departmentalSchemeLinkEClass, DepartmentalSchemeLink.class, "DepartmentalSchemeLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDepartmentalSchemeLink_Scheme(), this.getSchemeType(), "scheme", null, 0, 1, DepartmentalSchemeLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartmentalSchemeLink_Title(), ecorePackage.getEString(), "title", null, 0, 1, DepartmentalSchemeLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartmentalSchemeLink_Period(), ecorePackage.getEString(), "period", null, 0, 1, DepartmentalSchemeLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkedContractEClass, LinkedContract.class, "LinkedContract", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLinkedContract_Type(), this.getContractType(), "type", null, 0, 1, LinkedContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkedContract_Title(), ecorePackage.getEString(), "title", null, 0, 1, LinkedContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkedContract_Period(), ecorePackage.getEString(), "period", null, 0, 1, LinkedContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(articleInstanceEClass, ArticleInstance.class, "ArticleInstance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArticleInstance_Number(), ecorePackage.getEString(), "number", null, 0, 1, ArticleInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticleInstance_Title(), ecorePackage.getEString(), "title", null, 0, 1, ArticleInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticleInstance_Body(), ecorePackage.getEString(), "body", null, 0, 1, ArticleInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArticleInstance_Template(), theTemplatePackage.getArticleTemplate(), null, "template", null, 0, 1, ArticleInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticleInstance_IsLocallyModified(), ecorePackage.getEBoolean(), "isLocallyModified", null, 0, 1, ArticleInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annexInstanceEClass, AnnexInstance.class, "AnnexInstance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnexInstance_Number(), ecorePackage.getEString(), "number", null, 0, 1, AnnexInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnexInstance_Title(), ecorePackage.getEString(), "title", null, 0, 1, AnnexInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnexInstance_Kind(), this.getAnnexKind(), "kind", null, 0, 1, AnnexInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnexInstance_AttachmentUri(), ecorePackage.getEString(), "attachmentUri", null, 0, 1, AnnexInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnexInstance_Template(), theTemplatePackage.getAnnexTemplate(), null, "template", null, 0, 1, AnnexInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(thematicDomainEEnum, ThematicDomain.class, "ThematicDomain");
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.EARLY_CHILDHOOD);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.CHILDHOOD);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.YOUTH);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.PARENTING);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.COMMUNITY_LIFE);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.ACCESS_TO_RIGHTS);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.DIGITAL_INCLUSION);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.HOUSING);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.DISABILITY);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.SOCIAL_SUPPORT);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.INSERTION);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.AGEING);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.HEALTH);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.MOBILITY);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.COORDINATION);
		addEEnumLiteral(thematicDomainEEnum, ThematicDomain.OTHER);

		initEEnum(partnerTypeEEnum, PartnerType.class, "PartnerType");
		addEEnumLiteral(partnerTypeEEnum, PartnerType.CAF);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.MSA);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.MUNICIPALITY);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.EPCI);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.INTERMUNICIPAL_SYNDICATE);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.DEPARTMENT_COUNCIL);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.REGION);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.STATE);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.CPAM);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.CARSAT);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.FRANCE_TRAVAIL);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.ARS);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.NATIONAL_EDUCATION);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.SDJES);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.CCAS_CIAS);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.LOCAL_MISSION);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.ASSOCIATION);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.COMPANY);
		addEEnumLiteral(partnerTypeEEnum, PartnerType.OTHER);

		initEEnum(territoryTypeEEnum, TerritoryType.class, "TerritoryType");
		addEEnumLiteral(territoryTypeEEnum, TerritoryType.MUNICIPALITY);
		addEEnumLiteral(territoryTypeEEnum, TerritoryType.MUNICIPALITY_GROUP);
		addEEnumLiteral(territoryTypeEEnum, TerritoryType.COMMUNITY_OF_COMMUNES);
		addEEnumLiteral(territoryTypeEEnum, TerritoryType.AGGLOMERATION_COMMUNITY);
		addEEnumLiteral(territoryTypeEEnum, TerritoryType.URBAN_COMMUNITY);
		addEEnumLiteral(territoryTypeEEnum, TerritoryType.METROPOLIS);
		addEEnumLiteral(territoryTypeEEnum, TerritoryType.DEPARTMENT);

		initEEnum(ctgStatusEEnum, CtgStatus.class, "CtgStatus");
		addEEnumLiteral(ctgStatusEEnum, CtgStatus.PREPARATION);
		addEEnumLiteral(ctgStatusEEnum, CtgStatus.DIAGNOSIS);
		addEEnumLiteral(ctgStatusEEnum, CtgStatus.DRAFTING);
		addEEnumLiteral(ctgStatusEEnum, CtgStatus.SIGNED);
		addEEnumLiteral(ctgStatusEEnum, CtgStatus.IN_FORCE);
		addEEnumLiteral(ctgStatusEEnum, CtgStatus.EXPIRED);
		addEEnumLiteral(ctgStatusEEnum, CtgStatus.RENEWED);
		addEEnumLiteral(ctgStatusEEnum, CtgStatus.TERMINATED);

		initEEnum(partyRoleEEnum, PartyRole.class, "PartyRole");
		addEEnumLiteral(partyRoleEEnum, PartyRole.SIGNATORY);
		addEEnumLiteral(partyRoleEEnum, PartyRole.ASSOCIATED_PARTNER);

		initEEnum(targetPublicEEnum, TargetPublic.class, "TargetPublic");
		addEEnumLiteral(targetPublicEEnum, TargetPublic.FAMILIES);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.PARENTS);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.CHILDREN_03);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.CHILDREN_311);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.YOUTH_12_17);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.YOUTH_18_25);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.YOUTH_13_PLUS);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.CHILDMINDERS);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.PROFESSIONALS);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.RESIDENTS);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.SENIORS);
		addEEnumLiteral(targetPublicEEnum, TargetPublic.BENEFICIARIES);

		initEEnum(schemeTypeEEnum, SchemeType.class, "SchemeType");
		addEEnumLiteral(schemeTypeEEnum, SchemeType.SDSF);
		addEEnumLiteral(schemeTypeEEnum, SchemeType.SDAVS);
		addEEnumLiteral(schemeTypeEEnum, SchemeType.SDAASP);

		initEEnum(contractTypeEEnum, ContractType.class, "ContractType");
		addEEnumLiteral(contractTypeEEnum, ContractType.CITY_CONTRACT);
		addEEnumLiteral(contractTypeEEnum, ContractType.RURALITY_CONTRACT);
		addEEnumLiteral(contractTypeEEnum, ContractType.CRTE);
		addEEnumLiteral(contractTypeEEnum, ContractType.CLS);
		addEEnumLiteral(contractTypeEEnum, ContractType.PEDT);

		initEEnum(annexKindEEnum, AnnexKind.class, "AnnexKind");
		addEEnumLiteral(annexKindEEnum, AnnexKind.PARTNER_MEANS);
		addEEnumLiteral(annexKindEEnum, AnnexKind.SHARED_DIAGNOSIS);
		addEEnumLiteral(annexKindEEnum, AnnexKind.GOVERNANCE);
		addEEnumLiteral(annexKindEEnum, AnnexKind.ACTION_SHEETS);
		addEEnumLiteral(annexKindEEnum, AnnexKind.EVALUATION);
		addEEnumLiteral(annexKindEEnum, AnnexKind.DELIBERATIONS);
		addEEnumLiteral(annexKindEEnum, AnnexKind.DATA_EXCHANGE);
		addEEnumLiteral(annexKindEEnum, AnnexKind.LINKED_CONTRACTS);
		addEEnumLiteral(annexKindEEnum, AnnexKind.DEVELOPMENT_PLAN);
		addEEnumLiteral(annexKindEEnum, AnnexKind.OTHER);

		initEEnum(operatorNatureEEnum, OperatorNature.class, "OperatorNature");
		addEEnumLiteral(operatorNatureEEnum, OperatorNature.PUBLIC);
		addEEnumLiteral(operatorNatureEEnum, OperatorNature.NON_PROFIT);
		addEEnumLiteral(operatorNatureEEnum, OperatorNature.PRIVATE);
		addEEnumLiteral(operatorNatureEEnum, OperatorNature.EMPLOYER);

		initEEnum(areaCharacterEEnum, AreaCharacter.class, "AreaCharacter");
		addEEnumLiteral(areaCharacterEEnum, AreaCharacter.NOT_SPECIFIED);
		addEEnumLiteral(areaCharacterEEnum, AreaCharacter.URBAN_CENTRE);
		addEEnumLiteral(areaCharacterEEnum, AreaCharacter.URBAN);
		addEEnumLiteral(areaCharacterEEnum, AreaCharacter.PERIURBAN);
		addEEnumLiteral(areaCharacterEEnum, AreaCharacter.RURAL);

		initEEnum(datePrecisionEEnum, DatePrecision.class, "DatePrecision");
		addEEnumLiteral(datePrecisionEEnum, DatePrecision.EXACT);
		addEEnumLiteral(datePrecisionEEnum, DatePrecision.MONTH);
		addEEnumLiteral(datePrecisionEEnum, DatePrecision.QUARTER);
		addEEnumLiteral(datePrecisionEEnum, DatePrecision.HALF_YEAR);
		addEEnumLiteral(datePrecisionEEnum, DatePrecision.YEAR);
		addEEnumLiteral(datePrecisionEEnum, DatePrecision.NOT_AFTER);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(monthDayEDataType, MonthDay.class, "MonthDay", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://ctgstudio.org/ctg/labels
		createLabelsAnnotations();
		// http://ctgstudio.org/ctg/property-categories
		createPropertycategoriesAnnotations();
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
			   "fr", "CTG",
			   "en", "CTG"
		   });
		addAnnotation
		  (thematicDomainEEnum,
		   source,
		   new String[] {
			   "fr", "Th\u00e9matique",
			   "en", "Thematic domain"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Petite enfance (0\u20133 ans)",
			   "en", "Early childhood (0\u20133)"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Enfance (3\u201311 ans)",
			   "en", "Childhood (3\u201311)"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Jeunesse (12\u201325 ans)",
			   "en", "Youth (12\u201325)"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Soutien \u00e0 la parentalit\u00e9",
			   "en", "Parenting support"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Animation de la vie sociale",
			   "en", "Community life"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "Acc\u00e8s aux droits",
			   "en", "Access to rights"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "fr", "Inclusion num\u00e9rique",
			   "en", "Digital inclusion"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "fr", "Logement",
			   "en", "Housing"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "fr", "Handicap",
			   "en", "Disability"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(9),
		   source,
		   new String[] {
			   "fr", "Accompagnement social",
			   "en", "Social support"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(10),
		   source,
		   new String[] {
			   "fr", "Insertion, pr\u00e9carit\u00e9",
			   "en", "Insertion, precariousness"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(11),
		   source,
		   new String[] {
			   "fr", "Seniors",
			   "en", "Ageing"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(12),
		   source,
		   new String[] {
			   "fr", "Sant\u00e9",
			   "en", "Health"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(13),
		   source,
		   new String[] {
			   "fr", "Mobilit\u00e9",
			   "en", "Mobility"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(14),
		   source,
		   new String[] {
			   "fr", "Coordination, pilotage du partenariat",
			   "en", "Coordination and partnership steering"
		   });
		addAnnotation
		  (thematicDomainEEnum.getELiterals().get(15),
		   source,
		   new String[] {
			   "fr", "Autre",
			   "en", "Other"
		   });
		addAnnotation
		  (partnerTypeEEnum,
		   source,
		   new String[] {
			   "fr", "Type de partenaire",
			   "en", "Partner type"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Caf",
			   "en", "Caf"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "MSA",
			   "en", "MSA"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Commune",
			   "en", "Municipality"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Intercommunalit\u00e9 (EPCI)",
			   "en", "Intermunicipality (EPCI)"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Syndicat intercommunal",
			   "en", "Intermunicipal syndicate"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "Conseil d\u00e9partemental",
			   "en", "Department council"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "fr", "R\u00e9gion",
			   "en", "Region"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "fr", "\u00c9tat / pr\u00e9fecture",
			   "en", "State / prefecture"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "fr", "CPAM",
			   "en", "CPAM"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(9),
		   source,
		   new String[] {
			   "fr", "Carsat",
			   "en", "Carsat"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(10),
		   source,
		   new String[] {
			   "fr", "France Travail (ex-P\u00f4le emploi)",
			   "en", "France Travail (formerly P\u00f4le emploi)"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(11),
		   source,
		   new String[] {
			   "fr", "Agence r\u00e9gionale de sant\u00e9",
			   "en", "Regional health agency (ARS)"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(12),
		   source,
		   new String[] {
			   "fr", "\u00c9ducation nationale",
			   "en", "National education"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(13),
		   source,
		   new String[] {
			   "fr", "SDJES",
			   "en", "SDJES"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(14),
		   source,
		   new String[] {
			   "fr", "CCAS / CIAS",
			   "en", "CCAS / CIAS"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(15),
		   source,
		   new String[] {
			   "fr", "Mission locale",
			   "en", "Local mission"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(16),
		   source,
		   new String[] {
			   "fr", "Association",
			   "en", "Association"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(17),
		   source,
		   new String[] {
			   "fr", "Entreprise",
			   "en", "Company"
		   });
		addAnnotation
		  (partnerTypeEEnum.getELiterals().get(18),
		   source,
		   new String[] {
			   "fr", "Autre",
			   "en", "Other"
		   });
		addAnnotation
		  (territoryTypeEEnum,
		   source,
		   new String[] {
			   "fr", "Type de territoire",
			   "en", "Territory type"
		   });
		addAnnotation
		  (territoryTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Commune",
			   "en", "Municipality"
		   });
		addAnnotation
		  (territoryTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Groupement de communes",
			   "en", "Municipality group"
		   });
		addAnnotation
		  (territoryTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Communaut\u00e9 de communes",
			   "en", "Community of communes"
		   });
		addAnnotation
		  (territoryTypeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Communaut\u00e9 d\'agglom\u00e9ration",
			   "en", "Agglomeration community"
		   });
		addAnnotation
		  (territoryTypeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Communaut\u00e9 urbaine",
			   "en", "Urban community"
		   });
		addAnnotation
		  (territoryTypeEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "M\u00e9tropole",
			   "en", "Metropolis"
		   });
		addAnnotation
		  (territoryTypeEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "fr", "D\u00e9partement",
			   "en", "Department"
		   });
		addAnnotation
		  (ctgStatusEEnum,
		   source,
		   new String[] {
			   "fr", "Statut de la CTG",
			   "en", "CTG status"
		   });
		addAnnotation
		  (ctgStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "En pr\u00e9paration",
			   "en", "In preparation"
		   });
		addAnnotation
		  (ctgStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Diagnostic en cours",
			   "en", "Diagnosis in progress"
		   });
		addAnnotation
		  (ctgStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "En \u00e9laboration",
			   "en", "Drafting"
		   });
		addAnnotation
		  (ctgStatusEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Sign\u00e9e",
			   "en", "Signed"
		   });
		addAnnotation
		  (ctgStatusEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "En vigueur",
			   "en", "In force"
		   });
		addAnnotation
		  (ctgStatusEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "\u00c9chue",
			   "en", "Expired"
		   });
		addAnnotation
		  (ctgStatusEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "fr", "Renouvel\u00e9e",
			   "en", "Renewed"
		   });
		addAnnotation
		  (ctgStatusEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "fr", "R\u00e9sili\u00e9e",
			   "en", "Terminated"
		   });
		addAnnotation
		  (partyRoleEEnum,
		   source,
		   new String[] {
			   "fr", "R\u00f4le",
			   "en", "Party role"
		   });
		addAnnotation
		  (partyRoleEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Signataire",
			   "en", "Signatory"
		   });
		addAnnotation
		  (partyRoleEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Partenaire associ\u00e9",
			   "en", "Associated partner"
		   });
		addAnnotation
		  (targetPublicEEnum,
		   source,
		   new String[] {
			   "fr", "Public",
			   "en", "Target public"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Familles",
			   "en", "Families"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Parents",
			   "en", "Parents"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "0\u20133 ans",
			   "en", "Children 0\u20133"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "3\u201311 ans",
			   "en", "Children 3\u201311"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "12\u201317 ans",
			   "en", "Youth 12\u201317"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "18\u201325 ans",
			   "en", "Youth 18\u201325"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "fr", "13 ans et plus",
			   "en", "Youth 13 and over"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "fr", "Assistants maternels",
			   "en", "Childminders"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "fr", "Professionnels",
			   "en", "Professionals"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(9),
		   source,
		   new String[] {
			   "fr", "Habitants",
			   "en", "Residents"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(10),
		   source,
		   new String[] {
			   "fr", "Seniors",
			   "en", "Seniors"
		   });
		addAnnotation
		  (targetPublicEEnum.getELiterals().get(11),
		   source,
		   new String[] {
			   "fr", "Allocataires",
			   "en", "Beneficiaries"
		   });
		addAnnotation
		  (schemeTypeEEnum,
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma d\u00e9partemental",
			   "en", "Scheme type"
		   });
		addAnnotation
		  (schemeTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma d\u00e9partemental des services aux familles",
			   "en", "Departmental family services scheme (SDSF)"
		   });
		addAnnotation
		  (schemeTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma d\u00e9partemental d\'animation de la vie sociale",
			   "en", "Departmental community life scheme (SDAVS)"
		   });
		addAnnotation
		  (schemeTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma d\u00e9partemental d\'am\u00e9lioration de l\'accessibilit\u00e9 des services au public",
			   "en", "Departmental public service accessibility scheme (SDAASP)"
		   });
		addAnnotation
		  (contractTypeEEnum,
		   source,
		   new String[] {
			   "fr", "Type de contrat",
			   "en", "Contract type"
		   });
		addAnnotation
		  (contractTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Contrat de ville",
			   "en", "City contract"
		   });
		addAnnotation
		  (contractTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Contrat de ruralit\u00e9",
			   "en", "Rurality contract"
		   });
		addAnnotation
		  (contractTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "CRTE",
			   "en", "CRTE"
		   });
		addAnnotation
		  (contractTypeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Contrat local de sant\u00e9",
			   "en", "Local health contract (CLS)"
		   });
		addAnnotation
		  (contractTypeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Projet \u00e9ducatif territorial",
			   "en", "Territorial educational project (PEDT)"
		   });
		addAnnotation
		  (annexKindEEnum,
		   source,
		   new String[] {
			   "fr", "Nature d\'annexe",
			   "en", "Annex kind"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Moyens mobilis\u00e9s par chaque partenaire",
			   "en", "Means per partner"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Diagnostic partag\u00e9",
			   "en", "Shared diagnosis"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Gouvernance",
			   "en", "Governance"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Fiches actions",
			   "en", "Action sheets"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "\u00c9valuation",
			   "en", "Evaluation"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "D\u00e9lib\u00e9rations",
			   "en", "Deliberations"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "fr", "Conventions d\'\u00e9change de donn\u00e9es",
			   "en", "Data-exchange agreements"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "fr", "Articulation avec d\'autres contrats",
			   "en", "Other contracts"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma de d\u00e9veloppement",
			   "en", "Development plan"
		   });
		addAnnotation
		  (annexKindEEnum.getELiterals().get(9),
		   source,
		   new String[] {
			   "fr", "Autre",
			   "en", "Other"
		   });
		addAnnotation
		  (operatorNatureEEnum,
		   source,
		   new String[] {
			   "fr", "Nature",
			   "en", "Operator nature"
		   });
		addAnnotation
		  (operatorNatureEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Public",
			   "en", "Public"
		   });
		addAnnotation
		  (operatorNatureEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Associatif",
			   "en", "Non-profit"
		   });
		addAnnotation
		  (operatorNatureEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Priv\u00e9",
			   "en", "Private"
		   });
		addAnnotation
		  (operatorNatureEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Entreprise",
			   "en", "Employer"
		   });
		addAnnotation
		  (areaCharacterEEnum,
		   source,
		   new String[] {
			   "fr", "Caract\u00e8re du territoire",
			   "en", "Area character"
		   });
		addAnnotation
		  (areaCharacterEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Non renseign\u00e9",
			   "en", "Not specified"
		   });
		addAnnotation
		  (areaCharacterEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Ville-centre, p\u00f4le urbain",
			   "en", "Urban centre"
		   });
		addAnnotation
		  (areaCharacterEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Urbain",
			   "en", "Urban"
		   });
		addAnnotation
		  (areaCharacterEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "P\u00e9riurbain",
			   "en", "Periurban"
		   });
		addAnnotation
		  (areaCharacterEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Rural",
			   "en", "Rural"
		   });
		addAnnotation
		  (datePrecisionEEnum,
		   source,
		   new String[] {
			   "fr", "Pr\u00e9cision de la date",
			   "en", "Date precision"
		   });
		addAnnotation
		  (datePrecisionEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Date exacte",
			   "en", "Exact date"
		   });
		addAnnotation
		  (datePrecisionEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Mois connu",
			   "en", "Month"
		   });
		addAnnotation
		  (datePrecisionEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Trimestre connu",
			   "en", "Quarter"
		   });
		addAnnotation
		  (datePrecisionEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Semestre connu",
			   "en", "Half-year"
		   });
		addAnnotation
		  (datePrecisionEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Ann\u00e9e connue",
			   "en", "Year"
		   });
		addAnnotation
		  (datePrecisionEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "Au plus tard \u00e0 cette date",
			   "en", "At the latest on this date"
		   });
		addAnnotation
		  (dateEDataType,
		   source,
		   new String[] {
			   "fr", "Date",
			   "en", "Date"
		   });
		addAnnotation
		  (monthDayEDataType,
		   source,
		   new String[] {
			   "fr", "Jour de l\'ann\u00e9e",
			   "en", "Day of year"
		   });
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[] {
			   "fr", "\u00c9l\u00e9ment identifi\u00e9",
			   "en", "Identified"
		   });
		addAnnotation
		  (getIdentified_Id(),
		   source,
		   new String[] {
			   "fr", "Identifiant",
			   "en", "Id"
		   });
		addAnnotation
		  (ctgWorkspaceEClass,
		   source,
		   new String[] {
			   "fr", "Espace de mod\u00e9lisation CTG",
			   "en", "Ctg workspace"
		   });
		addAnnotation
		  (getCtgWorkspace_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getCtgWorkspace_Organisations(),
		   source,
		   new String[] {
			   "fr", "Organismes",
			   "en", "Organisations"
		   });
		addAnnotation
		  (getCtgWorkspace_Municipalities(),
		   source,
		   new String[] {
			   "fr", "Communes",
			   "en", "Municipalities"
		   });
		addAnnotation
		  (getCtgWorkspace_Territories(),
		   source,
		   new String[] {
			   "fr", "Territoires",
			   "en", "Territories"
		   });
		addAnnotation
		  (getCtgWorkspace_Templates(),
		   source,
		   new String[] {
			   "fr", "Mod\u00e8les",
			   "en", "Templates"
		   });
		addAnnotation
		  (getCtgWorkspace_Agreements(),
		   source,
		   new String[] {
			   "fr", "Conventions",
			   "en", "Agreements"
		   });
		addAnnotation
		  (getCtgWorkspace_DeploymentPlans(),
		   source,
		   new String[] {
			   "fr", "Plans de d\u00e9ploiement",
			   "en", "Deployment plans"
		   });
		addAnnotation
		  (organisationEClass,
		   source,
		   new String[] {
			   "fr", "Organisme",
			   "en", "Organisation"
		   });
		addAnnotation
		  (getOrganisation_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getOrganisation_Type(),
		   source,
		   new String[] {
			   "fr", "Type de partenaire",
			   "en", "Type"
		   });
		addAnnotation
		  (getOrganisation_Siren(),
		   source,
		   new String[] {
			   "fr", "SIREN",
			   "en", "Siren"
		   });
		addAnnotation
		  (getOrganisation_Municipality(),
		   source,
		   new String[] {
			   "fr", "Commune administr\u00e9e",
			   "en", "Municipality"
		   });
		addAnnotation
		  (getOrganisation_Territory(),
		   source,
		   new String[] {
			   "fr", "Territoire administr\u00e9",
			   "en", "Territory"
		   });
		addAnnotation
		  (getOrganisation_IsOperator(),
		   source,
		   new String[] {
			   "fr", "Gestionnaire d\'\u00e9quipements",
			   "en", "Is operator"
		   });
		addAnnotation
		  (getOrganisation_OperatorNature(),
		   source,
		   new String[] {
			   "fr", "Nature du gestionnaire",
			   "en", "Operator nature"
		   });
		addAnnotation
		  (getOrganisation_Siret(),
		   source,
		   new String[] {
			   "fr", "SIRET",
			   "en", "Siret"
		   });
		addAnnotation
		  (globalTerritorialAgreementEClass,
		   source,
		   new String[] {
			   "fr", "Convention territoriale globale",
			   "en", "Global territorial agreement"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Code(),
		   source,
		   new String[] {
			   "fr", "R\u00e9f\u00e9rence",
			   "en", "Code"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Title(),
		   source,
		   new String[] {
			   "fr", "Intitul\u00e9",
			   "en", "Title"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Generation(),
		   source,
		   new String[] {
			   "fr", "Rang (1re, 2e CTG\u2026)",
			   "en", "Generation"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Status(),
		   source,
		   new String[] {
			   "fr", "Statut",
			   "en", "Status"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_SignatureDate(),
		   source,
		   new String[] {
			   "fr", "Date de signature",
			   "en", "Signature date"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_StartDate(),
		   source,
		   new String[] {
			   "fr", "Date d\'effet",
			   "en", "Start date"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_EndDate(),
		   source,
		   new String[] {
			   "fr", "Date d\'\u00e9ch\u00e9ance",
			   "en", "End date"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_DurationYears(),
		   source,
		   new String[] {
			   "fr", "Dur\u00e9e (ans)",
			   "en", "Duration years"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_EffectiveEndDate(),
		   source,
		   new String[] {
			   "fr", "\u00c9ch\u00e9ance apr\u00e8s avenants",
			   "en", "Effective end date"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_CogPeriod(),
		   source,
		   new String[] {
			   "fr", "P\u00e9riode COG",
			   "en", "Cog period"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_TemplateVersion(),
		   source,
		   new String[] {
			   "fr", "Version du mod\u00e8le",
			   "en", "Template version"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Territory(),
		   source,
		   new String[] {
			   "fr", "Territoire",
			   "en", "Territory"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Template(),
		   source,
		   new String[] {
			   "fr", "Mod\u00e8le",
			   "en", "Template"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Predecessor(),
		   source,
		   new String[] {
			   "fr", "CTG pr\u00e9c\u00e9dente",
			   "en", "Predecessor"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_ReplacedCejs(),
		   source,
		   new String[] {
			   "fr", "CEJ remplac\u00e9s",
			   "en", "Replaced CEJs"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Parties(),
		   source,
		   new String[] {
			   "fr", "Parties",
			   "en", "Parties"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_InterventionFields(),
		   source,
		   new String[] {
			   "fr", "Champs d\'intervention",
			   "en", "Intervention fields"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Diagnosis(),
		   source,
		   new String[] {
			   "fr", "Diagnostic partag\u00e9",
			   "en", "Diagnosis"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Axes(),
		   source,
		   new String[] {
			   "fr", "Axes strat\u00e9giques",
			   "en", "Axes"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Actions(),
		   source,
		   new String[] {
			   "fr", "Fiches actions",
			   "en", "Actions"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Facilities(),
		   source,
		   new String[] {
			   "fr", "\u00c9quipements",
			   "en", "Facilities"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Fundings(),
		   source,
		   new String[] {
			   "fr", "Financements",
			   "en", "Fundings"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Commitments(),
		   source,
		   new String[] {
			   "fr", "Moyens mobilis\u00e9s",
			   "en", "Commitments"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Governance(),
		   source,
		   new String[] {
			   "fr", "Gouvernance",
			   "en", "Governance"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Evaluations(),
		   source,
		   new String[] {
			   "fr", "\u00c9valuations",
			   "en", "Evaluations"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Amendments(),
		   source,
		   new String[] {
			   "fr", "Avenants",
			   "en", "Amendments"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_DevelopmentPlan(),
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma de d\u00e9veloppement",
			   "en", "Development plan"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_SchemeLinks(),
		   source,
		   new String[] {
			   "fr", "Sch\u00e9mas d\u00e9partementaux",
			   "en", "Scheme links"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_LinkedContracts(),
		   source,
		   new String[] {
			   "fr", "Contrats articul\u00e9s",
			   "en", "Linked contracts"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Articles(),
		   source,
		   new String[] {
			   "fr", "Articles",
			   "en", "Articles"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_Annexes(),
		   source,
		   new String[] {
			   "fr", "Annexes",
			   "en", "Annexes"
		   });
		addAnnotation
		  (getGlobalTerritorialAgreement_RuleOverrides(),
		   source,
		   new String[] {
			   "fr", "Param\u00e8tres sp\u00e9cifiques",
			   "en", "Rule overrides"
		   });
		addAnnotation
		  (agreementPartyEClass,
		   source,
		   new String[] {
			   "fr", "Partie",
			   "en", "Agreement party"
		   });
		addAnnotation
		  (getAgreementParty_Organisation(),
		   source,
		   new String[] {
			   "fr", "Organisme",
			   "en", "Organisation"
		   });
		addAnnotation
		  (getAgreementParty_Role(),
		   source,
		   new String[] {
			   "fr", "R\u00f4le",
			   "en", "Role"
		   });
		addAnnotation
		  (getAgreementParty_Representatives(),
		   source,
		   new String[] {
			   "fr", "Repr\u00e9sentant\u00b7es",
			   "en", "Representatives"
		   });
		addAnnotation
		  (getAgreementParty_DeliberationBody(),
		   source,
		   new String[] {
			   "fr", "Instance d\u00e9lib\u00e9rante",
			   "en", "Deliberation body"
		   });
		addAnnotation
		  (getAgreementParty_DeliberationDate(),
		   source,
		   new String[] {
			   "fr", "Date de d\u00e9lib\u00e9ration",
			   "en", "Deliberation date"
		   });
		addAnnotation
		  (getAgreementParty_SignatureDate(),
		   source,
		   new String[] {
			   "fr", "Date de signature",
			   "en", "Signature date"
		   });
		addAnnotation
		  (representativeEClass,
		   source,
		   new String[] {
			   "fr", "Repr\u00e9sentant\u00b7e",
			   "en", "Representative"
		   });
		addAnnotation
		  (getRepresentative_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getRepresentative_Capacity(),
		   source,
		   new String[] {
			   "fr", "Qualit\u00e9",
			   "en", "Capacity"
		   });
		addAnnotation
		  (childhoodYouthContractEClass,
		   source,
		   new String[] {
			   "fr", "Contrat enfance jeunesse (CEJ)",
			   "en", "Childhood and youth contract (CEJ)"
		   });
		addAnnotation
		  (getChildhoodYouthContract_Code(),
		   source,
		   new String[] {
			   "fr", "R\u00e9f\u00e9rence",
			   "en", "Code"
		   });
		addAnnotation
		  (getChildhoodYouthContract_Title(),
		   source,
		   new String[] {
			   "fr", "Intitul\u00e9",
			   "en", "Title"
		   });
		addAnnotation
		  (getChildhoodYouthContract_StartDate(),
		   source,
		   new String[] {
			   "fr", "D\u00e9but",
			   "en", "Start date"
		   });
		addAnnotation
		  (getChildhoodYouthContract_EndDate(),
		   source,
		   new String[] {
			   "fr", "Fin",
			   "en", "End date"
		   });
		addAnnotation
		  (getChildhoodYouthContract_ReplacementDate(),
		   source,
		   new String[] {
			   "fr", "Remplac\u00e9 par la CTG le",
			   "en", "Replaced by the CTG on"
		   });
		addAnnotation
		  (getChildhoodYouthContract_AnnualCafAmount(),
		   source,
		   new String[] {
			   "fr", "Montant annuel vers\u00e9 par la Caf (PSEJ)",
			   "en", "Annual Caf amount (PSEJ)"
		   });
		addAnnotation
		  (getChildhoodYouthContract_Signatories(),
		   source,
		   new String[] {
			   "fr", "Signataires",
			   "en", "Signatories"
		   });
		addAnnotation
		  (interventionFieldEClass,
		   source,
		   new String[] {
			   "fr", "Champ d\'intervention",
			   "en", "Intervention field"
		   });
		addAnnotation
		  (getInterventionField_Theme(),
		   source,
		   new String[] {
			   "fr", "Th\u00e9matique",
			   "en", "Theme"
		   });
		addAnnotation
		  (getInterventionField_IsPriority(),
		   source,
		   new String[] {
			   "fr", "\u00c0 privil\u00e9gier",
			   "en", "Is priority"
		   });
		addAnnotation
		  (getInterventionField_Justification(),
		   source,
		   new String[] {
			   "fr", "\u00c9cart offre/besoin",
			   "en", "Justification"
		   });
		addAnnotation
		  (territoryEClass,
		   source,
		   new String[] {
			   "fr", "Territoire",
			   "en", "Territory"
		   });
		addAnnotation
		  (getTerritory_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getTerritory_Type(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Type"
		   });
		addAnnotation
		  (getTerritory_Character(),
		   source,
		   new String[] {
			   "fr", "Caract\u00e8re",
			   "en", "Character"
		   });
		addAnnotation
		  (getTerritory_Code(),
		   source,
		   new String[] {
			   "fr", "SIREN / INSEE",
			   "en", "Code"
		   });
		addAnnotation
		  (getTerritory_Population(),
		   source,
		   new String[] {
			   "fr", "Population",
			   "en", "Population"
		   });
		addAnnotation
		  (getTerritory_PopulationYear(),
		   source,
		   new String[] {
			   "fr", "Mill\u00e9sime",
			   "en", "Population year"
		   });
		addAnnotation
		  (getTerritory_FinancialPotentialPerInhabitant(),
		   source,
		   new String[] {
			   "fr", "Potentiel financier / hab.",
			   "en", "Financial potential per inhabitant"
		   });
		addAnnotation
		  (getTerritory_IncomePerInhabitant(),
		   source,
		   new String[] {
			   "fr", "Revenu / hab.",
			   "en", "Income per inhabitant"
		   });
		addAnnotation
		  (getTerritory_CompetentCaf(),
		   source,
		   new String[] {
			   "fr", "Caf comp\u00e9tente",
			   "en", "Competent Caf"
		   });
		addAnnotation
		  (getTerritory_Municipalities(),
		   source,
		   new String[] {
			   "fr", "Communes membres",
			   "en", "Municipalities"
		   });
		addAnnotation
		  (getTerritory_Seat(),
		   source,
		   new String[] {
			   "fr", "Commune si\u00e8ge",
			   "en", "Seat"
		   });
		addAnnotation
		  (getTerritory_Competences(),
		   source,
		   new String[] {
			   "fr", "Comp\u00e9tences",
			   "en", "Competences"
		   });
		addAnnotation
		  (municipalityEClass,
		   source,
		   new String[] {
			   "fr", "Commune",
			   "en", "Municipality"
		   });
		addAnnotation
		  (getMunicipality_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getMunicipality_InseeCode(),
		   source,
		   new String[] {
			   "fr", "Code INSEE",
			   "en", "Insee code"
		   });
		addAnnotation
		  (getMunicipality_Population(),
		   source,
		   new String[] {
			   "fr", "Population",
			   "en", "Population"
		   });
		addAnnotation
		  (getMunicipality_PopulationYear(),
		   source,
		   new String[] {
			   "fr", "Mill\u00e9sime",
			   "en", "Population year"
		   });
		addAnnotation
		  (getMunicipality_HasQpv(),
		   source,
		   new String[] {
			   "fr", "Comprend un QPV",
			   "en", "Has qpv"
		   });
		addAnnotation
		  (getMunicipality_IsZrr(),
		   source,
		   new String[] {
			   "fr", "Class\u00e9e ZRR",
			   "en", "Is zrr"
		   });
		addAnnotation
		  (getMunicipality_IsNewMunicipality(),
		   source,
		   new String[] {
			   "fr", "Commune nouvelle",
			   "en", "Is new municipality"
		   });
		addAnnotation
		  (getMunicipality_DelegatedMunicipalities(),
		   source,
		   new String[] {
			   "fr", "Communes d\u00e9l\u00e9gu\u00e9es",
			   "en", "Delegated municipalities"
		   });
		addAnnotation
		  (delegatedMunicipalityEClass,
		   source,
		   new String[] {
			   "fr", "Commune d\u00e9l\u00e9gu\u00e9e",
			   "en", "Delegated municipality"
		   });
		addAnnotation
		  (getDelegatedMunicipality_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getDelegatedMunicipality_InseeCode(),
		   source,
		   new String[] {
			   "fr", "Code INSEE (ancienne commune)",
			   "en", "Former INSEE code"
		   });
		addAnnotation
		  (getDelegatedMunicipality_Population(),
		   source,
		   new String[] {
			   "fr", "Population",
			   "en", "Population"
		   });
		addAnnotation
		  (competenceEClass,
		   source,
		   new String[] {
			   "fr", "Comp\u00e9tence",
			   "en", "Competence"
		   });
		addAnnotation
		  (getCompetence_Theme(),
		   source,
		   new String[] {
			   "fr", "Domaine de comp\u00e9tence",
			   "en", "Theme"
		   });
		addAnnotation
		  (getCompetence_IsTransferred(),
		   source,
		   new String[] {
			   "fr", "Transf\u00e9r\u00e9e \u00e0 l\'intercommunalit\u00e9",
			   "en", "Is transferred"
		   });
		addAnnotation
		  (getCompetence_RetainingMunicipalities(),
		   source,
		   new String[] {
			   "fr", "Communes qui l\'exercent encore",
			   "en", "Retaining municipalities"
		   });
		addAnnotation
		  (getCompetence_Description(),
		   source,
		   new String[] {
			   "fr", "Pr\u00e9cisions (int\u00e9r\u00eat communautaire\u2026)",
			   "en", "Details"
		   });
		addAnnotation
		  (departmentalSchemeLinkEClass,
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma d\u00e9partemental",
			   "en", "Departmental scheme link"
		   });
		addAnnotation
		  (getDepartmentalSchemeLink_Scheme(),
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma",
			   "en", "Scheme"
		   });
		addAnnotation
		  (getDepartmentalSchemeLink_Title(),
		   source,
		   new String[] {
			   "fr", "Intitul\u00e9",
			   "en", "Title"
		   });
		addAnnotation
		  (getDepartmentalSchemeLink_Period(),
		   source,
		   new String[] {
			   "fr", "P\u00e9riode",
			   "en", "Period"
		   });
		addAnnotation
		  (linkedContractEClass,
		   source,
		   new String[] {
			   "fr", "Contrat articul\u00e9",
			   "en", "Linked contract"
		   });
		addAnnotation
		  (getLinkedContract_Type(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Type"
		   });
		addAnnotation
		  (getLinkedContract_Title(),
		   source,
		   new String[] {
			   "fr", "Intitul\u00e9",
			   "en", "Title"
		   });
		addAnnotation
		  (getLinkedContract_Period(),
		   source,
		   new String[] {
			   "fr", "P\u00e9riode",
			   "en", "Period"
		   });
		addAnnotation
		  (articleInstanceEClass,
		   source,
		   new String[] {
			   "fr", "Article",
			   "en", "Article instance"
		   });
		addAnnotation
		  (getArticleInstance_Number(),
		   source,
		   new String[] {
			   "fr", "N\u00b0",
			   "en", "Number"
		   });
		addAnnotation
		  (getArticleInstance_Title(),
		   source,
		   new String[] {
			   "fr", "Titre",
			   "en", "Title"
		   });
		addAnnotation
		  (getArticleInstance_Body(),
		   source,
		   new String[] {
			   "fr", "Texte",
			   "en", "Body"
		   });
		addAnnotation
		  (getArticleInstance_Template(),
		   source,
		   new String[] {
			   "fr", "Article type",
			   "en", "Template"
		   });
		addAnnotation
		  (getArticleInstance_IsLocallyModified(),
		   source,
		   new String[] {
			   "fr", "Modifi\u00e9 localement",
			   "en", "Is locally modified"
		   });
		addAnnotation
		  (annexInstanceEClass,
		   source,
		   new String[] {
			   "fr", "Annexe",
			   "en", "Annex instance"
		   });
		addAnnotation
		  (getAnnexInstance_Number(),
		   source,
		   new String[] {
			   "fr", "N\u00b0",
			   "en", "Number"
		   });
		addAnnotation
		  (getAnnexInstance_Title(),
		   source,
		   new String[] {
			   "fr", "Titre",
			   "en", "Title"
		   });
		addAnnotation
		  (getAnnexInstance_Kind(),
		   source,
		   new String[] {
			   "fr", "Nature",
			   "en", "Kind"
		   });
		addAnnotation
		  (getAnnexInstance_AttachmentUri(),
		   source,
		   new String[] {
			   "fr", "Pi\u00e8ce jointe",
			   "en", "Attachment uri"
		   });
		addAnnotation
		  (getAnnexInstance_Template(),
		   source,
		   new String[] {
			   "fr", "Annexe type",
			   "en", "Template"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://ctgstudio.org/ctg/property-categories</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createPropertycategoriesAnnotations() {
		String source = "http://ctgstudio.org/ctg/property-categories";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "Acteurs.fr", "Acteurs",
			   "Acteurs.en", "Actors",
			   "BonusTerritoire.fr", "Bonus territoire",
			   "BonusTerritoire.en", "Territory bonus",
			   "Calendrier.fr", "Calendrier",
			   "Calendrier.en", "Schedule",
			   "Capacite.fr", "Capacit\u00e9",
			   "Capacite.en", "Capacity",
			   "Controles.fr", "Contr\u00f4les",
			   "Controles.en", "Checks",
			   "Dates.fr", "Dates",
			   "Dates.en", "Dates",
			   "Decompte.fr", "D\u00e9compte",
			   "Decompte.en", "Counting",
			   "Deliberation.fr", "D\u00e9lib\u00e9ration",
			   "Deliberation.en", "Deliberation",
			   "Financement.fr", "Financement",
			   "Financement.en", "Funding",
			   "Identification.fr", "Identification",
			   "Identification.en", "Identification",
			   "Modele.fr", "Mod\u00e8le",
			   "Modele.en", "Template",
			   "Montant.fr", "Montant",
			   "Montant.en", "Amount",
			   "Population.fr", "Population",
			   "Population.en", "Population",
			   "Suivi.fr", "Suivi",
			   "Suivi.en", "Follow-up",
			   "Territoire.fr", "Territoire",
			   "Territoire.en", "Territory",
			   "Valeurs.fr", "Valeurs",
			   "Valeurs.en", "Values",
			   "Zonage.fr", "Zonage",
			   "Zonage.en", "Zoning"
		   });
	}

} //CtgPackageImpl
