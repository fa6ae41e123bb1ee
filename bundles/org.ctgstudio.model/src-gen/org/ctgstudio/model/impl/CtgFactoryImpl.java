/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.time.LocalDate;
import java.time.MonthDay;

import org.ctgstudio.model.*;

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
public class CtgFactoryImpl extends EFactoryImpl implements CtgFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CtgFactory init() {
		try {
			CtgFactory theCtgFactory = (CtgFactory)EPackage.Registry.INSTANCE.getEFactory(CtgPackage.eNS_URI);
			if (theCtgFactory != null) {
				return theCtgFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CtgFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CtgFactoryImpl() {
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
			case CtgPackage.CTG_WORKSPACE: return createCtgWorkspace();
			case CtgPackage.ORGANISATION: return createOrganisation();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT: return createGlobalTerritorialAgreement();
			case CtgPackage.AGREEMENT_PARTY: return createAgreementParty();
			case CtgPackage.REPRESENTATIVE: return createRepresentative();
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT: return createChildhoodYouthContract();
			case CtgPackage.INTERVENTION_FIELD: return createInterventionField();
			case CtgPackage.TERRITORY: return createTerritory();
			case CtgPackage.MUNICIPALITY: return createMunicipality();
			case CtgPackage.DELEGATED_MUNICIPALITY: return createDelegatedMunicipality();
			case CtgPackage.COMPETENCE: return createCompetence();
			case CtgPackage.DEPARTMENTAL_SCHEME_LINK: return createDepartmentalSchemeLink();
			case CtgPackage.LINKED_CONTRACT: return createLinkedContract();
			case CtgPackage.ARTICLE_INSTANCE: return createArticleInstance();
			case CtgPackage.ANNEX_INSTANCE: return createAnnexInstance();
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
			case CtgPackage.THEMATIC_DOMAIN:
				return createThematicDomainFromString(eDataType, initialValue);
			case CtgPackage.PARTNER_TYPE:
				return createPartnerTypeFromString(eDataType, initialValue);
			case CtgPackage.TERRITORY_TYPE:
				return createTerritoryTypeFromString(eDataType, initialValue);
			case CtgPackage.CTG_STATUS:
				return createCtgStatusFromString(eDataType, initialValue);
			case CtgPackage.PARTY_ROLE:
				return createPartyRoleFromString(eDataType, initialValue);
			case CtgPackage.TARGET_PUBLIC:
				return createTargetPublicFromString(eDataType, initialValue);
			case CtgPackage.SCHEME_TYPE:
				return createSchemeTypeFromString(eDataType, initialValue);
			case CtgPackage.CONTRACT_TYPE:
				return createContractTypeFromString(eDataType, initialValue);
			case CtgPackage.ANNEX_KIND:
				return createAnnexKindFromString(eDataType, initialValue);
			case CtgPackage.OPERATOR_NATURE:
				return createOperatorNatureFromString(eDataType, initialValue);
			case CtgPackage.AREA_CHARACTER:
				return createAreaCharacterFromString(eDataType, initialValue);
			case CtgPackage.DATE_PRECISION:
				return createDatePrecisionFromString(eDataType, initialValue);
			case CtgPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			case CtgPackage.MONTH_DAY:
				return createMonthDayFromString(eDataType, initialValue);
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
			case CtgPackage.THEMATIC_DOMAIN:
				return convertThematicDomainToString(eDataType, instanceValue);
			case CtgPackage.PARTNER_TYPE:
				return convertPartnerTypeToString(eDataType, instanceValue);
			case CtgPackage.TERRITORY_TYPE:
				return convertTerritoryTypeToString(eDataType, instanceValue);
			case CtgPackage.CTG_STATUS:
				return convertCtgStatusToString(eDataType, instanceValue);
			case CtgPackage.PARTY_ROLE:
				return convertPartyRoleToString(eDataType, instanceValue);
			case CtgPackage.TARGET_PUBLIC:
				return convertTargetPublicToString(eDataType, instanceValue);
			case CtgPackage.SCHEME_TYPE:
				return convertSchemeTypeToString(eDataType, instanceValue);
			case CtgPackage.CONTRACT_TYPE:
				return convertContractTypeToString(eDataType, instanceValue);
			case CtgPackage.ANNEX_KIND:
				return convertAnnexKindToString(eDataType, instanceValue);
			case CtgPackage.OPERATOR_NATURE:
				return convertOperatorNatureToString(eDataType, instanceValue);
			case CtgPackage.AREA_CHARACTER:
				return convertAreaCharacterToString(eDataType, instanceValue);
			case CtgPackage.DATE_PRECISION:
				return convertDatePrecisionToString(eDataType, instanceValue);
			case CtgPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			case CtgPackage.MONTH_DAY:
				return convertMonthDayToString(eDataType, instanceValue);
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
	public CtgWorkspace createCtgWorkspace() {
		CtgWorkspaceImpl ctgWorkspace = new CtgWorkspaceImpl();
		return ctgWorkspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalTerritorialAgreement createGlobalTerritorialAgreement() {
		GlobalTerritorialAgreementImpl globalTerritorialAgreement = new GlobalTerritorialAgreementImpl();
		return globalTerritorialAgreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgreementParty createAgreementParty() {
		AgreementPartyImpl agreementParty = new AgreementPartyImpl();
		return agreementParty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Representative createRepresentative() {
		RepresentativeImpl representative = new RepresentativeImpl();
		return representative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChildhoodYouthContract createChildhoodYouthContract() {
		ChildhoodYouthContractImpl childhoodYouthContract = new ChildhoodYouthContractImpl();
		return childhoodYouthContract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterventionField createInterventionField() {
		InterventionFieldImpl interventionField = new InterventionFieldImpl();
		return interventionField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Territory createTerritory() {
		TerritoryImpl territory = new TerritoryImpl();
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Municipality createMunicipality() {
		MunicipalityImpl municipality = new MunicipalityImpl();
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DelegatedMunicipality createDelegatedMunicipality() {
		DelegatedMunicipalityImpl delegatedMunicipality = new DelegatedMunicipalityImpl();
		return delegatedMunicipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Competence createCompetence() {
		CompetenceImpl competence = new CompetenceImpl();
		return competence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartmentalSchemeLink createDepartmentalSchemeLink() {
		DepartmentalSchemeLinkImpl departmentalSchemeLink = new DepartmentalSchemeLinkImpl();
		return departmentalSchemeLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkedContract createLinkedContract() {
		LinkedContractImpl linkedContract = new LinkedContractImpl();
		return linkedContract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleInstance createArticleInstance() {
		ArticleInstanceImpl articleInstance = new ArticleInstanceImpl();
		return articleInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnexInstance createAnnexInstance() {
		AnnexInstanceImpl annexInstance = new AnnexInstanceImpl();
		return annexInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ThematicDomain createThematicDomainFromString(EDataType eDataType, String initialValue) {
		ThematicDomain result = ThematicDomain.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertThematicDomainToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerType createPartnerTypeFromString(EDataType eDataType, String initialValue) {
		PartnerType result = PartnerType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartnerTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerritoryType createTerritoryTypeFromString(EDataType eDataType, String initialValue) {
		TerritoryType result = TerritoryType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTerritoryTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CtgStatus createCtgStatusFromString(EDataType eDataType, String initialValue) {
		CtgStatus result = CtgStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCtgStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartyRole createPartyRoleFromString(EDataType eDataType, String initialValue) {
		PartyRole result = PartyRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartyRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetPublic createTargetPublicFromString(EDataType eDataType, String initialValue) {
		TargetPublic result = TargetPublic.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetPublicToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchemeType createSchemeTypeFromString(EDataType eDataType, String initialValue) {
		SchemeType result = SchemeType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSchemeTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContractType createContractTypeFromString(EDataType eDataType, String initialValue) {
		ContractType result = ContractType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContractTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnexKind createAnnexKindFromString(EDataType eDataType, String initialValue) {
		AnnexKind result = AnnexKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnnexKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OperatorNature createOperatorNatureFromString(EDataType eDataType, String initialValue) {
		OperatorNature result = OperatorNature.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOperatorNatureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AreaCharacter createAreaCharacterFromString(EDataType eDataType, String initialValue) {
		AreaCharacter result = AreaCharacter.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAreaCharacterToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DatePrecision createDatePrecisionFromString(EDataType eDataType, String initialValue) {
		DatePrecision result = DatePrecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDatePrecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDate(final String it) {
		return org.ctgstudio.model.util.IsoDates.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return createDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return convertDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonthDay createMonthDay(final String it) {
		return it == null || it.isBlank() ? null : java.time.MonthDay.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonthDay createMonthDayFromString(EDataType eDataType, String initialValue) {
		return createMonthDay(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMonthDay(final MonthDay it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMonthDayToString(EDataType eDataType, Object instanceValue) {
		return convertMonthDay((MonthDay)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CtgPackage getCtgPackage() {
		return (CtgPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CtgPackage getPackage() {
		return CtgPackage.eINSTANCE;
	}

} //CtgFactoryImpl
