/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

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
 * @see org.ctgstudio.model.funding.FundingFactory
 * @model kind="package"
 *        annotation="http://ctgstudio.org/ctg/labels fr='\311quipements et financements' en='Facilities and funding'"
 * @generated
 */
public interface FundingPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "funding";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/ctg/funding/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ctg.funding";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FundingPackage eINSTANCE = org.ctgstudio.model.funding.impl.FundingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.impl.FacilityImpl <em>Facility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.impl.FacilityImpl
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFacility()
	 * @generated
	 */
	int FACILITY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__NAME = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__TYPE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__OPERATOR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Operator To Be Designated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__OPERATOR_TO_BE_DESIGNATED = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__MUNICIPALITY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Capacity Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__CAPACITY_PLACES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Existing Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__EXISTING_PLACES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>New Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__NEW_PLACES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Annual Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__ANNUAL_HOURS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Is Psu Funded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__IS_PSU_FUNDED = CtgPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Is In Qpv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__IS_IN_QPV = CtgPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Facility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Facility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.impl.FundingImpl <em>Funding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.impl.FundingImpl
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFunding()
	 * @generated
	 */
	int FUNDING = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__SOURCE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__FUNDER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Beneficiary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__BENEFICIARY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Facility</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__FACILITY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__ACTION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__AMOUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__BASIS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Unit Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__UNIT_AMOUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING__QUANTITY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Funding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Funding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl <em>Territory Bonus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.impl.TerritoryBonusImpl
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getTerritoryBonus()
	 * @generated
	 */
	int TERRITORY_BONUS = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__ID = FUNDING__ID;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__SOURCE = FUNDING__SOURCE;

	/**
	 * The feature id for the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__FUNDER = FUNDING__FUNDER;

	/**
	 * The feature id for the '<em><b>Beneficiary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__BENEFICIARY = FUNDING__BENEFICIARY;

	/**
	 * The feature id for the '<em><b>Facility</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__FACILITY = FUNDING__FACILITY;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__ACTION = FUNDING__ACTION;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__YEAR = FUNDING__YEAR;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__AMOUNT = FUNDING__AMOUNT;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__BASIS = FUNDING__BASIS;

	/**
	 * The feature id for the '<em><b>Unit Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__UNIT_AMOUNT = FUNDING__UNIT_AMOUNT;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__QUANTITY = FUNDING__QUANTITY;

	/**
	 * The feature id for the '<em><b>Bonus Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__BONUS_TYPE = FUNDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Existing Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__EXISTING_PLACES = FUNDING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>New Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__NEW_PLACES = FUNDING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Amount Per Existing Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE = FUNDING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Amount Per New Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE = FUNDING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__HOURS = FUNDING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reference Cej Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT = FUNDING_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Territory Bonus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS_FEATURE_COUNT = FUNDING_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Territory Bonus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_BONUS_OPERATION_COUNT = FUNDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.impl.PartnerCommitmentImpl <em>Partner Commitment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.impl.PartnerCommitmentImpl
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getPartnerCommitment()
	 * @generated
	 */
	int PARTNER_COMMITMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COMMITMENT__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COMMITMENT__PARTNER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COMMITMENT__YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COMMITMENT__AMOUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COMMITMENT__DESCRIPTION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Partner Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COMMITMENT_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Partner Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COMMITMENT_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.impl.DevelopmentPlanImpl <em>Development Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.impl.DevelopmentPlanImpl
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getDevelopmentPlan()
	 * @generated
	 */
	int DEVELOPMENT_PLAN = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN__ENTRIES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Development Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Development Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.impl.DevelopmentPlanEntryImpl <em>Development Plan Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.impl.DevelopmentPlanEntryImpl
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getDevelopmentPlanEntry()
	 * @generated
	 */
	int DEVELOPMENT_PLAN_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ENTRY__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Facility Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ENTRY__FACILITY_TYPE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ENTRY__YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Planned New Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ENTRY__PLANNED_NEW_PLACES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Development Plan Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ENTRY_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Development Plan Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ENTRY_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.impl.SupplyFigureImpl <em>Supply Figure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.impl.SupplyFigureImpl
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getSupplyFigure()
	 * @generated
	 */
	int SUPPLY_FIGURE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Facility Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE__FACILITY_TYPE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE__MUNICIPALITY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE__YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE__COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE__PLACES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE__DATA_SOURCE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Supply Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Supply Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_FIGURE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.impl.PastSupportImpl <em>Past Support</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.impl.PastSupportImpl
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getPastSupport()
	 * @generated
	 */
	int PAST_SUPPORT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT__FUNDER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT__SOURCE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT__FIRST_YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT__LAST_YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Total Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT__TOTAL_AMOUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Municipal Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT__MUNICIPAL_SHARE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT__DESCRIPTION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Past Support</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Past Support</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAST_SUPPORT_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.FacilityType <em>Facility Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.FacilityType
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFacilityType()
	 * @generated
	 */
	int FACILITY_TYPE = 8;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.FundingSource <em>Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.FundingSource
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFundingSource()
	 * @generated
	 */
	int FUNDING_SOURCE = 9;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.FundingBasis <em>Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.FundingBasis
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFundingBasis()
	 * @generated
	 */
	int FUNDING_BASIS = 10;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.funding.BonusType <em>Bonus Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.funding.BonusType
	 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getBonusType()
	 * @generated
	 */
	int BONUS_TYPE = 11;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.funding.Facility <em>Facility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Facility</em>'.
	 * @see org.ctgstudio.model.funding.Facility
	 * @generated
	 */
	EClass getFacility();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.funding.Facility#getName()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.ctgstudio.model.funding.Facility#getType()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_Type();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.Facility#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Operator</em>'.
	 * @see org.ctgstudio.model.funding.Facility#getOperator()
	 * @see #getFacility()
	 * @generated
	 */
	EReference getFacility_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#isOperatorToBeDesignated <em>Operator To Be Designated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator To Be Designated</em>'.
	 * @see org.ctgstudio.model.funding.Facility#isOperatorToBeDesignated()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_OperatorToBeDesignated();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.Facility#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Municipality</em>'.
	 * @see org.ctgstudio.model.funding.Facility#getMunicipality()
	 * @see #getFacility()
	 * @generated
	 */
	EReference getFacility_Municipality();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#getCapacityPlaces <em>Capacity Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Places</em>'.
	 * @see org.ctgstudio.model.funding.Facility#getCapacityPlaces()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_CapacityPlaces();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#getExistingPlaces <em>Existing Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Existing Places</em>'.
	 * @see org.ctgstudio.model.funding.Facility#getExistingPlaces()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_ExistingPlaces();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#getNewPlaces <em>New Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Places</em>'.
	 * @see org.ctgstudio.model.funding.Facility#getNewPlaces()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_NewPlaces();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#getAnnualHours <em>Annual Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Hours</em>'.
	 * @see org.ctgstudio.model.funding.Facility#getAnnualHours()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_AnnualHours();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#isIsPsuFunded <em>Is Psu Funded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Psu Funded</em>'.
	 * @see org.ctgstudio.model.funding.Facility#isIsPsuFunded()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_IsPsuFunded();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Facility#isIsInQpv <em>Is In Qpv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is In Qpv</em>'.
	 * @see org.ctgstudio.model.funding.Facility#isIsInQpv()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_IsInQpv();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.funding.Funding <em>Funding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funding</em>'.
	 * @see org.ctgstudio.model.funding.Funding
	 * @generated
	 */
	EClass getFunding();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Funding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getSource()
	 * @see #getFunding()
	 * @generated
	 */
	EAttribute getFunding_Source();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.Funding#getFunder <em>Funder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Funder</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getFunder()
	 * @see #getFunding()
	 * @generated
	 */
	EReference getFunding_Funder();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.Funding#getBeneficiary <em>Beneficiary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Beneficiary</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getBeneficiary()
	 * @see #getFunding()
	 * @generated
	 */
	EReference getFunding_Beneficiary();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.Funding#getFacility <em>Facility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Facility</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getFacility()
	 * @see #getFunding()
	 * @generated
	 */
	EReference getFunding_Facility();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.Funding#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Action</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getAction()
	 * @see #getFunding()
	 * @generated
	 */
	EReference getFunding_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Funding#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getYear()
	 * @see #getFunding()
	 * @generated
	 */
	EAttribute getFunding_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Funding#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getAmount()
	 * @see #getFunding()
	 * @generated
	 */
	EAttribute getFunding_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Funding#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getBasis()
	 * @see #getFunding()
	 * @generated
	 */
	EAttribute getFunding_Basis();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Funding#getUnitAmount <em>Unit Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Amount</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getUnitAmount()
	 * @see #getFunding()
	 * @generated
	 */
	EAttribute getFunding_UnitAmount();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.Funding#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.ctgstudio.model.funding.Funding#getQuantity()
	 * @see #getFunding()
	 * @generated
	 */
	EAttribute getFunding_Quantity();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.funding.TerritoryBonus <em>Territory Bonus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Territory Bonus</em>'.
	 * @see org.ctgstudio.model.funding.TerritoryBonus
	 * @generated
	 */
	EClass getTerritoryBonus();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.TerritoryBonus#getBonusType <em>Bonus Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bonus Type</em>'.
	 * @see org.ctgstudio.model.funding.TerritoryBonus#getBonusType()
	 * @see #getTerritoryBonus()
	 * @generated
	 */
	EAttribute getTerritoryBonus_BonusType();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.TerritoryBonus#getExistingPlaces <em>Existing Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Existing Places</em>'.
	 * @see org.ctgstudio.model.funding.TerritoryBonus#getExistingPlaces()
	 * @see #getTerritoryBonus()
	 * @generated
	 */
	EAttribute getTerritoryBonus_ExistingPlaces();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.TerritoryBonus#getNewPlaces <em>New Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Places</em>'.
	 * @see org.ctgstudio.model.funding.TerritoryBonus#getNewPlaces()
	 * @see #getTerritoryBonus()
	 * @generated
	 */
	EAttribute getTerritoryBonus_NewPlaces();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.TerritoryBonus#getAmountPerExistingPlace <em>Amount Per Existing Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount Per Existing Place</em>'.
	 * @see org.ctgstudio.model.funding.TerritoryBonus#getAmountPerExistingPlace()
	 * @see #getTerritoryBonus()
	 * @generated
	 */
	EAttribute getTerritoryBonus_AmountPerExistingPlace();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.TerritoryBonus#getAmountPerNewPlace <em>Amount Per New Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount Per New Place</em>'.
	 * @see org.ctgstudio.model.funding.TerritoryBonus#getAmountPerNewPlace()
	 * @see #getTerritoryBonus()
	 * @generated
	 */
	EAttribute getTerritoryBonus_AmountPerNewPlace();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.TerritoryBonus#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.ctgstudio.model.funding.TerritoryBonus#getHours()
	 * @see #getTerritoryBonus()
	 * @generated
	 */
	EAttribute getTerritoryBonus_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.TerritoryBonus#getReferenceCejAmount <em>Reference Cej Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Cej Amount</em>'.
	 * @see org.ctgstudio.model.funding.TerritoryBonus#getReferenceCejAmount()
	 * @see #getTerritoryBonus()
	 * @generated
	 */
	EAttribute getTerritoryBonus_ReferenceCejAmount();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.funding.PartnerCommitment <em>Partner Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partner Commitment</em>'.
	 * @see org.ctgstudio.model.funding.PartnerCommitment
	 * @generated
	 */
	EClass getPartnerCommitment();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.PartnerCommitment#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see org.ctgstudio.model.funding.PartnerCommitment#getPartner()
	 * @see #getPartnerCommitment()
	 * @generated
	 */
	EReference getPartnerCommitment_Partner();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PartnerCommitment#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.ctgstudio.model.funding.PartnerCommitment#getYear()
	 * @see #getPartnerCommitment()
	 * @generated
	 */
	EAttribute getPartnerCommitment_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PartnerCommitment#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.ctgstudio.model.funding.PartnerCommitment#getAmount()
	 * @see #getPartnerCommitment()
	 * @generated
	 */
	EAttribute getPartnerCommitment_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PartnerCommitment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.ctgstudio.model.funding.PartnerCommitment#getDescription()
	 * @see #getPartnerCommitment()
	 * @generated
	 */
	EAttribute getPartnerCommitment_Description();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.funding.DevelopmentPlan <em>Development Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Development Plan</em>'.
	 * @see org.ctgstudio.model.funding.DevelopmentPlan
	 * @generated
	 */
	EClass getDevelopmentPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.funding.DevelopmentPlan#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.ctgstudio.model.funding.DevelopmentPlan#getEntries()
	 * @see #getDevelopmentPlan()
	 * @generated
	 */
	EReference getDevelopmentPlan_Entries();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry <em>Development Plan Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Development Plan Entry</em>'.
	 * @see org.ctgstudio.model.funding.DevelopmentPlanEntry
	 * @generated
	 */
	EClass getDevelopmentPlanEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getFacilityType <em>Facility Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facility Type</em>'.
	 * @see org.ctgstudio.model.funding.DevelopmentPlanEntry#getFacilityType()
	 * @see #getDevelopmentPlanEntry()
	 * @generated
	 */
	EAttribute getDevelopmentPlanEntry_FacilityType();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Municipality</em>'.
	 * @see org.ctgstudio.model.funding.DevelopmentPlanEntry#getMunicipality()
	 * @see #getDevelopmentPlanEntry()
	 * @generated
	 */
	EReference getDevelopmentPlanEntry_Municipality();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.ctgstudio.model.funding.DevelopmentPlanEntry#getYear()
	 * @see #getDevelopmentPlanEntry()
	 * @generated
	 */
	EAttribute getDevelopmentPlanEntry_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getPlannedNewPlaces <em>Planned New Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned New Places</em>'.
	 * @see org.ctgstudio.model.funding.DevelopmentPlanEntry#getPlannedNewPlaces()
	 * @see #getDevelopmentPlanEntry()
	 * @generated
	 */
	EAttribute getDevelopmentPlanEntry_PlannedNewPlaces();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.funding.SupplyFigure <em>Supply Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supply Figure</em>'.
	 * @see org.ctgstudio.model.funding.SupplyFigure
	 * @generated
	 */
	EClass getSupplyFigure();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.SupplyFigure#getFacilityType <em>Facility Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facility Type</em>'.
	 * @see org.ctgstudio.model.funding.SupplyFigure#getFacilityType()
	 * @see #getSupplyFigure()
	 * @generated
	 */
	EAttribute getSupplyFigure_FacilityType();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.SupplyFigure#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Municipality</em>'.
	 * @see org.ctgstudio.model.funding.SupplyFigure#getMunicipality()
	 * @see #getSupplyFigure()
	 * @generated
	 */
	EReference getSupplyFigure_Municipality();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.SupplyFigure#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.ctgstudio.model.funding.SupplyFigure#getYear()
	 * @see #getSupplyFigure()
	 * @generated
	 */
	EAttribute getSupplyFigure_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.SupplyFigure#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.ctgstudio.model.funding.SupplyFigure#getCount()
	 * @see #getSupplyFigure()
	 * @generated
	 */
	EAttribute getSupplyFigure_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.SupplyFigure#getPlaces <em>Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Places</em>'.
	 * @see org.ctgstudio.model.funding.SupplyFigure#getPlaces()
	 * @see #getSupplyFigure()
	 * @generated
	 */
	EAttribute getSupplyFigure_Places();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.SupplyFigure#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.ctgstudio.model.funding.SupplyFigure#getDataSource()
	 * @see #getSupplyFigure()
	 * @generated
	 */
	EAttribute getSupplyFigure_DataSource();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.funding.PastSupport <em>Past Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Past Support</em>'.
	 * @see org.ctgstudio.model.funding.PastSupport
	 * @generated
	 */
	EClass getPastSupport();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.funding.PastSupport#getFunder <em>Funder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Funder</em>'.
	 * @see org.ctgstudio.model.funding.PastSupport#getFunder()
	 * @see #getPastSupport()
	 * @generated
	 */
	EReference getPastSupport_Funder();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PastSupport#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.ctgstudio.model.funding.PastSupport#getSource()
	 * @see #getPastSupport()
	 * @generated
	 */
	EAttribute getPastSupport_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PastSupport#getFirstYear <em>First Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Year</em>'.
	 * @see org.ctgstudio.model.funding.PastSupport#getFirstYear()
	 * @see #getPastSupport()
	 * @generated
	 */
	EAttribute getPastSupport_FirstYear();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PastSupport#getLastYear <em>Last Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Year</em>'.
	 * @see org.ctgstudio.model.funding.PastSupport#getLastYear()
	 * @see #getPastSupport()
	 * @generated
	 */
	EAttribute getPastSupport_LastYear();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PastSupport#getTotalAmount <em>Total Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Amount</em>'.
	 * @see org.ctgstudio.model.funding.PastSupport#getTotalAmount()
	 * @see #getPastSupport()
	 * @generated
	 */
	EAttribute getPastSupport_TotalAmount();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PastSupport#getMunicipalShare <em>Municipal Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Municipal Share</em>'.
	 * @see org.ctgstudio.model.funding.PastSupport#getMunicipalShare()
	 * @see #getPastSupport()
	 * @generated
	 */
	EAttribute getPastSupport_MunicipalShare();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.funding.PastSupport#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.ctgstudio.model.funding.PastSupport#getDescription()
	 * @see #getPastSupport()
	 * @generated
	 */
	EAttribute getPastSupport_Description();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.funding.FacilityType <em>Facility Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Facility Type</em>'.
	 * @see org.ctgstudio.model.funding.FacilityType
	 * @generated
	 */
	EEnum getFacilityType();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.funding.FundingSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source</em>'.
	 * @see org.ctgstudio.model.funding.FundingSource
	 * @generated
	 */
	EEnum getFundingSource();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.funding.FundingBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Basis</em>'.
	 * @see org.ctgstudio.model.funding.FundingBasis
	 * @generated
	 */
	EEnum getFundingBasis();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.funding.BonusType <em>Bonus Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Bonus Type</em>'.
	 * @see org.ctgstudio.model.funding.BonusType
	 * @generated
	 */
	EEnum getBonusType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FundingFactory getFundingFactory();

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
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.impl.FacilityImpl <em>Facility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.impl.FacilityImpl
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFacility()
		 * @generated
		 */
		EClass FACILITY = eINSTANCE.getFacility();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__NAME = eINSTANCE.getFacility_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__TYPE = eINSTANCE.getFacility_Type();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY__OPERATOR = eINSTANCE.getFacility_Operator();

		/**
		 * The meta object literal for the '<em><b>Operator To Be Designated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__OPERATOR_TO_BE_DESIGNATED = eINSTANCE.getFacility_OperatorToBeDesignated();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY__MUNICIPALITY = eINSTANCE.getFacility_Municipality();

		/**
		 * The meta object literal for the '<em><b>Capacity Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__CAPACITY_PLACES = eINSTANCE.getFacility_CapacityPlaces();

		/**
		 * The meta object literal for the '<em><b>Existing Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__EXISTING_PLACES = eINSTANCE.getFacility_ExistingPlaces();

		/**
		 * The meta object literal for the '<em><b>New Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__NEW_PLACES = eINSTANCE.getFacility_NewPlaces();

		/**
		 * The meta object literal for the '<em><b>Annual Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__ANNUAL_HOURS = eINSTANCE.getFacility_AnnualHours();

		/**
		 * The meta object literal for the '<em><b>Is Psu Funded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__IS_PSU_FUNDED = eINSTANCE.getFacility_IsPsuFunded();

		/**
		 * The meta object literal for the '<em><b>Is In Qpv</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__IS_IN_QPV = eINSTANCE.getFacility_IsInQpv();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.impl.FundingImpl <em>Funding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.impl.FundingImpl
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFunding()
		 * @generated
		 */
		EClass FUNDING = eINSTANCE.getFunding();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING__SOURCE = eINSTANCE.getFunding_Source();

		/**
		 * The meta object literal for the '<em><b>Funder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING__FUNDER = eINSTANCE.getFunding_Funder();

		/**
		 * The meta object literal for the '<em><b>Beneficiary</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING__BENEFICIARY = eINSTANCE.getFunding_Beneficiary();

		/**
		 * The meta object literal for the '<em><b>Facility</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING__FACILITY = eINSTANCE.getFunding_Facility();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING__ACTION = eINSTANCE.getFunding_Action();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING__YEAR = eINSTANCE.getFunding_Year();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING__AMOUNT = eINSTANCE.getFunding_Amount();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING__BASIS = eINSTANCE.getFunding_Basis();

		/**
		 * The meta object literal for the '<em><b>Unit Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING__UNIT_AMOUNT = eINSTANCE.getFunding_UnitAmount();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING__QUANTITY = eINSTANCE.getFunding_Quantity();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl <em>Territory Bonus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.impl.TerritoryBonusImpl
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getTerritoryBonus()
		 * @generated
		 */
		EClass TERRITORY_BONUS = eINSTANCE.getTerritoryBonus();

		/**
		 * The meta object literal for the '<em><b>Bonus Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY_BONUS__BONUS_TYPE = eINSTANCE.getTerritoryBonus_BonusType();

		/**
		 * The meta object literal for the '<em><b>Existing Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY_BONUS__EXISTING_PLACES = eINSTANCE.getTerritoryBonus_ExistingPlaces();

		/**
		 * The meta object literal for the '<em><b>New Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY_BONUS__NEW_PLACES = eINSTANCE.getTerritoryBonus_NewPlaces();

		/**
		 * The meta object literal for the '<em><b>Amount Per Existing Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE = eINSTANCE.getTerritoryBonus_AmountPerExistingPlace();

		/**
		 * The meta object literal for the '<em><b>Amount Per New Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE = eINSTANCE.getTerritoryBonus_AmountPerNewPlace();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY_BONUS__HOURS = eINSTANCE.getTerritoryBonus_Hours();

		/**
		 * The meta object literal for the '<em><b>Reference Cej Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT = eINSTANCE.getTerritoryBonus_ReferenceCejAmount();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.impl.PartnerCommitmentImpl <em>Partner Commitment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.impl.PartnerCommitmentImpl
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getPartnerCommitment()
		 * @generated
		 */
		EClass PARTNER_COMMITMENT = eINSTANCE.getPartnerCommitment();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_COMMITMENT__PARTNER = eINSTANCE.getPartnerCommitment_Partner();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COMMITMENT__YEAR = eINSTANCE.getPartnerCommitment_Year();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COMMITMENT__AMOUNT = eINSTANCE.getPartnerCommitment_Amount();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COMMITMENT__DESCRIPTION = eINSTANCE.getPartnerCommitment_Description();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.impl.DevelopmentPlanImpl <em>Development Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.impl.DevelopmentPlanImpl
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getDevelopmentPlan()
		 * @generated
		 */
		EClass DEVELOPMENT_PLAN = eINSTANCE.getDevelopmentPlan();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPMENT_PLAN__ENTRIES = eINSTANCE.getDevelopmentPlan_Entries();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.impl.DevelopmentPlanEntryImpl <em>Development Plan Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.impl.DevelopmentPlanEntryImpl
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getDevelopmentPlanEntry()
		 * @generated
		 */
		EClass DEVELOPMENT_PLAN_ENTRY = eINSTANCE.getDevelopmentPlanEntry();

		/**
		 * The meta object literal for the '<em><b>Facility Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVELOPMENT_PLAN_ENTRY__FACILITY_TYPE = eINSTANCE.getDevelopmentPlanEntry_FacilityType();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY = eINSTANCE.getDevelopmentPlanEntry_Municipality();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVELOPMENT_PLAN_ENTRY__YEAR = eINSTANCE.getDevelopmentPlanEntry_Year();

		/**
		 * The meta object literal for the '<em><b>Planned New Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVELOPMENT_PLAN_ENTRY__PLANNED_NEW_PLACES = eINSTANCE.getDevelopmentPlanEntry_PlannedNewPlaces();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.impl.SupplyFigureImpl <em>Supply Figure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.impl.SupplyFigureImpl
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getSupplyFigure()
		 * @generated
		 */
		EClass SUPPLY_FIGURE = eINSTANCE.getSupplyFigure();

		/**
		 * The meta object literal for the '<em><b>Facility Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_FIGURE__FACILITY_TYPE = eINSTANCE.getSupplyFigure_FacilityType();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPLY_FIGURE__MUNICIPALITY = eINSTANCE.getSupplyFigure_Municipality();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_FIGURE__YEAR = eINSTANCE.getSupplyFigure_Year();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_FIGURE__COUNT = eINSTANCE.getSupplyFigure_Count();

		/**
		 * The meta object literal for the '<em><b>Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_FIGURE__PLACES = eINSTANCE.getSupplyFigure_Places();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_FIGURE__DATA_SOURCE = eINSTANCE.getSupplyFigure_DataSource();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.impl.PastSupportImpl <em>Past Support</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.impl.PastSupportImpl
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getPastSupport()
		 * @generated
		 */
		EClass PAST_SUPPORT = eINSTANCE.getPastSupport();

		/**
		 * The meta object literal for the '<em><b>Funder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAST_SUPPORT__FUNDER = eINSTANCE.getPastSupport_Funder();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAST_SUPPORT__SOURCE = eINSTANCE.getPastSupport_Source();

		/**
		 * The meta object literal for the '<em><b>First Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAST_SUPPORT__FIRST_YEAR = eINSTANCE.getPastSupport_FirstYear();

		/**
		 * The meta object literal for the '<em><b>Last Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAST_SUPPORT__LAST_YEAR = eINSTANCE.getPastSupport_LastYear();

		/**
		 * The meta object literal for the '<em><b>Total Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAST_SUPPORT__TOTAL_AMOUNT = eINSTANCE.getPastSupport_TotalAmount();

		/**
		 * The meta object literal for the '<em><b>Municipal Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAST_SUPPORT__MUNICIPAL_SHARE = eINSTANCE.getPastSupport_MunicipalShare();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAST_SUPPORT__DESCRIPTION = eINSTANCE.getPastSupport_Description();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.FacilityType <em>Facility Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.FacilityType
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFacilityType()
		 * @generated
		 */
		EEnum FACILITY_TYPE = eINSTANCE.getFacilityType();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.FundingSource <em>Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.FundingSource
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFundingSource()
		 * @generated
		 */
		EEnum FUNDING_SOURCE = eINSTANCE.getFundingSource();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.FundingBasis <em>Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.FundingBasis
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getFundingBasis()
		 * @generated
		 */
		EEnum FUNDING_BASIS = eINSTANCE.getFundingBasis();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.funding.BonusType <em>Bonus Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.funding.BonusType
		 * @see org.ctgstudio.model.funding.impl.FundingPackageImpl#getBonusType()
		 * @generated
		 */
		EEnum BONUS_TYPE = eINSTANCE.getBonusType();

	}

} //FundingPackage
