/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.impl;

import org.ctgstudio.model.funding.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FundingFactoryImpl extends EFactoryImpl implements FundingFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FundingFactory init() {
		try {
			FundingFactory theFundingFactory = (FundingFactory)EPackage.Registry.INSTANCE.getEFactory(FundingPackage.eNS_URI);
			if (theFundingFactory != null) {
				return theFundingFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FundingFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FundingPackage.FACILITY: return createFacility();
			case FundingPackage.FUNDING: return createFunding();
			case FundingPackage.TERRITORY_BONUS: return createTerritoryBonus();
			case FundingPackage.PARTNER_COMMITMENT: return createPartnerCommitment();
			case FundingPackage.DEVELOPMENT_PLAN: return createDevelopmentPlan();
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY: return createDevelopmentPlanEntry();
			case FundingPackage.SUPPLY_FIGURE: return createSupplyFigure();
			case FundingPackage.PAST_SUPPORT: return createPastSupport();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FundingPackage.FACILITY_TYPE:
				return createFacilityTypeFromString(eDataType, initialValue);
			case FundingPackage.FUNDING_SOURCE:
				return createFundingSourceFromString(eDataType, initialValue);
			case FundingPackage.FUNDING_BASIS:
				return createFundingBasisFromString(eDataType, initialValue);
			case FundingPackage.BONUS_TYPE:
				return createBonusTypeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FundingPackage.FACILITY_TYPE:
				return convertFacilityTypeToString(eDataType, instanceValue);
			case FundingPackage.FUNDING_SOURCE:
				return convertFundingSourceToString(eDataType, instanceValue);
			case FundingPackage.FUNDING_BASIS:
				return convertFundingBasisToString(eDataType, instanceValue);
			case FundingPackage.BONUS_TYPE:
				return convertBonusTypeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Facility createFacility() {
		FacilityImpl facility = new FacilityImpl();
		return facility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Funding createFunding() {
		FundingImpl funding = new FundingImpl();
		return funding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerritoryBonus createTerritoryBonus() {
		TerritoryBonusImpl territoryBonus = new TerritoryBonusImpl();
		return territoryBonus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerCommitment createPartnerCommitment() {
		PartnerCommitmentImpl partnerCommitment = new PartnerCommitmentImpl();
		return partnerCommitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevelopmentPlan createDevelopmentPlan() {
		DevelopmentPlanImpl developmentPlan = new DevelopmentPlanImpl();
		return developmentPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevelopmentPlanEntry createDevelopmentPlanEntry() {
		DevelopmentPlanEntryImpl developmentPlanEntry = new DevelopmentPlanEntryImpl();
		return developmentPlanEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupplyFigure createSupplyFigure() {
		SupplyFigureImpl supplyFigure = new SupplyFigureImpl();
		return supplyFigure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PastSupport createPastSupport() {
		PastSupportImpl pastSupport = new PastSupportImpl();
		return pastSupport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FacilityType createFacilityTypeFromString(EDataType eDataType, String initialValue) {
		FacilityType result = FacilityType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFacilityTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingSource createFundingSourceFromString(EDataType eDataType, String initialValue) {
		FundingSource result = FundingSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFundingSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingBasis createFundingBasisFromString(EDataType eDataType, String initialValue) {
		FundingBasis result = FundingBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFundingBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BonusType createBonusTypeFromString(EDataType eDataType, String initialValue) {
		BonusType result = BonusType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBonusTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingPackage getFundingPackage() {
		return (FundingPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FundingPackage getPackage() {
		return FundingPackage.eINSTANCE;
	}

} //FundingFactoryImpl
