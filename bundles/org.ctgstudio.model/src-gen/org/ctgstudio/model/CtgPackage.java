/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * <!-- begin-model-doc -->
 * CTG Studio metamodel: Conventions Territoriales Globales (agreements, territories, partners, shared diagnosis, action plan, facilities, funding, governance, evaluation, amendments), convention templates and the Caf coverage model. Labels: annotation http://ctgstudio.org/ctg/labels (fr, en) on every element.
 * <!-- end-model-doc -->
 * @see org.ctgstudio.model.CtgFactory
 * @model kind="package"
 *        annotation="http://ctgstudio.org/ctg/labels fr='CTG' en='CTG'"
 *        annotation="http://ctgstudio.org/ctg/property-categories Acteurs.fr='Acteurs' Acteurs.en='Actors' BonusTerritoire.fr='Bonus territoire' BonusTerritoire.en='Territory bonus' Calendrier.fr='Calendrier' Calendrier.en='Schedule' Capacite.fr='Capacit\351' Capacite.en='Capacity' Controles.fr='Contr\364les' Controles.en='Checks' Dates.fr='Dates' Dates.en='Dates' Decompte.fr='D\351compte' Decompte.en='Counting' Deliberation.fr='D\351lib\351ration' Deliberation.en='Deliberation' Financement.fr='Financement' Financement.en='Funding' Identification.fr='Identification' Identification.en='Identification' Modele.fr='Mod\350le' Modele.en='Template' Montant.fr='Montant' Montant.en='Amount' Population.fr='Population' Population.en='Population' Suivi.fr='Suivi' Suivi.en='Follow-up' Territoire.fr='Territoire' Territoire.en='Territory' Valeurs.fr='Valeurs' Valeurs.en='Values' Zonage.fr='Zonage' Zonage.en='Zoning'"
 * @generated
 */
