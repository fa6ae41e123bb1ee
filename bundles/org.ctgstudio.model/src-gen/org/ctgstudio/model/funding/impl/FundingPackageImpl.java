/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.impl;

import org.ctgstudio.model.CtgPackage;

import org.ctgstudio.model.deployment.DeploymentPackage;

import org.ctgstudio.model.deployment.impl.DeploymentPackageImpl;

import org.ctgstudio.model.funding.BonusType;
import org.ctgstudio.model.funding.DevelopmentPlan;
import org.ctgstudio.model.funding.DevelopmentPlanEntry;
import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.FundingBasis;
import org.ctgstudio.model.funding.FundingFactory;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.FundingSource;
import org.ctgstudio.model.funding.PartnerCommitment;
import org.ctgstudio.model.funding.PastSupport;
import org.ctgstudio.model.funding.SupplyFigure;
import org.ctgstudio.model.funding.TerritoryBonus;

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
public class FundingPackageImpl extends EPackageImpl implements FundingPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass facilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fundingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass territoryBonusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnerCommitmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass developmentPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass developmentPlanEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supplyFigureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pastSupportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum facilityTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fundingSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fundingBasisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bonusTypeEEnum = null;

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
	 * @see org.ctgstudio.model.funding.FundingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FundingPackageImpl() {
		super(eNS_URI, FundingFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link FundingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FundingPackage init() {
		if (isInited) return (FundingPackage)EPackage.Registry.INSTANCE.getEPackage(FundingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFundingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FundingPackageImpl theFundingPackage = registeredFundingPackage instanceof FundingPackageImpl ? (FundingPackageImpl)registeredFundingPackage : new FundingPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CtgPackage.eNS_URI);
		CtgPackageImpl theCtgPackage = (CtgPackageImpl)(registeredPackage instanceof CtgPackageImpl ? registeredPackage : CtgPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		PlanPackageImpl thePlanPackage = (PlanPackageImpl)(registeredPackage instanceof PlanPackageImpl ? registeredPackage : PlanPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DeploymentPackage.eNS_URI);
		DeploymentPackageImpl theDeploymentPackage = (DeploymentPackageImpl)(registeredPackage instanceof DeploymentPackageImpl ? registeredPackage : DeploymentPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TemplatePackage.eNS_URI);
		TemplatePackageImpl theTemplatePackage = (TemplatePackageImpl)(registeredPackage instanceof TemplatePackageImpl ? registeredPackage : TemplatePackage.eINSTANCE);

		// Create package meta-data objects
		theFundingPackage.createPackageContents();
		theCtgPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theDeploymentPackage.createPackageContents();
		theTemplatePackage.createPackageContents();

		// Initialize created meta-data
		theFundingPackage.initializePackageContents();
		theCtgPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theDeploymentPackage.initializePackageContents();
		theTemplatePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFundingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FundingPackage.eNS_URI, theFundingPackage);
		return theFundingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFacility() {
		return facilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_Name() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_Type() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacility_Operator() {
		return (EReference)facilityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_OperatorToBeDesignated() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacility_Municipality() {
		return (EReference)facilityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_CapacityPlaces() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_ExistingPlaces() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_NewPlaces() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_AnnualHours() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_IsPsuFunded() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_IsInQpv() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFunding() {
		return fundingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunding_Source() {
		return (EAttribute)fundingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunding_Funder() {
		return (EReference)fundingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunding_Beneficiary() {
		return (EReference)fundingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunding_Facility() {
		return (EReference)fundingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunding_Action() {
		return (EReference)fundingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunding_Year() {
		return (EAttribute)fundingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunding_Amount() {
		return (EAttribute)fundingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunding_Basis() {
		return (EAttribute)fundingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunding_UnitAmount() {
		return (EAttribute)fundingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunding_Quantity() {
		return (EAttribute)fundingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerritoryBonus() {
		return territoryBonusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoryBonus_BonusType() {
		return (EAttribute)territoryBonusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoryBonus_ExistingPlaces() {
		return (EAttribute)territoryBonusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoryBonus_NewPlaces() {
		return (EAttribute)territoryBonusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoryBonus_AmountPerExistingPlace() {
		return (EAttribute)territoryBonusEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoryBonus_AmountPerNewPlace() {
		return (EAttribute)territoryBonusEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoryBonus_Hours() {
		return (EAttribute)territoryBonusEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoryBonus_ReferenceCejAmount() {
		return (EAttribute)territoryBonusEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnerCommitment() {
		return partnerCommitmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerCommitment_Partner() {
		return (EReference)partnerCommitmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCommitment_Year() {
		return (EAttribute)partnerCommitmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCommitment_Amount() {
		return (EAttribute)partnerCommitmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCommitment_Description() {
		return (EAttribute)partnerCommitmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevelopmentPlan() {
		return developmentPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevelopmentPlan_Entries() {
		return (EReference)developmentPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevelopmentPlanEntry() {
		return developmentPlanEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevelopmentPlanEntry_FacilityType() {
		return (EAttribute)developmentPlanEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevelopmentPlanEntry_Municipality() {
		return (EReference)developmentPlanEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevelopmentPlanEntry_Year() {
		return (EAttribute)developmentPlanEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevelopmentPlanEntry_PlannedNewPlaces() {
		return (EAttribute)developmentPlanEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupplyFigure() {
		return supplyFigureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyFigure_FacilityType() {
		return (EAttribute)supplyFigureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupplyFigure_Municipality() {
		return (EReference)supplyFigureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyFigure_Year() {
		return (EAttribute)supplyFigureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyFigure_Count() {
		return (EAttribute)supplyFigureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyFigure_Places() {
		return (EAttribute)supplyFigureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyFigure_DataSource() {
		return (EAttribute)supplyFigureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPastSupport() {
		return pastSupportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPastSupport_Funder() {
		return (EReference)pastSupportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPastSupport_Source() {
		return (EAttribute)pastSupportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPastSupport_FirstYear() {
		return (EAttribute)pastSupportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPastSupport_LastYear() {
		return (EAttribute)pastSupportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPastSupport_TotalAmount() {
		return (EAttribute)pastSupportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPastSupport_MunicipalShare() {
		return (EAttribute)pastSupportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPastSupport_Description() {
		return (EAttribute)pastSupportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFacilityType() {
		return facilityTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFundingSource() {
		return fundingSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFundingBasis() {
		return fundingBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBonusType() {
		return bonusTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingFactory getFundingFactory() {
		return (FundingFactory)getEFactoryInstance();
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
		facilityEClass = createEClass(FACILITY);
		createEAttribute(facilityEClass, FACILITY__NAME);
		createEAttribute(facilityEClass, FACILITY__TYPE);
		createEReference(facilityEClass, FACILITY__OPERATOR);
		createEAttribute(facilityEClass, FACILITY__OPERATOR_TO_BE_DESIGNATED);
		createEReference(facilityEClass, FACILITY__MUNICIPALITY);
		createEAttribute(facilityEClass, FACILITY__CAPACITY_PLACES);
		createEAttribute(facilityEClass, FACILITY__EXISTING_PLACES);
		createEAttribute(facilityEClass, FACILITY__NEW_PLACES);
		createEAttribute(facilityEClass, FACILITY__ANNUAL_HOURS);
		createEAttribute(facilityEClass, FACILITY__IS_PSU_FUNDED);
		createEAttribute(facilityEClass, FACILITY__IS_IN_QPV);

		fundingEClass = createEClass(FUNDING);
		createEAttribute(fundingEClass, FUNDING__SOURCE);
		createEReference(fundingEClass, FUNDING__FUNDER);
		createEReference(fundingEClass, FUNDING__BENEFICIARY);
		createEReference(fundingEClass, FUNDING__FACILITY);
		createEReference(fundingEClass, FUNDING__ACTION);
		createEAttribute(fundingEClass, FUNDING__YEAR);
		createEAttribute(fundingEClass, FUNDING__AMOUNT);
		createEAttribute(fundingEClass, FUNDING__BASIS);
		createEAttribute(fundingEClass, FUNDING__UNIT_AMOUNT);
		createEAttribute(fundingEClass, FUNDING__QUANTITY);

		territoryBonusEClass = createEClass(TERRITORY_BONUS);
		createEAttribute(territoryBonusEClass, TERRITORY_BONUS__BONUS_TYPE);
		createEAttribute(territoryBonusEClass, TERRITORY_BONUS__EXISTING_PLACES);
		createEAttribute(territoryBonusEClass, TERRITORY_BONUS__NEW_PLACES);
		createEAttribute(territoryBonusEClass, TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE);
		createEAttribute(territoryBonusEClass, TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE);
		createEAttribute(territoryBonusEClass, TERRITORY_BONUS__HOURS);
		createEAttribute(territoryBonusEClass, TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT);

		partnerCommitmentEClass = createEClass(PARTNER_COMMITMENT);
		createEReference(partnerCommitmentEClass, PARTNER_COMMITMENT__PARTNER);
		createEAttribute(partnerCommitmentEClass, PARTNER_COMMITMENT__YEAR);
		createEAttribute(partnerCommitmentEClass, PARTNER_COMMITMENT__AMOUNT);
		createEAttribute(partnerCommitmentEClass, PARTNER_COMMITMENT__DESCRIPTION);

		developmentPlanEClass = createEClass(DEVELOPMENT_PLAN);
		createEReference(developmentPlanEClass, DEVELOPMENT_PLAN__ENTRIES);

		developmentPlanEntryEClass = createEClass(DEVELOPMENT_PLAN_ENTRY);
		createEAttribute(developmentPlanEntryEClass, DEVELOPMENT_PLAN_ENTRY__FACILITY_TYPE);
		createEReference(developmentPlanEntryEClass, DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY);
		createEAttribute(developmentPlanEntryEClass, DEVELOPMENT_PLAN_ENTRY__YEAR);
		createEAttribute(developmentPlanEntryEClass, DEVELOPMENT_PLAN_ENTRY__PLANNED_NEW_PLACES);

		supplyFigureEClass = createEClass(SUPPLY_FIGURE);
		createEAttribute(supplyFigureEClass, SUPPLY_FIGURE__FACILITY_TYPE);
		createEReference(supplyFigureEClass, SUPPLY_FIGURE__MUNICIPALITY);
		createEAttribute(supplyFigureEClass, SUPPLY_FIGURE__YEAR);
		createEAttribute(supplyFigureEClass, SUPPLY_FIGURE__COUNT);
		createEAttribute(supplyFigureEClass, SUPPLY_FIGURE__PLACES);
		createEAttribute(supplyFigureEClass, SUPPLY_FIGURE__DATA_SOURCE);

		pastSupportEClass = createEClass(PAST_SUPPORT);
		createEReference(pastSupportEClass, PAST_SUPPORT__FUNDER);
		createEAttribute(pastSupportEClass, PAST_SUPPORT__SOURCE);
		createEAttribute(pastSupportEClass, PAST_SUPPORT__FIRST_YEAR);
		createEAttribute(pastSupportEClass, PAST_SUPPORT__LAST_YEAR);
		createEAttribute(pastSupportEClass, PAST_SUPPORT__TOTAL_AMOUNT);
		createEAttribute(pastSupportEClass, PAST_SUPPORT__MUNICIPAL_SHARE);
		createEAttribute(pastSupportEClass, PAST_SUPPORT__DESCRIPTION);

		// Create enums
		facilityTypeEEnum = createEEnum(FACILITY_TYPE);
		fundingSourceEEnum = createEEnum(FUNDING_SOURCE);
		fundingBasisEEnum = createEEnum(FUNDING_BASIS);
		bonusTypeEEnum = createEEnum(BONUS_TYPE);
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
		PlanPackage thePlanPackage = (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		facilityEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		fundingEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		territoryBonusEClass.getESuperTypes().add(this.getFunding());
		partnerCommitmentEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		developmentPlanEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		developmentPlanEntryEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		supplyFigureEClass.getESuperTypes().add(theCtgPackage.getIdentified());
		pastSupportEClass.getESuperTypes().add(theCtgPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(facilityEClass, Facility.class, "Facility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFacility_Name(), ecorePackage.getEString(), "name", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_Type(), this.getFacilityType(), "type", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacility_Operator(), theCtgPackage.getOrganisation(), null, "operator", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_OperatorToBeDesignated(), ecorePackage.getEBoolean(), "operatorToBeDesignated", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacility_Municipality(), theCtgPackage.getMunicipality(), null, "municipality", null, 1, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_CapacityPlaces(), ecorePackage.getEInt(), "capacityPlaces", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_ExistingPlaces(), ecorePackage.getEInt(), "existingPlaces", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_NewPlaces(), ecorePackage.getEInt(), "newPlaces", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_AnnualHours(), ecorePackage.getEInt(), "annualHours", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_IsPsuFunded(), ecorePackage.getEBoolean(), "isPsuFunded", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_IsInQpv(), ecorePackage.getEBoolean(), "isInQpv", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fundingEClass, Funding.class, "Funding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFunding_Source(), this.getFundingSource(), "source", null, 0, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFunding_Funder(), theCtgPackage.getOrganisation(), null, "funder", null, 1, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFunding_Beneficiary(), theCtgPackage.getOrganisation(), null, "beneficiary", null, 1, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFunding_Facility(), this.getFacility(), null, "facility", null, 0, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFunding_Action(), thePlanPackage.getAction(), thePlanPackage.getAction_Fundings(), "action", null, 0, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunding_Year(), ecorePackage.getEInt(), "year", null, 0, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunding_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunding_Basis(), this.getFundingBasis(), "basis", null, 0, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunding_UnitAmount(), ecorePackage.getEBigDecimal(), "unitAmount", null, 0, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunding_Quantity(), ecorePackage.getEBigDecimal(), "quantity", null, 0, 1, Funding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(territoryBonusEClass, TerritoryBonus.class, "TerritoryBonus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerritoryBonus_BonusType(), this.getBonusType(), "bonusType", null, 0, 1, TerritoryBonus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritoryBonus_ExistingPlaces(), ecorePackage.getEInt(), "existingPlaces", null, 0, 1, TerritoryBonus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritoryBonus_NewPlaces(), ecorePackage.getEInt(), "newPlaces", null, 0, 1, TerritoryBonus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritoryBonus_AmountPerExistingPlace(), ecorePackage.getEBigDecimal(), "amountPerExistingPlace", null, 0, 1, TerritoryBonus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritoryBonus_AmountPerNewPlace(), ecorePackage.getEBigDecimal(), "amountPerNewPlace", null, 0, 1, TerritoryBonus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritoryBonus_Hours(), ecorePackage.getEBigDecimal(), "hours", null, 0, 1, TerritoryBonus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritoryBonus_ReferenceCejAmount(), ecorePackage.getEBigDecimal(), "referenceCejAmount", null, 0, 1, TerritoryBonus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partnerCommitmentEClass, PartnerCommitment.class, "PartnerCommitment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPartnerCommitment_Partner(), theCtgPackage.getOrganisation(), null, "partner", null, 1, 1, PartnerCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCommitment_Year(), ecorePackage.getEInt(), "year", null, 0, 1, PartnerCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCommitment_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, PartnerCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCommitment_Description(), ecorePackage.getEString(), "description", null, 0, 1, PartnerCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(developmentPlanEClass, DevelopmentPlan.class, "DevelopmentPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDevelopmentPlan_Entries(), this.getDevelopmentPlanEntry(), null, "entries", null, 0, -1, DevelopmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(developmentPlanEntryEClass, DevelopmentPlanEntry.class, "DevelopmentPlanEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevelopmentPlanEntry_FacilityType(), this.getFacilityType(), "facilityType", null, 0, 1, DevelopmentPlanEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevelopmentPlanEntry_Municipality(), theCtgPackage.getMunicipality(), null, "municipality", null, 0, 1, DevelopmentPlanEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevelopmentPlanEntry_Year(), ecorePackage.getEInt(), "year", null, 0, 1, DevelopmentPlanEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevelopmentPlanEntry_PlannedNewPlaces(), ecorePackage.getEInt(), "plannedNewPlaces", null, 0, 1, DevelopmentPlanEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supplyFigureEClass, SupplyFigure.class, "SupplyFigure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupplyFigure_FacilityType(), this.getFacilityType(), "facilityType", null, 0, 1, SupplyFigure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupplyFigure_Municipality(), theCtgPackage.getMunicipality(), null, "municipality", null, 0, 1, SupplyFigure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyFigure_Year(), ecorePackage.getEInt(), "year", null, 0, 1, SupplyFigure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyFigure_Count(), ecorePackage.getEIntegerObject(), "count", null, 0, 1, SupplyFigure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyFigure_Places(), ecorePackage.getEIntegerObject(), "places", null, 0, 1, SupplyFigure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyFigure_DataSource(), ecorePackage.getEString(), "dataSource", null, 0, 1, SupplyFigure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pastSupportEClass, PastSupport.class, "PastSupport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPastSupport_Funder(), theCtgPackage.getOrganisation(), null, "funder", null, 0, 1, PastSupport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPastSupport_Source(), this.getFundingSource(), "source", null, 0, 1, PastSupport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPastSupport_FirstYear(), ecorePackage.getEInt(), "firstYear", null, 0, 1, PastSupport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPastSupport_LastYear(), ecorePackage.getEInt(), "lastYear", null, 0, 1, PastSupport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPastSupport_TotalAmount(), ecorePackage.getEBigDecimal(), "totalAmount", null, 0, 1, PastSupport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPastSupport_MunicipalShare(), ecorePackage.getEBigDecimal(), "municipalShare", null, 0, 1, PastSupport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPastSupport_Description(), ecorePackage.getEString(), "description", null, 0, 1, PastSupport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(facilityTypeEEnum, FacilityType.class, "FacilityType");
		addEEnumLiteral(facilityTypeEEnum, FacilityType.EAJE);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.MICRO_CRECHE);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.MAM);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.RPE);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.LAEP);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.ALSH_PERISCOLAIRE);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.ALSH_EXTRASCOLAIRE);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.YOUTH_CENTRE);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.SOCIAL_CENTRE);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.EVS);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.TOY_LIBRARY);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.FRANCE_SERVICES);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.FAMILY_MEDIATION);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.MOBILE_SOCIAL_SPACE);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.CHILDMINDER);
		addEEnumLiteral(facilityTypeEEnum, FacilityType.OTHER);

		initEEnum(fundingSourceEEnum, FundingSource.class, "FundingSource");
		addEEnumLiteral(fundingSourceEEnum, FundingSource.TERRITORY_BONUS);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PSU);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PS_ALSH);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PS_YOUTH);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PS_RPE);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PS_LAEP);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PS_SOCIAL_CENTRE);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PS_EVS);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PARENTING_FUND);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PUBLIC_FUNDS_TERRITORIES);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.PLAN_MERCREDI);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.INVESTMENT);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.CTRE);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.DIAGNOSTIC_COFUNDING);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.LOCAL_AUTHORITY);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.DEPARTMENT);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.MSA);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.STATE);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.FAMILY_FEES);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.CEJ);
		addEEnumLiteral(fundingSourceEEnum, FundingSource.OTHER);

		initEEnum(fundingBasisEEnum, FundingBasis.class, "FundingBasis");
		addEEnumLiteral(fundingBasisEEnum, FundingBasis.PER_PLACE);
		addEEnumLiteral(fundingBasisEEnum, FundingBasis.PER_HOUR);
		addEEnumLiteral(fundingBasisEEnum, FundingBasis.LUMP_SUM);
		addEEnumLiteral(fundingBasisEEnum, FundingBasis.GRANT);

		initEEnum(bonusTypeEEnum, BonusType.class, "BonusType");
		addEEnumLiteral(bonusTypeEEnum, BonusType.EAJE);
		addEEnumLiteral(bonusTypeEEnum, BonusType.RPE);
		addEEnumLiteral(bonusTypeEEnum, BonusType.LAEP);
		addEEnumLiteral(bonusTypeEEnum, BonusType.ALSH);
		addEEnumLiteral(bonusTypeEEnum, BonusType.COORDINATION);

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
			   "fr", "\u00c9quipements et financements",
			   "en", "Facilities and funding"
		   });
		addAnnotation
		  (facilityTypeEEnum,
		   source,
		   new String[] {
			   "fr", "Type d\'\u00e9quipement",
			   "en", "Facility type"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "\u00c9tablissement d\'accueil du jeune enfant",
			   "en", "Early childhood facility (EAJE)"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Micro-cr\u00e8che",
			   "en", "Micro-cr\u00e8che"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Maison d\'assistants maternels",
			   "en", "Childminders\' house (MAM)"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Relais petite enfance (ex-RAM)",
			   "en", "Early childhood relay (RPE, formerly RAM)"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Lieu d\'accueil enfants-parents",
			   "en", "Parent-child drop-in (LAEP)"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "Accueil de loisirs p\u00e9riscolaire",
			   "en", "After-school leisure centre"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "fr", "Accueil de loisirs extrascolaire",
			   "en", "Holiday leisure centre"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "fr", "Accueil jeunes",
			   "en", "Youth centre"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "fr", "Centre social",
			   "en", "Social centre"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(9),
		   source,
		   new String[] {
			   "fr", "Espace de vie sociale",
			   "en", "Community space (EVS)"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(10),
		   source,
		   new String[] {
			   "fr", "Ludoth\u00e8que",
			   "en", "Toy library"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(11),
		   source,
		   new String[] {
			   "fr", "France services",
			   "en", "France services"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(12),
		   source,
		   new String[] {
			   "fr", "M\u00e9diation familiale",
			   "en", "Family mediation"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(13),
		   source,
		   new String[] {
			   "fr", "Lieu de vie sociale itin\u00e9rant",
			   "en", "Mobile community space"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(14),
		   source,
		   new String[] {
			   "fr", "Assistant\u00b7es maternel\u00b7les (accueil individuel)",
			   "en", "Childminders (home-based care)"
		   });
		addAnnotation
		  (facilityTypeEEnum.getELiterals().get(15),
		   source,
		   new String[] {
			   "fr", "Autre",
			   "en", "Other"
		   });
		addAnnotation
		  (fundingSourceEEnum,
		   source,
		   new String[] {
			   "fr", "Dispositif",
			   "en", "Funding source"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Bonus territoire CTG",
			   "en", "CTG territory bonus"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Prestation de service unique",
			   "en", "Single service benefit (PSU)"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Prestation de service ALSH (PSO)",
			   "en", "ALSH service benefit (PSO)"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "PS Jeunes",
			   "en", "Youth service benefit"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "PS RPE",
			   "en", "RPE service benefit"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "fr", "PS LAEP",
			   "en", "LAEP service benefit"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "fr", "PS Animation globale / collective familles",
			   "en", "Social centre service benefit"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "fr", "PS Animation locale (EVS)",
			   "en", "EVS service benefit"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "fr", "Fonds parentalit\u00e9 (REAAP)",
			   "en", "Parenting fund (REAAP)"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(9),
		   source,
		   new String[] {
			   "fr", "Fonds publics et territoires",
			   "en", "Public funds and territories"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(10),
		   source,
		   new String[] {
			   "fr", "Bonification Plan mercredi",
			   "en", "Wednesday plan bonus"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(11),
		   source,
		   new String[] {
			   "fr", "Aide \u00e0 l\'investissement (PIAJE, ALSH)",
			   "en", "Investment aid (PIAJE, ALSH)"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(12),
		   source,
		   new String[] {
			   "fr", "Contrat territorial r\u00e9servataire employeur",
			   "en", "Employer place contract (CTRE)"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(13),
		   source,
		   new String[] {
			   "fr", "Cofinancement du diagnostic",
			   "en", "Diagnosis co-funding"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(14),
		   source,
		   new String[] {
			   "fr", "Collectivit\u00e9",
			   "en", "Local authority"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(15),
		   source,
		   new String[] {
			   "fr", "Conseil d\u00e9partemental",
			   "en", "Department council"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(16),
		   source,
		   new String[] {
			   "fr", "MSA",
			   "en", "MSA"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(17),
		   source,
		   new String[] {
			   "fr", "\u00c9tat",
			   "en", "State"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(18),
		   source,
		   new String[] {
			   "fr", "Participations familiales",
			   "en", "Family fees"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(19),
		   source,
		   new String[] {
			   "fr", "Contrat enfance jeunesse (PSEJ)",
			   "en", "Childhood and youth contract (PSEJ)"
		   });
		addAnnotation
		  (fundingSourceEEnum.getELiterals().get(20),
		   source,
		   new String[] {
			   "fr", "Autre",
			   "en", "Other"
		   });
		addAnnotation
		  (fundingBasisEEnum,
		   source,
		   new String[] {
			   "fr", "Base",
			   "en", "Funding basis"
		   });
		addAnnotation
		  (fundingBasisEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "Par place",
			   "en", "Per place"
		   });
		addAnnotation
		  (fundingBasisEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "Par heure",
			   "en", "Per hour"
		   });
		addAnnotation
		  (fundingBasisEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "Forfait",
			   "en", "Lump sum"
		   });
		addAnnotation
		  (fundingBasisEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "Subvention",
			   "en", "Grant"
		   });
		addAnnotation
		  (bonusTypeEEnum,
		   source,
		   new String[] {
			   "fr", "Type de bonus",
			   "en", "Bonus type"
		   });
		addAnnotation
		  (bonusTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "fr", "EAJE",
			   "en", "EAJE"
		   });
		addAnnotation
		  (bonusTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "fr", "RPE",
			   "en", "RPE"
		   });
		addAnnotation
		  (bonusTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "fr", "LAEP",
			   "en", "LAEP"
		   });
		addAnnotation
		  (bonusTypeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "fr", "ALSH",
			   "en", "ALSH"
		   });
		addAnnotation
		  (bonusTypeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "fr", "Coordination",
			   "en", "Coordination"
		   });
		addAnnotation
		  (facilityEClass,
		   source,
		   new String[] {
			   "fr", "\u00c9quipement / service",
			   "en", "Facility"
		   });
		addAnnotation
		  (getFacility_Name(),
		   source,
		   new String[] {
			   "fr", "Nom",
			   "en", "Name"
		   });
		addAnnotation
		  (getFacility_Type(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Type"
		   });
		addAnnotation
		  (getFacility_Operator(),
		   source,
		   new String[] {
			   "fr", "Gestionnaire",
			   "en", "Operator"
		   });
		addAnnotation
		  (getFacility_OperatorToBeDesignated(),
		   source,
		   new String[] {
			   "fr", "Gestionnaire \u00e0 d\u00e9signer",
			   "en", "Operator to be designated"
		   });
		addAnnotation
		  (getFacility_Municipality(),
		   source,
		   new String[] {
			   "fr", "Commune d\'implantation",
			   "en", "Municipality"
		   });
		addAnnotation
		  (getFacility_CapacityPlaces(),
		   source,
		   new String[] {
			   "fr", "Capacit\u00e9",
			   "en", "Capacity places"
		   });
		addAnnotation
		  (getFacility_ExistingPlaces(),
		   source,
		   new String[] {
			   "fr", "Places existantes",
			   "en", "Existing places"
		   });
		addAnnotation
		  (getFacility_NewPlaces(),
		   source,
		   new String[] {
			   "fr", "Places nouvelles",
			   "en", "New places"
		   });
		addAnnotation
		  (getFacility_AnnualHours(),
		   source,
		   new String[] {
			   "fr", "Heures / an",
			   "en", "Annual hours"
		   });
		addAnnotation
		  (getFacility_IsPsuFunded(),
		   source,
		   new String[] {
			   "fr", "Financ\u00e9 PSU",
			   "en", "Is psu funded"
		   });
		addAnnotation
		  (getFacility_IsInQpv(),
		   source,
		   new String[] {
			   "fr", "Implant\u00e9 en QPV",
			   "en", "Is in qpv"
		   });
		addAnnotation
		  (fundingEClass,
		   source,
		   new String[] {
			   "fr", "Financement",
			   "en", "Funding"
		   });
		addAnnotation
		  (getFunding_Source(),
		   source,
		   new String[] {
			   "fr", "Dispositif",
			   "en", "Source"
		   });
		addAnnotation
		  (getFunding_Funder(),
		   source,
		   new String[] {
			   "fr", "Financeur",
			   "en", "Funder"
		   });
		addAnnotation
		  (getFunding_Beneficiary(),
		   source,
		   new String[] {
			   "fr", "B\u00e9n\u00e9ficiaire",
			   "en", "Beneficiary"
		   });
		addAnnotation
		  (getFunding_Facility(),
		   source,
		   new String[] {
			   "fr", "\u00c9quipement",
			   "en", "Facility"
		   });
		addAnnotation
		  (getFunding_Action(),
		   source,
		   new String[] {
			   "fr", "Fiche action",
			   "en", "Action"
		   });
		addAnnotation
		  (getFunding_Year(),
		   source,
		   new String[] {
			   "fr", "Exercice",
			   "en", "Year"
		   });
		addAnnotation
		  (getFunding_Amount(),
		   source,
		   new String[] {
			   "fr", "Montant",
			   "en", "Amount"
		   });
		addAnnotation
		  (getFunding_Basis(),
		   source,
		   new String[] {
			   "fr", "Base",
			   "en", "Basis"
		   });
		addAnnotation
		  (getFunding_UnitAmount(),
		   source,
		   new String[] {
			   "fr", "Montant unitaire",
			   "en", "Unit amount"
		   });
		addAnnotation
		  (getFunding_Quantity(),
		   source,
		   new String[] {
			   "fr", "Quantit\u00e9",
			   "en", "Quantity"
		   });
		addAnnotation
		  (territoryBonusEClass,
		   source,
		   new String[] {
			   "fr", "Bonus territoire CTG",
			   "en", "Territory bonus"
		   });
		addAnnotation
		  (getTerritoryBonus_BonusType(),
		   source,
		   new String[] {
			   "fr", "Type de bonus",
			   "en", "Bonus type"
		   });
		addAnnotation
		  (getTerritoryBonus_ExistingPlaces(),
		   source,
		   new String[] {
			   "fr", "Places existantes",
			   "en", "Existing places"
		   });
		addAnnotation
		  (getTerritoryBonus_NewPlaces(),
		   source,
		   new String[] {
			   "fr", "Places nouvelles",
			   "en", "New places"
		   });
		addAnnotation
		  (getTerritoryBonus_AmountPerExistingPlace(),
		   source,
		   new String[] {
			   "fr", "Montant / place existante",
			   "en", "Amount per existing place"
		   });
		addAnnotation
		  (getTerritoryBonus_AmountPerNewPlace(),
		   source,
		   new String[] {
			   "fr", "Montant / place nouvelle",
			   "en", "Amount per new place"
		   });
		addAnnotation
		  (getTerritoryBonus_Hours(),
		   source,
		   new String[] {
			   "fr", "Heures",
			   "en", "Hours"
		   });
		addAnnotation
		  (getTerritoryBonus_ReferenceCejAmount(),
		   source,
		   new String[] {
			   "fr", "Montant CEJ de r\u00e9f\u00e9rence",
			   "en", "Reference cej amount"
		   });
		addAnnotation
		  (partnerCommitmentEClass,
		   source,
		   new String[] {
			   "fr", "Engagement de moyens",
			   "en", "Partner commitment"
		   });
		addAnnotation
		  (getPartnerCommitment_Partner(),
		   source,
		   new String[] {
			   "fr", "Partenaire",
			   "en", "Partner"
		   });
		addAnnotation
		  (getPartnerCommitment_Year(),
		   source,
		   new String[] {
			   "fr", "Ann\u00e9e",
			   "en", "Year"
		   });
		addAnnotation
		  (getPartnerCommitment_Amount(),
		   source,
		   new String[] {
			   "fr", "Montant",
			   "en", "Amount"
		   });
		addAnnotation
		  (getPartnerCommitment_Description(),
		   source,
		   new String[] {
			   "fr", "Description",
			   "en", "Description"
		   });
		addAnnotation
		  (developmentPlanEClass,
		   source,
		   new String[] {
			   "fr", "Sch\u00e9ma de d\u00e9veloppement",
			   "en", "Development plan"
		   });
		addAnnotation
		  (getDevelopmentPlan_Entries(),
		   source,
		   new String[] {
			   "fr", "Lignes",
			   "en", "Entries"
		   });
		addAnnotation
		  (developmentPlanEntryEClass,
		   source,
		   new String[] {
			   "fr", "Ligne du sch\u00e9ma",
			   "en", "Development plan entry"
		   });
		addAnnotation
		  (getDevelopmentPlanEntry_FacilityType(),
		   source,
		   new String[] {
			   "fr", "Type",
			   "en", "Facility type"
		   });
		addAnnotation
		  (getDevelopmentPlanEntry_Municipality(),
		   source,
		   new String[] {
			   "fr", "Commune",
			   "en", "Municipality"
		   });
		addAnnotation
		  (getDevelopmentPlanEntry_Year(),
		   source,
		   new String[] {
			   "fr", "Ann\u00e9e",
			   "en", "Year"
		   });
		addAnnotation
		  (getDevelopmentPlanEntry_PlannedNewPlaces(),
		   source,
		   new String[] {
			   "fr", "Places \u00e0 cr\u00e9er",
			   "en", "Planned new places"
		   });
		addAnnotation
		  (supplyFigureEClass,
		   source,
		   new String[] {
			   "fr", "Chiffre de l\'offre existante",
			   "en", "Supply figure"
		   });
		addAnnotation
		  (getSupplyFigure_FacilityType(),
		   source,
		   new String[] {
			   "fr", "Type d\'offre",
			   "en", "Facility type"
		   });
		addAnnotation
		  (getSupplyFigure_Municipality(),
		   source,
		   new String[] {
			   "fr", "Commune (vide : tout le territoire)",
			   "en", "Municipality"
		   });
		addAnnotation
		  (getSupplyFigure_Year(),
		   source,
		   new String[] {
			   "fr", "Ann\u00e9e",
			   "en", "Year"
		   });
		addAnnotation
		  (getSupplyFigure_Count(),
		   source,
		   new String[] {
			   "fr", "Nombre (structures ou assistant\u00b7es maternel\u00b7les)",
			   "en", "Count"
		   });
		addAnnotation
		  (getSupplyFigure_Places(),
		   source,
		   new String[] {
			   "fr", "Places",
			   "en", "Places"
		   });
		addAnnotation
		  (getSupplyFigure_DataSource(),
		   source,
		   new String[] {
			   "fr", "Source",
			   "en", "Data source"
		   });
		addAnnotation
		  (pastSupportEClass,
		   source,
		   new String[] {
			   "fr", "Soutien ant\u00e9rieur",
			   "en", "Past support"
		   });
		addAnnotation
		  (getPastSupport_Funder(),
		   source,
		   new String[] {
			   "fr", "Financeur",
			   "en", "Funder"
		   });
		addAnnotation
		  (getPastSupport_Source(),
		   source,
		   new String[] {
			   "fr", "Dispositif",
			   "en", "Source"
		   });
		addAnnotation
		  (getPastSupport_FirstYear(),
		   source,
		   new String[] {
			   "fr", "De (ann\u00e9e)",
			   "en", "First year"
		   });
		addAnnotation
		  (getPastSupport_LastYear(),
		   source,
		   new String[] {
			   "fr", "\u00c0 (ann\u00e9e)",
			   "en", "Last year"
		   });
		addAnnotation
		  (getPastSupport_TotalAmount(),
		   source,
		   new String[] {
			   "fr", "Montant total",
			   "en", "Total amount"
		   });
		addAnnotation
		  (getPastSupport_MunicipalShare(),
		   source,
		   new String[] {
			   "fr", "Part vers\u00e9e aux communes (%)",
			   "en", "Share paid to the communes (%)"
		   });
		addAnnotation
		  (getPastSupport_Description(),
		   source,
		   new String[] {
			   "fr", "Description",
			   "en", "Description"
		   });
	}

} //FundingPackageImpl