public interface CtgPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/ctg/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ctg";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CtgPackage eINSTANCE = org.ctgstudio.model.impl.CtgPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.IdentifiedImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.CtgWorkspaceImpl <em>Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.CtgWorkspaceImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getCtgWorkspace()
	 * @generated
	 */
	int CTG_WORKSPACE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE__ORGANISATIONS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Municipalities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE__MUNICIPALITIES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Territories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE__TERRITORIES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE__TEMPLATES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE__AGREEMENTS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Deployment Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE__DEPLOYMENT_PLANS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTG_WORKSPACE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.OrganisationImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__TYPE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Siren</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SIREN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__MUNICIPALITY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Territory</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__TERRITORY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Is Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__IS_OPERATOR = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Operator Nature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__OPERATOR_NATURE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Siret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SIRET = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl <em>Global Territorial Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getGlobalTerritorialAgreement()
	 * @generated
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__GENERATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__START_DATE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__END_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Duration Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__DURATION_YEARS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Effective End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__EFFECTIVE_END_DATE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Cog Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Territory</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Replaced Cejs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__PARTIES = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Intervention Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Diagnosis</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__AXES = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Facilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Fundings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Commitments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Amendments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Development Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN = IDENTIFIED_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Scheme Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS = IDENTIFIED_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Linked Contracts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS = IDENTIFIED_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES = IDENTIFIED_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Annexes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES = IDENTIFIED_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Rule Overrides</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES = IDENTIFIED_FEATURE_COUNT + 31;

	/**
	 * The number of structural features of the '<em>Global Territorial Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 32;

	/**
	 * The number of operations of the '<em>Global Territorial Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_TERRITORIAL_AGREEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.AgreementPartyImpl <em>Agreement Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.AgreementPartyImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getAgreementParty()
	 * @generated
	 */
	int AGREEMENT_PARTY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY__ORGANISATION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY__ROLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Representatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY__REPRESENTATIVES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deliberation Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY__DELIBERATION_BODY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Deliberation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY__DELIBERATION_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY__SIGNATURE_DATE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Agreement Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Agreement Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_PARTY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.RepresentativeImpl <em>Representative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.RepresentativeImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getRepresentative()
	 * @generated
	 */
	int REPRESENTATIVE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATIVE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATIVE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATIVE__CAPACITY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Representative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATIVE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Representative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATIVE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl <em>Childhood Youth Contract</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.ChildhoodYouthContractImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getChildhoodYouthContract()
	 * @generated
	 */
	int CHILDHOOD_YOUTH_CONTRACT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT__START_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT__END_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Replacement Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Annual Caf Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Childhood Youth Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Childhood Youth Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILDHOOD_YOUTH_CONTRACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.InterventionFieldImpl <em>Intervention Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.InterventionFieldImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getInterventionField()
	 * @generated
	 */
	int INTERVENTION_FIELD = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FIELD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FIELD__THEME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Is Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FIELD__IS_PRIORITY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FIELD__JUSTIFICATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Intervention Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FIELD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Intervention Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FIELD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.TerritoryImpl <em>Territory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.TerritoryImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getTerritory()
	 * @generated
	 */
	int TERRITORY = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__TYPE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Character</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__CHARACTER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__CODE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__POPULATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Population Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__POPULATION_YEAR = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Financial Potential Per Inhabitant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Income Per Inhabitant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__INCOME_PER_INHABITANT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Competent Caf</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__COMPETENT_CAF = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Municipalities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__MUNICIPALITIES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Seat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__SEAT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Competences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY__COMPETENCES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Territory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Territory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.MunicipalityImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getMunicipality()
	 * @generated
	 */
	int MUNICIPALITY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Insee Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__INSEE_CODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__POPULATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Population Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__POPULATION_YEAR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Has Qpv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__HAS_QPV = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Is Zrr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__IS_ZRR = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Is New Municipality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__IS_NEW_MUNICIPALITY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Delegated Municipalities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__DELEGATED_MUNICIPALITIES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.DelegatedMunicipalityImpl <em>Delegated Municipality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.DelegatedMunicipalityImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getDelegatedMunicipality()
	 * @generated
	 */
	int DELEGATED_MUNICIPALITY = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELEGATED_MUNICIPALITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELEGATED_MUNICIPALITY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Insee Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELEGATED_MUNICIPALITY__INSEE_CODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELEGATED_MUNICIPALITY__POPULATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Delegated Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELEGATED_MUNICIPALITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Delegated Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELEGATED_MUNICIPALITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.CompetenceImpl <em>Competence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.CompetenceImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getCompetence()
	 * @generated
	 */
	int COMPETENCE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCE__THEME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Is Transferred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCE__IS_TRANSFERRED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Retaining Municipalities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCE__RETAINING_MUNICIPALITIES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Competence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Competence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.DepartmentalSchemeLinkImpl <em>Departmental Scheme Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.DepartmentalSchemeLinkImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getDepartmentalSchemeLink()
	 * @generated
	 */
	int DEPARTMENTAL_SCHEME_LINK = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_SCHEME_LINK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_SCHEME_LINK__SCHEME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_SCHEME_LINK__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_SCHEME_LINK__PERIOD = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Departmental Scheme Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_SCHEME_LINK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Departmental Scheme Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_SCHEME_LINK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.LinkedContractImpl <em>Linked Contract</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.LinkedContractImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getLinkedContract()
	 * @generated
	 */
	int LINKED_CONTRACT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_CONTRACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_CONTRACT__TYPE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_CONTRACT__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_CONTRACT__PERIOD = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Linked Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_CONTRACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Linked Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINKED_CONTRACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.ArticleInstanceImpl <em>Article Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.ArticleInstanceImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getArticleInstance()
	 * @generated
	 */
	int ARTICLE_INSTANCE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_INSTANCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_INSTANCE__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_INSTANCE__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_INSTANCE__BODY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_INSTANCE__TEMPLATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Is Locally Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_INSTANCE__IS_LOCALLY_MODIFIED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Article Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_INSTANCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Article Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_INSTANCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.impl.AnnexInstanceImpl <em>Annex Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.impl.AnnexInstanceImpl
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getAnnexInstance()
	 * @generated
	 */
	int ANNEX_INSTANCE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_INSTANCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_INSTANCE__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_INSTANCE__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_INSTANCE__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Attachment Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_INSTANCE__ATTACHMENT_URI = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_INSTANCE__TEMPLATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Annex Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_INSTANCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Annex Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_INSTANCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.ThematicDomain <em>Thematic Domain</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getThematicDomain()
	 * @generated
	 */
	int THEMATIC_DOMAIN = 16;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.PartnerType <em>Partner Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.PartnerType
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getPartnerType()
	 * @generated
	 */
	int PARTNER_TYPE = 17;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.TerritoryType <em>Territory Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.TerritoryType
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getTerritoryType()
	 * @generated
	 */
	int TERRITORY_TYPE = 18;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.CtgStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.CtgStatus
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getCtgStatus()
	 * @generated
	 */
	int CTG_STATUS = 19;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.PartyRole <em>Party Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.PartyRole
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getPartyRole()
	 * @generated
	 */
	int PARTY_ROLE = 20;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.TargetPublic <em>Target Public</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.TargetPublic
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getTargetPublic()
	 * @generated
	 */
	int TARGET_PUBLIC = 21;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.SchemeType <em>Scheme Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.SchemeType
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getSchemeType()
	 * @generated
	 */
	int SCHEME_TYPE = 22;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.ContractType <em>Contract Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.ContractType
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getContractType()
	 * @generated
	 */
	int CONTRACT_TYPE = 23;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.AnnexKind <em>Annex Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.AnnexKind
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getAnnexKind()
	 * @generated
	 */
	int ANNEX_KIND = 24;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.OperatorNature <em>Operator Nature</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.OperatorNature
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getOperatorNature()
	 * @generated
	 */
	int OPERATOR_NATURE = 25;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.AreaCharacter <em>Area Character</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.AreaCharacter
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getAreaCharacter()
	 * @generated
	 */
	int AREA_CHARACTER = 26;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.DatePrecision <em>Date Precision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.DatePrecision
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getDatePrecision()
	 * @generated
	 */
	int DATE_PRECISION = 27;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 28;

	/**
	 * The meta object id for the '<em>Month Day</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.MonthDay
	 * @see org.ctgstudio.model.impl.CtgPackageImpl#getMonthDay()
	 * @generated
	 */
	int MONTH_DAY = 29;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.ctgstudio.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.ctgstudio.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.CtgWorkspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace</em>'.
	 * @see org.ctgstudio.model.CtgWorkspace
	 * @generated
	 */
	EClass getCtgWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.CtgWorkspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.CtgWorkspace#getName()
	 * @see #getCtgWorkspace()
	 * @generated
	 */
	EAttribute getCtgWorkspace_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.CtgWorkspace#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see org.ctgstudio.model.CtgWorkspace#getOrganisations()
	 * @see #getCtgWorkspace()
	 * @generated
	 */
	EReference getCtgWorkspace_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.CtgWorkspace#getMunicipalities <em>Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Municipalities</em>'.
	 * @see org.ctgstudio.model.CtgWorkspace#getMunicipalities()
	 * @see #getCtgWorkspace()
	 * @generated
	 */
	EReference getCtgWorkspace_Municipalities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.CtgWorkspace#getTerritories <em>Territories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Territories</em>'.
	 * @see org.ctgstudio.model.CtgWorkspace#getTerritories()
	 * @see #getCtgWorkspace()
	 * @generated
	 */
	EReference getCtgWorkspace_Territories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.CtgWorkspace#getTemplates <em>Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Templates</em>'.
	 * @see org.ctgstudio.model.CtgWorkspace#getTemplates()
	 * @see #getCtgWorkspace()
	 * @generated
	 */
	EReference getCtgWorkspace_Templates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.CtgWorkspace#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agreements</em>'.
	 * @see org.ctgstudio.model.CtgWorkspace#getAgreements()
	 * @see #getCtgWorkspace()
	 * @generated
	 */
	EReference getCtgWorkspace_Agreements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.CtgWorkspace#getDeploymentPlans <em>Deployment Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deployment Plans</em>'.
	 * @see org.ctgstudio.model.CtgWorkspace#getDeploymentPlans()
	 * @see #getCtgWorkspace()
	 * @generated
	 */
	EReference getCtgWorkspace_DeploymentPlans();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.ctgstudio.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Organisation#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.ctgstudio.model.Organisation#getType()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Organisation#getSiren <em>Siren</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Siren</em>'.
	 * @see org.ctgstudio.model.Organisation#getSiren()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Siren();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.Organisation#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Municipality</em>'.
	 * @see org.ctgstudio.model.Organisation#getMunicipality()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Municipality();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.Organisation#getTerritory <em>Territory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Territory</em>'.
	 * @see org.ctgstudio.model.Organisation#getTerritory()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Territory();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Organisation#isIsOperator <em>Is Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Operator</em>'.
	 * @see org.ctgstudio.model.Organisation#isIsOperator()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_IsOperator();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Organisation#getOperatorNature <em>Operator Nature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator Nature</em>'.
	 * @see org.ctgstudio.model.Organisation#getOperatorNature()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_OperatorNature();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Organisation#getSiret <em>Siret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Siret</em>'.
	 * @see org.ctgstudio.model.Organisation#getSiret()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Siret();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.GlobalTerritorialAgreement <em>Global Territorial Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Global Territorial Agreement</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement
	 * @generated
	 */
	EClass getGlobalTerritorialAgreement();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getCode()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getTitle()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getGeneration <em>Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generation</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getGeneration()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_Generation();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getStatus()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getSignatureDate <em>Signature Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature Date</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getSignatureDate()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_SignatureDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getStartDate()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getEndDate()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getDurationYears <em>Duration Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Years</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getDurationYears()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_DurationYears();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getEffectiveEndDate <em>Effective End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective End Date</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getEffectiveEndDate()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_EffectiveEndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getCogPeriod <em>Cog Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cog Period</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getCogPeriod()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_CogPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTemplateVersion <em>Template Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Version</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getTemplateVersion()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EAttribute getGlobalTerritorialAgreement_TemplateVersion();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTerritory <em>Territory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Territory</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getTerritory()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Territory();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getTemplate()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Template();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getPredecessor <em>Predecessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Predecessor</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getPredecessor()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Predecessor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getReplacedCejs <em>Replaced Cejs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Replaced Cejs</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getReplacedCejs()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_ReplacedCejs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parties</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getParties()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Parties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getInterventionFields <em>Intervention Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Intervention Fields</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getInterventionFields()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_InterventionFields();

	/**
	 * Returns the meta object for the containment reference '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getDiagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Diagnosis</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getDiagnosis()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Diagnosis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Axes</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getAxes()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Axes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getActions()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Actions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getFacilities <em>Facilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Facilities</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getFacilities()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Facilities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getFundings <em>Fundings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fundings</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getFundings()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Fundings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getCommitments <em>Commitments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Commitments</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getCommitments()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Commitments();

	/**
	 * Returns the meta object for the containment reference '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getGovernance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Governance</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getGovernance()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Governance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getEvaluations()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Evaluations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getAmendments <em>Amendments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amendments</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getAmendments()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Amendments();

	/**
	 * Returns the meta object for the containment reference '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getDevelopmentPlan <em>Development Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Development Plan</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getDevelopmentPlan()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_DevelopmentPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getSchemeLinks <em>Scheme Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scheme Links</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getSchemeLinks()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_SchemeLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getLinkedContracts <em>Linked Contracts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Linked Contracts</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getLinkedContracts()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_LinkedContracts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Articles</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getArticles()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Articles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getAnnexes <em>Annexes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annexes</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getAnnexes()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_Annexes();

	/**
	 * Returns the meta object for the containment reference '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getRuleOverrides <em>Rule Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rule Overrides</em>'.
	 * @see org.ctgstudio.model.GlobalTerritorialAgreement#getRuleOverrides()
	 * @see #getGlobalTerritorialAgreement()
	 * @generated
	 */
	EReference getGlobalTerritorialAgreement_RuleOverrides();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.AgreementParty <em>Agreement Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agreement Party</em>'.
	 * @see org.ctgstudio.model.AgreementParty
	 * @generated
	 */
	EClass getAgreementParty();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.AgreementParty#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.ctgstudio.model.AgreementParty#getOrganisation()
	 * @see #getAgreementParty()
	 * @generated
	 */
	EReference getAgreementParty_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.AgreementParty#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.ctgstudio.model.AgreementParty#getRole()
	 * @see #getAgreementParty()
	 * @generated
	 */
	EAttribute getAgreementParty_Role();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.AgreementParty#getRepresentatives <em>Representatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Representatives</em>'.
	 * @see org.ctgstudio.model.AgreementParty#getRepresentatives()
	 * @see #getAgreementParty()
	 * @generated
	 */
	EReference getAgreementParty_Representatives();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.AgreementParty#getDeliberationBody <em>Deliberation Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deliberation Body</em>'.
	 * @see org.ctgstudio.model.AgreementParty#getDeliberationBody()
	 * @see #getAgreementParty()
	 * @generated
	 */
	EAttribute getAgreementParty_DeliberationBody();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.AgreementParty#getDeliberationDate <em>Deliberation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deliberation Date</em>'.
	 * @see org.ctgstudio.model.AgreementParty#getDeliberationDate()
	 * @see #getAgreementParty()
	 * @generated
	 */
	EAttribute getAgreementParty_DeliberationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.AgreementParty#getSignatureDate <em>Signature Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature Date</em>'.
	 * @see org.ctgstudio.model.AgreementParty#getSignatureDate()
	 * @see #getAgreementParty()
	 * @generated
	 */
	EAttribute getAgreementParty_SignatureDate();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.Representative <em>Representative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representative</em>'.
	 * @see org.ctgstudio.model.Representative
	 * @generated
	 */
	EClass getRepresentative();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Representative#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.Representative#getName()
	 * @see #getRepresentative()
	 * @generated
	 */
	EAttribute getRepresentative_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Representative#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.ctgstudio.model.Representative#getCapacity()
	 * @see #getRepresentative()
	 * @generated
	 */
	EAttribute getRepresentative_Capacity();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.ChildhoodYouthContract <em>Childhood Youth Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Childhood Youth Contract</em>'.
	 * @see org.ctgstudio.model.ChildhoodYouthContract
	 * @generated
	 */
	EClass getChildhoodYouthContract();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ChildhoodYouthContract#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.ChildhoodYouthContract#getCode()
	 * @see #getChildhoodYouthContract()
	 * @generated
	 */
	EAttribute getChildhoodYouthContract_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ChildhoodYouthContract#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.ctgstudio.model.ChildhoodYouthContract#getTitle()
	 * @see #getChildhoodYouthContract()
	 * @generated
	 */
	EAttribute getChildhoodYouthContract_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ChildhoodYouthContract#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.ctgstudio.model.ChildhoodYouthContract#getStartDate()
	 * @see #getChildhoodYouthContract()
	 * @generated
	 */
	EAttribute getChildhoodYouthContract_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ChildhoodYouthContract#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.ctgstudio.model.ChildhoodYouthContract#getEndDate()
	 * @see #getChildhoodYouthContract()
	 * @generated
	 */
	EAttribute getChildhoodYouthContract_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ChildhoodYouthContract#getReplacementDate <em>Replacement Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replacement Date</em>'.
	 * @see org.ctgstudio.model.ChildhoodYouthContract#getReplacementDate()
	 * @see #getChildhoodYouthContract()
	 * @generated
	 */
	EAttribute getChildhoodYouthContract_ReplacementDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ChildhoodYouthContract#getAnnualCafAmount <em>Annual Caf Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Caf Amount</em>'.
	 * @see org.ctgstudio.model.ChildhoodYouthContract#getAnnualCafAmount()
	 * @see #getChildhoodYouthContract()
	 * @generated
	 */
	EAttribute getChildhoodYouthContract_AnnualCafAmount();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.ChildhoodYouthContract#getSignatories <em>Signatories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Signatories</em>'.
	 * @see org.ctgstudio.model.ChildhoodYouthContract#getSignatories()
	 * @see #getChildhoodYouthContract()
	 * @generated
	 */
	EReference getChildhoodYouthContract_Signatories();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.InterventionField <em>Intervention Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention Field</em>'.
	 * @see org.ctgstudio.model.InterventionField
	 * @generated
	 */
	EClass getInterventionField();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.InterventionField#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.ctgstudio.model.InterventionField#getTheme()
	 * @see #getInterventionField()
	 * @generated
	 */
	EAttribute getInterventionField_Theme();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.InterventionField#isIsPriority <em>Is Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Priority</em>'.
	 * @see org.ctgstudio.model.InterventionField#isIsPriority()
	 * @see #getInterventionField()
	 * @generated
	 */
	EAttribute getInterventionField_IsPriority();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.InterventionField#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see org.ctgstudio.model.InterventionField#getJustification()
	 * @see #getInterventionField()
	 * @generated
	 */
	EAttribute getInterventionField_Justification();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.Territory <em>Territory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Territory</em>'.
	 * @see org.ctgstudio.model.Territory
	 * @generated
	 */
	EClass getTerritory();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Territory#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.Territory#getName()
	 * @see #getTerritory()
	 * @generated
	 */
	EAttribute getTerritory_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Territory#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.ctgstudio.model.Territory#getType()
	 * @see #getTerritory()
	 * @generated
	 */
	EAttribute getTerritory_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Territory#getCharacter <em>Character</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Character</em>'.
	 * @see org.ctgstudio.model.Territory#getCharacter()
	 * @see #getTerritory()
	 * @generated
	 */
	EAttribute getTerritory_Character();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Territory#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.Territory#getCode()
	 * @see #getTerritory()
	 * @generated
	 */
	EAttribute getTerritory_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Territory#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.ctgstudio.model.Territory#getPopulation()
	 * @see #getTerritory()
	 * @generated
	 */
	EAttribute getTerritory_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Territory#getPopulationYear <em>Population Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population Year</em>'.
	 * @see org.ctgstudio.model.Territory#getPopulationYear()
	 * @see #getTerritory()
	 * @generated
	 */
	EAttribute getTerritory_PopulationYear();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Territory#getFinancialPotentialPerInhabitant <em>Financial Potential Per Inhabitant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Financial Potential Per Inhabitant</em>'.
	 * @see org.ctgstudio.model.Territory#getFinancialPotentialPerInhabitant()
	 * @see #getTerritory()
	 * @generated
	 */
	EAttribute getTerritory_FinancialPotentialPerInhabitant();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Territory#getIncomePerInhabitant <em>Income Per Inhabitant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Income Per Inhabitant</em>'.
	 * @see org.ctgstudio.model.Territory#getIncomePerInhabitant()
	 * @see #getTerritory()
	 * @generated
	 */
	EAttribute getTerritory_IncomePerInhabitant();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.Territory#getCompetentCaf <em>Competent Caf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Competent Caf</em>'.
	 * @see org.ctgstudio.model.Territory#getCompetentCaf()
	 * @see #getTerritory()
	 * @generated
	 */
	EReference getTerritory_CompetentCaf();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.Territory#getMunicipalities <em>Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Municipalities</em>'.
	 * @see org.ctgstudio.model.Territory#getMunicipalities()
	 * @see #getTerritory()
	 * @generated
	 */
	EReference getTerritory_Municipalities();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.Territory#getSeat <em>Seat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Seat</em>'.
	 * @see org.ctgstudio.model.Territory#getSeat()
	 * @see #getTerritory()
	 * @generated
	 */
	EReference getTerritory_Seat();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.Territory#getCompetences <em>Competences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Competences</em>'.
	 * @see org.ctgstudio.model.Territory#getCompetences()
	 * @see #getTerritory()
	 * @generated
	 */
	EReference getTerritory_Competences();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.Municipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Municipality</em>'.
	 * @see org.ctgstudio.model.Municipality
	 * @generated
	 */
	EClass getMunicipality();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Municipality#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.Municipality#getName()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Municipality#getInseeCode <em>Insee Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insee Code</em>'.
	 * @see org.ctgstudio.model.Municipality#getInseeCode()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_InseeCode();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Municipality#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.ctgstudio.model.Municipality#getPopulation()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Municipality#getPopulationYear <em>Population Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population Year</em>'.
	 * @see org.ctgstudio.model.Municipality#getPopulationYear()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_PopulationYear();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Municipality#isHasQpv <em>Has Qpv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Has Qpv</em>'.
	 * @see org.ctgstudio.model.Municipality#isHasQpv()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_HasQpv();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Municipality#isIsZrr <em>Is Zrr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Zrr</em>'.
	 * @see org.ctgstudio.model.Municipality#isIsZrr()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_IsZrr();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Municipality#isIsNewMunicipality <em>Is New Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is New Municipality</em>'.
	 * @see org.ctgstudio.model.Municipality#isIsNewMunicipality()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_IsNewMunicipality();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.Municipality#getDelegatedMunicipalities <em>Delegated Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Delegated Municipalities</em>'.
	 * @see org.ctgstudio.model.Municipality#getDelegatedMunicipalities()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_DelegatedMunicipalities();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.DelegatedMunicipality <em>Delegated Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delegated Municipality</em>'.
	 * @see org.ctgstudio.model.DelegatedMunicipality
	 * @generated
	 */
	EClass getDelegatedMunicipality();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.DelegatedMunicipality#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.DelegatedMunicipality#getName()
	 * @see #getDelegatedMunicipality()
	 * @generated
	 */
	EAttribute getDelegatedMunicipality_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.DelegatedMunicipality#getInseeCode <em>Insee Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insee Code</em>'.
	 * @see org.ctgstudio.model.DelegatedMunicipality#getInseeCode()
	 * @see #getDelegatedMunicipality()
	 * @generated
	 */
	EAttribute getDelegatedMunicipality_InseeCode();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.DelegatedMunicipality#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.ctgstudio.model.DelegatedMunicipality#getPopulation()
	 * @see #getDelegatedMunicipality()
	 * @generated
	 */
	EAttribute getDelegatedMunicipality_Population();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.Competence <em>Competence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competence</em>'.
	 * @see org.ctgstudio.model.Competence
	 * @generated
	 */
	EClass getCompetence();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Competence#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.ctgstudio.model.Competence#getTheme()
	 * @see #getCompetence()
	 * @generated
	 */
	EAttribute getCompetence_Theme();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Competence#isIsTransferred <em>Is Transferred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Transferred</em>'.
	 * @see org.ctgstudio.model.Competence#isIsTransferred()
	 * @see #getCompetence()
	 * @generated
	 */
	EAttribute getCompetence_IsTransferred();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.Competence#getRetainingMunicipalities <em>Retaining Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Retaining Municipalities</em>'.
	 * @see org.ctgstudio.model.Competence#getRetainingMunicipalities()
	 * @see #getCompetence()
	 * @generated
	 */
	EReference getCompetence_RetainingMunicipalities();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.Competence#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.ctgstudio.model.Competence#getDescription()
	 * @see #getCompetence()
	 * @generated
	 */
	EAttribute getCompetence_Description();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.DepartmentalSchemeLink <em>Departmental Scheme Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Departmental Scheme Link</em>'.
	 * @see org.ctgstudio.model.DepartmentalSchemeLink
	 * @generated
	 */
	EClass getDepartmentalSchemeLink();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.DepartmentalSchemeLink#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme</em>'.
	 * @see org.ctgstudio.model.DepartmentalSchemeLink#getScheme()
	 * @see #getDepartmentalSchemeLink()
	 * @generated
	 */
	EAttribute getDepartmentalSchemeLink_Scheme();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.DepartmentalSchemeLink#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.ctgstudio.model.DepartmentalSchemeLink#getTitle()
	 * @see #getDepartmentalSchemeLink()
	 * @generated
	 */
	EAttribute getDepartmentalSchemeLink_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.DepartmentalSchemeLink#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.ctgstudio.model.DepartmentalSchemeLink#getPeriod()
	 * @see #getDepartmentalSchemeLink()
	 * @generated
	 */
	EAttribute getDepartmentalSchemeLink_Period();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.LinkedContract <em>Linked Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Linked Contract</em>'.
	 * @see org.ctgstudio.model.LinkedContract
	 * @generated
	 */
	EClass getLinkedContract();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.LinkedContract#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.ctgstudio.model.LinkedContract#getType()
	 * @see #getLinkedContract()
	 * @generated
	 */
	EAttribute getLinkedContract_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.LinkedContract#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.ctgstudio.model.LinkedContract#getTitle()
	 * @see #getLinkedContract()
	 * @generated
	 */
	EAttribute getLinkedContract_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.LinkedContract#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.ctgstudio.model.LinkedContract#getPeriod()
	 * @see #getLinkedContract()
	 * @generated
	 */
	EAttribute getLinkedContract_Period();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.ArticleInstance <em>Article Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article Instance</em>'.
	 * @see org.ctgstudio.model.ArticleInstance
	 * @generated
	 */
	EClass getArticleInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ArticleInstance#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.ctgstudio.model.ArticleInstance#getNumber()
	 * @see #getArticleInstance()
	 * @generated
	 */
	EAttribute getArticleInstance_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ArticleInstance#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.ctgstudio.model.ArticleInstance#getTitle()
	 * @see #getArticleInstance()
	 * @generated
	 */
	EAttribute getArticleInstance_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ArticleInstance#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.ctgstudio.model.ArticleInstance#getBody()
	 * @see #getArticleInstance()
	 * @generated
	 */
	EAttribute getArticleInstance_Body();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.ArticleInstance#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.ctgstudio.model.ArticleInstance#getTemplate()
	 * @see #getArticleInstance()
	 * @generated
	 */
	EReference getArticleInstance_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.ArticleInstance#isIsLocallyModified <em>Is Locally Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Locally Modified</em>'.
	 * @see org.ctgstudio.model.ArticleInstance#isIsLocallyModified()
	 * @see #getArticleInstance()
	 * @generated
	 */
	EAttribute getArticleInstance_IsLocallyModified();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.AnnexInstance <em>Annex Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annex Instance</em>'.
	 * @see org.ctgstudio.model.AnnexInstance
	 * @generated
	 */
	EClass getAnnexInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.AnnexInstance#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.ctgstudio.model.AnnexInstance#getNumber()
	 * @see #getAnnexInstance()
	 * @generated
	 */
	EAttribute getAnnexInstance_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.AnnexInstance#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.ctgstudio.model.AnnexInstance#getTitle()
	 * @see #getAnnexInstance()
	 * @generated
	 */
	EAttribute getAnnexInstance_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.AnnexInstance#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ctgstudio.model.AnnexInstance#getKind()
	 * @see #getAnnexInstance()
	 * @generated
	 */
	EAttribute getAnnexInstance_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.AnnexInstance#getAttachmentUri <em>Attachment Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment Uri</em>'.
	 * @see org.ctgstudio.model.AnnexInstance#getAttachmentUri()
	 * @see #getAnnexInstance()
	 * @generated
	 */
	EAttribute getAnnexInstance_AttachmentUri();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.AnnexInstance#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.ctgstudio.model.AnnexInstance#getTemplate()
	 * @see #getAnnexInstance()
	 * @generated
	 */
	EReference getAnnexInstance_Template();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.ThematicDomain <em>Thematic Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Thematic Domain</em>'.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @generated
	 */
	EEnum getThematicDomain();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.PartnerType <em>Partner Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partner Type</em>'.
	 * @see org.ctgstudio.model.PartnerType
	 * @generated
	 */
	EEnum getPartnerType();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.TerritoryType <em>Territory Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Territory Type</em>'.
	 * @see org.ctgstudio.model.TerritoryType
	 * @generated
	 */
	EEnum getTerritoryType();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.CtgStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.ctgstudio.model.CtgStatus
	 * @generated
	 */
	EEnum getCtgStatus();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.PartyRole <em>Party Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Party Role</em>'.
	 * @see org.ctgstudio.model.PartyRole
	 * @generated
	 */
	EEnum getPartyRole();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.TargetPublic <em>Target Public</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Public</em>'.
	 * @see org.ctgstudio.model.TargetPublic
	 * @generated
	 */
	EEnum getTargetPublic();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.SchemeType <em>Scheme Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scheme Type</em>'.
	 * @see org.ctgstudio.model.SchemeType
	 * @generated
	 */
	EEnum getSchemeType();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.ContractType <em>Contract Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contract Type</em>'.
	 * @see org.ctgstudio.model.ContractType
	 * @generated
	 */
	EEnum getContractType();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.AnnexKind <em>Annex Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Annex Kind</em>'.
	 * @see org.ctgstudio.model.AnnexKind
	 * @generated
	 */
	EEnum getAnnexKind();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.OperatorNature <em>Operator Nature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Operator Nature</em>'.
	 * @see org.ctgstudio.model.OperatorNature
	 * @generated
	 */
	EEnum getOperatorNature();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.AreaCharacter <em>Area Character</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Area Character</em>'.
	 * @see org.ctgstudio.model.AreaCharacter
	 * @generated
	 */
	EEnum getAreaCharacter();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.DatePrecision <em>Date Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Date Precision</em>'.
	 * @see org.ctgstudio.model.DatePrecision
	 * @generated
	 */
	EEnum getDatePrecision();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date' en='Date'"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the meta object for data type '{@link java.time.MonthDay <em>Month Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Month Day</em>'.
	 * @see java.time.MonthDay
	 * @model instanceClass="java.time.MonthDay"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Jour de l\'ann\351e' en='Day of year'"
	 * @generated
	 */
	EDataType getMonthDay();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CtgFactory getCtgFactory();

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
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.IdentifiedImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.CtgWorkspaceImpl <em>Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.CtgWorkspaceImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getCtgWorkspace()
		 * @generated
		 */
		EClass CTG_WORKSPACE = eINSTANCE.getCtgWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CTG_WORKSPACE__NAME = eINSTANCE.getCtgWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CTG_WORKSPACE__ORGANISATIONS = eINSTANCE.getCtgWorkspace_Organisations();

		/**
		 * The meta object literal for the '<em><b>Municipalities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CTG_WORKSPACE__MUNICIPALITIES = eINSTANCE.getCtgWorkspace_Municipalities();

		/**
		 * The meta object literal for the '<em><b>Territories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CTG_WORKSPACE__TERRITORIES = eINSTANCE.getCtgWorkspace_Territories();

		/**
		 * The meta object literal for the '<em><b>Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CTG_WORKSPACE__TEMPLATES = eINSTANCE.getCtgWorkspace_Templates();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CTG_WORKSPACE__AGREEMENTS = eINSTANCE.getCtgWorkspace_Agreements();

		/**
		 * The meta object literal for the '<em><b>Deployment Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CTG_WORKSPACE__DEPLOYMENT_PLANS = eINSTANCE.getCtgWorkspace_DeploymentPlans();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.OrganisationImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__TYPE = eINSTANCE.getOrganisation_Type();

		/**
		 * The meta object literal for the '<em><b>Siren</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SIREN = eINSTANCE.getOrganisation_Siren();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__MUNICIPALITY = eINSTANCE.getOrganisation_Municipality();

		/**
		 * The meta object literal for the '<em><b>Territory</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__TERRITORY = eINSTANCE.getOrganisation_Territory();

		/**
		 * The meta object literal for the '<em><b>Is Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__IS_OPERATOR = eINSTANCE.getOrganisation_IsOperator();

		/**
		 * The meta object literal for the '<em><b>Operator Nature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__OPERATOR_NATURE = eINSTANCE.getOrganisation_OperatorNature();

		/**
		 * The meta object literal for the '<em><b>Siret</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SIRET = eINSTANCE.getOrganisation_Siret();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl <em>Global Territorial Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getGlobalTerritorialAgreement()
		 * @generated
		 */
		EClass GLOBAL_TERRITORIAL_AGREEMENT = eINSTANCE.getGlobalTerritorialAgreement();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__CODE = eINSTANCE.getGlobalTerritorialAgreement_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__TITLE = eINSTANCE.getGlobalTerritorialAgreement_Title();

		/**
		 * The meta object literal for the '<em><b>Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__GENERATION = eINSTANCE.getGlobalTerritorialAgreement_Generation();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__STATUS = eINSTANCE.getGlobalTerritorialAgreement_Status();

		/**
		 * The meta object literal for the '<em><b>Signature Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE = eINSTANCE.getGlobalTerritorialAgreement_SignatureDate();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__START_DATE = eINSTANCE.getGlobalTerritorialAgreement_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__END_DATE = eINSTANCE.getGlobalTerritorialAgreement_EndDate();

		/**
		 * The meta object literal for the '<em><b>Duration Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__DURATION_YEARS = eINSTANCE.getGlobalTerritorialAgreement_DurationYears();

		/**
		 * The meta object literal for the '<em><b>Effective End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__EFFECTIVE_END_DATE = eINSTANCE.getGlobalTerritorialAgreement_EffectiveEndDate();

		/**
		 * The meta object literal for the '<em><b>Cog Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD = eINSTANCE.getGlobalTerritorialAgreement_CogPeriod();

		/**
		 * The meta object literal for the '<em><b>Template Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION = eINSTANCE.getGlobalTerritorialAgreement_TemplateVersion();

		/**
		 * The meta object literal for the '<em><b>Territory</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY = eINSTANCE.getGlobalTerritorialAgreement_Territory();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE = eINSTANCE.getGlobalTerritorialAgreement_Template();

		/**
		 * The meta object literal for the '<em><b>Predecessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR = eINSTANCE.getGlobalTerritorialAgreement_Predecessor();

		/**
		 * The meta object literal for the '<em><b>Replaced Cejs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS = eINSTANCE.getGlobalTerritorialAgreement_ReplacedCejs();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__PARTIES = eINSTANCE.getGlobalTerritorialAgreement_Parties();

		/**
		 * The meta object literal for the '<em><b>Intervention Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS = eINSTANCE.getGlobalTerritorialAgreement_InterventionFields();

		/**
		 * The meta object literal for the '<em><b>Diagnosis</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS = eINSTANCE.getGlobalTerritorialAgreement_Diagnosis();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__AXES = eINSTANCE.getGlobalTerritorialAgreement_Axes();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS = eINSTANCE.getGlobalTerritorialAgreement_Actions();

		/**
		 * The meta object literal for the '<em><b>Facilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES = eINSTANCE.getGlobalTerritorialAgreement_Facilities();

		/**
		 * The meta object literal for the '<em><b>Fundings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS = eINSTANCE.getGlobalTerritorialAgreement_Fundings();

		/**
		 * The meta object literal for the '<em><b>Commitments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS = eINSTANCE.getGlobalTerritorialAgreement_Commitments();

		/**
		 * The meta object literal for the '<em><b>Governance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE = eINSTANCE.getGlobalTerritorialAgreement_Governance();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS = eINSTANCE.getGlobalTerritorialAgreement_Evaluations();

		/**
		 * The meta object literal for the '<em><b>Amendments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS = eINSTANCE.getGlobalTerritorialAgreement_Amendments();

		/**
		 * The meta object literal for the '<em><b>Development Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN = eINSTANCE.getGlobalTerritorialAgreement_DevelopmentPlan();

		/**
		 * The meta object literal for the '<em><b>Scheme Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS = eINSTANCE.getGlobalTerritorialAgreement_SchemeLinks();

		/**
		 * The meta object literal for the '<em><b>Linked Contracts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS = eINSTANCE.getGlobalTerritorialAgreement_LinkedContracts();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES = eINSTANCE.getGlobalTerritorialAgreement_Articles();

		/**
		 * The meta object literal for the '<em><b>Annexes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES = eINSTANCE.getGlobalTerritorialAgreement_Annexes();

		/**
		 * The meta object literal for the '<em><b>Rule Overrides</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES = eINSTANCE.getGlobalTerritorialAgreement_RuleOverrides();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.AgreementPartyImpl <em>Agreement Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.AgreementPartyImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getAgreementParty()
		 * @generated
		 */
		EClass AGREEMENT_PARTY = eINSTANCE.getAgreementParty();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT_PARTY__ORGANISATION = eINSTANCE.getAgreementParty_Organisation();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT_PARTY__ROLE = eINSTANCE.getAgreementParty_Role();

		/**
		 * The meta object literal for the '<em><b>Representatives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT_PARTY__REPRESENTATIVES = eINSTANCE.getAgreementParty_Representatives();

		/**
		 * The meta object literal for the '<em><b>Deliberation Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT_PARTY__DELIBERATION_BODY = eINSTANCE.getAgreementParty_DeliberationBody();

		/**
		 * The meta object literal for the '<em><b>Deliberation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT_PARTY__DELIBERATION_DATE = eINSTANCE.getAgreementParty_DeliberationDate();

		/**
		 * The meta object literal for the '<em><b>Signature Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT_PARTY__SIGNATURE_DATE = eINSTANCE.getAgreementParty_SignatureDate();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.RepresentativeImpl <em>Representative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.RepresentativeImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getRepresentative()
		 * @generated
		 */
		EClass REPRESENTATIVE = eINSTANCE.getRepresentative();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATIVE__NAME = eINSTANCE.getRepresentative_Name();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATIVE__CAPACITY = eINSTANCE.getRepresentative_Capacity();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl <em>Childhood Youth Contract</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.ChildhoodYouthContractImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getChildhoodYouthContract()
		 * @generated
		 */
		EClass CHILDHOOD_YOUTH_CONTRACT = eINSTANCE.getChildhoodYouthContract();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHILDHOOD_YOUTH_CONTRACT__CODE = eINSTANCE.getChildhoodYouthContract_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHILDHOOD_YOUTH_CONTRACT__TITLE = eINSTANCE.getChildhoodYouthContract_Title();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHILDHOOD_YOUTH_CONTRACT__START_DATE = eINSTANCE.getChildhoodYouthContract_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHILDHOOD_YOUTH_CONTRACT__END_DATE = eINSTANCE.getChildhoodYouthContract_EndDate();

		/**
		 * The meta object literal for the '<em><b>Replacement Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE = eINSTANCE.getChildhoodYouthContract_ReplacementDate();

		/**
		 * The meta object literal for the '<em><b>Annual Caf Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT = eINSTANCE.getChildhoodYouthContract_AnnualCafAmount();

		/**
		 * The meta object literal for the '<em><b>Signatories</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES = eINSTANCE.getChildhoodYouthContract_Signatories();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.InterventionFieldImpl <em>Intervention Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.InterventionFieldImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getInterventionField()
		 * @generated
		 */
		EClass INTERVENTION_FIELD = eINSTANCE.getInterventionField();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION_FIELD__THEME = eINSTANCE.getInterventionField_Theme();

		/**
		 * The meta object literal for the '<em><b>Is Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION_FIELD__IS_PRIORITY = eINSTANCE.getInterventionField_IsPriority();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION_FIELD__JUSTIFICATION = eINSTANCE.getInterventionField_Justification();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.TerritoryImpl <em>Territory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.TerritoryImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getTerritory()
		 * @generated
		 */
		EClass TERRITORY = eINSTANCE.getTerritory();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY__NAME = eINSTANCE.getTerritory_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY__TYPE = eINSTANCE.getTerritory_Type();

		/**
		 * The meta object literal for the '<em><b>Character</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY__CHARACTER = eINSTANCE.getTerritory_Character();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY__CODE = eINSTANCE.getTerritory_Code();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY__POPULATION = eINSTANCE.getTerritory_Population();

		/**
		 * The meta object literal for the '<em><b>Population Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY__POPULATION_YEAR = eINSTANCE.getTerritory_PopulationYear();

		/**
		 * The meta object literal for the '<em><b>Financial Potential Per Inhabitant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT = eINSTANCE.getTerritory_FinancialPotentialPerInhabitant();

		/**
		 * The meta object literal for the '<em><b>Income Per Inhabitant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORY__INCOME_PER_INHABITANT = eINSTANCE.getTerritory_IncomePerInhabitant();

		/**
		 * The meta object literal for the '<em><b>Competent Caf</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERRITORY__COMPETENT_CAF = eINSTANCE.getTerritory_CompetentCaf();

		/**
		 * The meta object literal for the '<em><b>Municipalities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERRITORY__MUNICIPALITIES = eINSTANCE.getTerritory_Municipalities();

		/**
		 * The meta object literal for the '<em><b>Seat</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERRITORY__SEAT = eINSTANCE.getTerritory_Seat();

		/**
		 * The meta object literal for the '<em><b>Competences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERRITORY__COMPETENCES = eINSTANCE.getTerritory_Competences();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.MunicipalityImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getMunicipality()
		 * @generated
		 */
		EClass MUNICIPALITY = eINSTANCE.getMunicipality();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__NAME = eINSTANCE.getMunicipality_Name();

		/**
		 * The meta object literal for the '<em><b>Insee Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__INSEE_CODE = eINSTANCE.getMunicipality_InseeCode();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__POPULATION = eINSTANCE.getMunicipality_Population();

		/**
		 * The meta object literal for the '<em><b>Population Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__POPULATION_YEAR = eINSTANCE.getMunicipality_PopulationYear();

		/**
		 * The meta object literal for the '<em><b>Has Qpv</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__HAS_QPV = eINSTANCE.getMunicipality_HasQpv();

		/**
		 * The meta object literal for the '<em><b>Is Zrr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__IS_ZRR = eINSTANCE.getMunicipality_IsZrr();

		/**
		 * The meta object literal for the '<em><b>Is New Municipality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__IS_NEW_MUNICIPALITY = eINSTANCE.getMunicipality_IsNewMunicipality();

		/**
		 * The meta object literal for the '<em><b>Delegated Municipalities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__DELEGATED_MUNICIPALITIES = eINSTANCE.getMunicipality_DelegatedMunicipalities();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.DelegatedMunicipalityImpl <em>Delegated Municipality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.DelegatedMunicipalityImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getDelegatedMunicipality()
		 * @generated
		 */
		EClass DELEGATED_MUNICIPALITY = eINSTANCE.getDelegatedMunicipality();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELEGATED_MUNICIPALITY__NAME = eINSTANCE.getDelegatedMunicipality_Name();

		/**
		 * The meta object literal for the '<em><b>Insee Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELEGATED_MUNICIPALITY__INSEE_CODE = eINSTANCE.getDelegatedMunicipality_InseeCode();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELEGATED_MUNICIPALITY__POPULATION = eINSTANCE.getDelegatedMunicipality_Population();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.CompetenceImpl <em>Competence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.CompetenceImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getCompetence()
		 * @generated
		 */
		EClass COMPETENCE = eINSTANCE.getCompetence();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETENCE__THEME = eINSTANCE.getCompetence_Theme();

		/**
		 * The meta object literal for the '<em><b>Is Transferred</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETENCE__IS_TRANSFERRED = eINSTANCE.getCompetence_IsTransferred();

		/**
		 * The meta object literal for the '<em><b>Retaining Municipalities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETENCE__RETAINING_MUNICIPALITIES = eINSTANCE.getCompetence_RetainingMunicipalities();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETENCE__DESCRIPTION = eINSTANCE.getCompetence_Description();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.DepartmentalSchemeLinkImpl <em>Departmental Scheme Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.DepartmentalSchemeLinkImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getDepartmentalSchemeLink()
		 * @generated
		 */
		EClass DEPARTMENTAL_SCHEME_LINK = eINSTANCE.getDepartmentalSchemeLink();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENTAL_SCHEME_LINK__SCHEME = eINSTANCE.getDepartmentalSchemeLink_Scheme();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENTAL_SCHEME_LINK__TITLE = eINSTANCE.getDepartmentalSchemeLink_Title();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENTAL_SCHEME_LINK__PERIOD = eINSTANCE.getDepartmentalSchemeLink_Period();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.LinkedContractImpl <em>Linked Contract</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.LinkedContractImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getLinkedContract()
		 * @generated
		 */
		EClass LINKED_CONTRACT = eINSTANCE.getLinkedContract();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_CONTRACT__TYPE = eINSTANCE.getLinkedContract_Type();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_CONTRACT__TITLE = eINSTANCE.getLinkedContract_Title();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINKED_CONTRACT__PERIOD = eINSTANCE.getLinkedContract_Period();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.ArticleInstanceImpl <em>Article Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.ArticleInstanceImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getArticleInstance()
		 * @generated
		 */
		EClass ARTICLE_INSTANCE = eINSTANCE.getArticleInstance();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_INSTANCE__NUMBER = eINSTANCE.getArticleInstance_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_INSTANCE__TITLE = eINSTANCE.getArticleInstance_Title();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_INSTANCE__BODY = eINSTANCE.getArticleInstance_Body();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICLE_INSTANCE__TEMPLATE = eINSTANCE.getArticleInstance_Template();

		/**
		 * The meta object literal for the '<em><b>Is Locally Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_INSTANCE__IS_LOCALLY_MODIFIED = eINSTANCE.getArticleInstance_IsLocallyModified();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.impl.AnnexInstanceImpl <em>Annex Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.impl.AnnexInstanceImpl
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getAnnexInstance()
		 * @generated
		 */
		EClass ANNEX_INSTANCE = eINSTANCE.getAnnexInstance();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNEX_INSTANCE__NUMBER = eINSTANCE.getAnnexInstance_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNEX_INSTANCE__TITLE = eINSTANCE.getAnnexInstance_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNEX_INSTANCE__KIND = eINSTANCE.getAnnexInstance_Kind();

		/**
		 * The meta object literal for the '<em><b>Attachment Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNEX_INSTANCE__ATTACHMENT_URI = eINSTANCE.getAnnexInstance_AttachmentUri();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNEX_INSTANCE__TEMPLATE = eINSTANCE.getAnnexInstance_Template();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.ThematicDomain <em>Thematic Domain</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.ThematicDomain
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getThematicDomain()
		 * @generated
		 */
		EEnum THEMATIC_DOMAIN = eINSTANCE.getThematicDomain();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.PartnerType <em>Partner Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.PartnerType
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getPartnerType()
		 * @generated
		 */
		EEnum PARTNER_TYPE = eINSTANCE.getPartnerType();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.TerritoryType <em>Territory Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.TerritoryType
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getTerritoryType()
		 * @generated
		 */
		EEnum TERRITORY_TYPE = eINSTANCE.getTerritoryType();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.CtgStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.CtgStatus
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getCtgStatus()
		 * @generated
		 */
		EEnum CTG_STATUS = eINSTANCE.getCtgStatus();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.PartyRole <em>Party Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.PartyRole
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getPartyRole()
		 * @generated
		 */
		EEnum PARTY_ROLE = eINSTANCE.getPartyRole();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.TargetPublic <em>Target Public</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.TargetPublic
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getTargetPublic()
		 * @generated
		 */
		EEnum TARGET_PUBLIC = eINSTANCE.getTargetPublic();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.SchemeType <em>Scheme Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.SchemeType
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getSchemeType()
		 * @generated
		 */
		EEnum SCHEME_TYPE = eINSTANCE.getSchemeType();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.ContractType <em>Contract Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.ContractType
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getContractType()
		 * @generated
		 */
		EEnum CONTRACT_TYPE = eINSTANCE.getContractType();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.AnnexKind <em>Annex Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.AnnexKind
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getAnnexKind()
		 * @generated
		 */
		EEnum ANNEX_KIND = eINSTANCE.getAnnexKind();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.OperatorNature <em>Operator Nature</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.OperatorNature
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getOperatorNature()
		 * @generated
		 */
		EEnum OPERATOR_NATURE = eINSTANCE.getOperatorNature();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.AreaCharacter <em>Area Character</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.AreaCharacter
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getAreaCharacter()
		 * @generated
		 */
		EEnum AREA_CHARACTER = eINSTANCE.getAreaCharacter();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.DatePrecision <em>Date Precision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.DatePrecision
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getDatePrecision()
		 * @generated
		 */
		EEnum DATE_PRECISION = eINSTANCE.getDatePrecision();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

		/**
		 * The meta object literal for the '<em>Month Day</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.MonthDay
		 * @see org.ctgstudio.model.impl.CtgPackageImpl#getMonthDay()
		 * @generated
		 */
		EDataType MONTH_DAY = eINSTANCE.getMonthDay();

	}

} //CtgPackage
