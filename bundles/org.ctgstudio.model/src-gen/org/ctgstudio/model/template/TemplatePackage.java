/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

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
 * @see org.ctgstudio.model.template.TemplateFactory
 * @model kind="package"
 *        annotation="http://ctgstudio.org/ctg/labels fr='Mod\350les de convention' en='Convention templates'"
 * @generated
 */
public interface TemplatePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "template";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/ctg/template/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ctg.template";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TemplatePackage eINSTANCE = org.ctgstudio.model.template.impl.TemplatePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl <em>Convention Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.ConventionTemplateImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getConventionTemplate()
	 * @generated
	 */
	int CONVENTION_TEMPLATE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__CODE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__NAME = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__VERSION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__STATUS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__VALID_FROM = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__AUTHOR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Caf</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__CAF = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Mandatory Themes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__MANDATORY_THEMES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Min Additional Themes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Article Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__ARTICLE_TEMPLATES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Annex Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__ANNEX_TEMPLATES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Governance Skeleton</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__GOVERNANCE_SKELETON = CtgPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Axis Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__AXIS_TEMPLATES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Indicator Catalogue</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__INDICATOR_CATALOGUE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Rule Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE__RULE_PARAMETERS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Convention Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Convention Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTION_TEMPLATE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.PartTemplateImpl <em>Part Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.PartTemplateImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getPartTemplate()
	 * @generated
	 */
	int PART_TEMPLATE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE__ORDER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE__NUMBER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE__TITLE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Body Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE__BODY_TEMPLATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Is Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE__IS_MANDATORY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Is Editable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE__IS_EDITABLE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Part Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Part Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_TEMPLATE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.ArticleTemplateImpl <em>Article Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.ArticleTemplateImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getArticleTemplate()
	 * @generated
	 */
	int ARTICLE_TEMPLATE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE__ID = PART_TEMPLATE__ID;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE__ORDER = PART_TEMPLATE__ORDER;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE__NUMBER = PART_TEMPLATE__NUMBER;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE__TITLE = PART_TEMPLATE__TITLE;

	/**
	 * The feature id for the '<em><b>Body Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE__BODY_TEMPLATE = PART_TEMPLATE__BODY_TEMPLATE;

	/**
	 * The feature id for the '<em><b>Is Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE__IS_MANDATORY = PART_TEMPLATE__IS_MANDATORY;

	/**
	 * The feature id for the '<em><b>Is Editable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE__IS_EDITABLE = PART_TEMPLATE__IS_EDITABLE;

	/**
	 * The number of structural features of the '<em>Article Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE_FEATURE_COUNT = PART_TEMPLATE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Article Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TEMPLATE_OPERATION_COUNT = PART_TEMPLATE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.AnnexTemplateImpl <em>Annex Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.AnnexTemplateImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getAnnexTemplate()
	 * @generated
	 */
	int ANNEX_TEMPLATE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE__ID = PART_TEMPLATE__ID;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE__ORDER = PART_TEMPLATE__ORDER;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE__NUMBER = PART_TEMPLATE__NUMBER;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE__TITLE = PART_TEMPLATE__TITLE;

	/**
	 * The feature id for the '<em><b>Body Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE__BODY_TEMPLATE = PART_TEMPLATE__BODY_TEMPLATE;

	/**
	 * The feature id for the '<em><b>Is Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE__IS_MANDATORY = PART_TEMPLATE__IS_MANDATORY;

	/**
	 * The feature id for the '<em><b>Is Editable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE__IS_EDITABLE = PART_TEMPLATE__IS_EDITABLE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE__KIND = PART_TEMPLATE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Annex Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE_FEATURE_COUNT = PART_TEMPLATE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Annex Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNEX_TEMPLATE_OPERATION_COUNT = PART_TEMPLATE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.GovernanceSkeletonImpl <em>Governance Skeleton</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.GovernanceSkeletonImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getGovernanceSkeleton()
	 * @generated
	 */
	int GOVERNANCE_SKELETON = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SKELETON__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Committees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SKELETON__COMMITTEES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Is Cooperation Officer Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SKELETON__MIN_FTE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Governance Skeleton</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SKELETON_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Governance Skeleton</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_SKELETON_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.CommitteeTemplateImpl <em>Committee Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.CommitteeTemplateImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getCommitteeTemplate()
	 * @generated
	 */
	int COMMITTEE_TEMPLATE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_TEMPLATE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_TEMPLATE__TYPE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_TEMPLATE__NAME = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Is Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_TEMPLATE__IS_MANDATORY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Default Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_TEMPLATE__DEFAULT_MEETINGS_PER_YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Committee Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_TEMPLATE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Committee Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_TEMPLATE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.AxisTemplateImpl <em>Axis Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.AxisTemplateImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getAxisTemplate()
	 * @generated
	 */
	int AXIS_TEMPLATE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXIS_TEMPLATE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXIS_TEMPLATE__LABEL = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXIS_TEMPLATE__THEMES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Suggested Objectives</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXIS_TEMPLATE__SUGGESTED_OBJECTIVES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Axis Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXIS_TEMPLATE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Axis Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXIS_TEMPLATE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl <em>Indicator Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.IndicatorDefinitionImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getIndicatorDefinition()
	 * @generated
	 */
	int INDICATOR_DEFINITION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION__CODE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION__LABEL = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION__KIND = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION__UNIT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION__THEME = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Computation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION__COMPUTATION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION__DATA_SOURCE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Indicator Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Indicator Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DEFINITION_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.RuleParameterSetImpl <em>Rule Parameter Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.RuleParameterSetImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getRuleParameterSet()
	 * @generated
	 */
	int RULE_PARAMETER_SET = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_SET__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_SET__ENTRIES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_SET__SEVERITY_OVERRIDES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Rule Parameter Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_SET_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Rule Parameter Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_SET_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.RuleParameterImpl <em>Rule Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.RuleParameterImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getRuleParameter()
	 * @generated
	 */
	int RULE_PARAMETER = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER__KEY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER__VALUE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER__VALID_FROM = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Rule Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Rule Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.impl.SeverityOverrideImpl <em>Severity Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.impl.SeverityOverrideImpl
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getSeverityOverride()
	 * @generated
	 */
	int SEVERITY_OVERRIDE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE__RULE_ID = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE__SEVERITY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Severity Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Severity Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.TemplateStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.TemplateStatus
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getTemplateStatus()
	 * @generated
	 */
	int TEMPLATE_STATUS = 11;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.template.RuleSeverity <em>Rule Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.template.RuleSeverity
	 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getRuleSeverity()
	 * @generated
	 */
	int RULE_SEVERITY = 12;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.ConventionTemplate <em>Convention Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Convention Template</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate
	 * @generated
	 */
	EClass getConventionTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.ConventionTemplate#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getCode()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EAttribute getConventionTemplate_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.ConventionTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getName()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EAttribute getConventionTemplate_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.ConventionTemplate#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getVersion()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EAttribute getConventionTemplate_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.ConventionTemplate#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getStatus()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EAttribute getConventionTemplate_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.ConventionTemplate#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getValidFrom()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EAttribute getConventionTemplate_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.ConventionTemplate#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getAuthor()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EAttribute getConventionTemplate_Author();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.template.ConventionTemplate#getCaf <em>Caf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Caf</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getCaf()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EReference getConventionTemplate_Caf();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.template.ConventionTemplate#getMandatoryThemes <em>Mandatory Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mandatory Themes</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getMandatoryThemes()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EAttribute getConventionTemplate_MandatoryThemes();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.ConventionTemplate#getMinAdditionalThemes <em>Min Additional Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Additional Themes</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getMinAdditionalThemes()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EAttribute getConventionTemplate_MinAdditionalThemes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.template.ConventionTemplate#getArticleTemplates <em>Article Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Article Templates</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getArticleTemplates()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EReference getConventionTemplate_ArticleTemplates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.template.ConventionTemplate#getAnnexTemplates <em>Annex Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annex Templates</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getAnnexTemplates()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EReference getConventionTemplate_AnnexTemplates();

	/**
	 * Returns the meta object for the containment reference '{@link org.ctgstudio.model.template.ConventionTemplate#getGovernanceSkeleton <em>Governance Skeleton</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Governance Skeleton</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getGovernanceSkeleton()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EReference getConventionTemplate_GovernanceSkeleton();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.template.ConventionTemplate#getAxisTemplates <em>Axis Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Axis Templates</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getAxisTemplates()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EReference getConventionTemplate_AxisTemplates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.template.ConventionTemplate#getIndicatorCatalogue <em>Indicator Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicator Catalogue</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getIndicatorCatalogue()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EReference getConventionTemplate_IndicatorCatalogue();

	/**
	 * Returns the meta object for the containment reference '{@link org.ctgstudio.model.template.ConventionTemplate#getRuleParameters <em>Rule Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rule Parameters</em>'.
	 * @see org.ctgstudio.model.template.ConventionTemplate#getRuleParameters()
	 * @see #getConventionTemplate()
	 * @generated
	 */
	EReference getConventionTemplate_RuleParameters();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.PartTemplate <em>Part Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Part Template</em>'.
	 * @see org.ctgstudio.model.template.PartTemplate
	 * @generated
	 */
	EClass getPartTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.PartTemplate#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.ctgstudio.model.template.PartTemplate#getOrder()
	 * @see #getPartTemplate()
	 * @generated
	 */
	EAttribute getPartTemplate_Order();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.PartTemplate#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.ctgstudio.model.template.PartTemplate#getNumber()
	 * @see #getPartTemplate()
	 * @generated
	 */
	EAttribute getPartTemplate_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.PartTemplate#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.ctgstudio.model.template.PartTemplate#getTitle()
	 * @see #getPartTemplate()
	 * @generated
	 */
	EAttribute getPartTemplate_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.PartTemplate#getBodyTemplate <em>Body Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body Template</em>'.
	 * @see org.ctgstudio.model.template.PartTemplate#getBodyTemplate()
	 * @see #getPartTemplate()
	 * @generated
	 */
	EAttribute getPartTemplate_BodyTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.PartTemplate#isIsMandatory <em>Is Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Mandatory</em>'.
	 * @see org.ctgstudio.model.template.PartTemplate#isIsMandatory()
	 * @see #getPartTemplate()
	 * @generated
	 */
	EAttribute getPartTemplate_IsMandatory();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.PartTemplate#isIsEditable <em>Is Editable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Editable</em>'.
	 * @see org.ctgstudio.model.template.PartTemplate#isIsEditable()
	 * @see #getPartTemplate()
	 * @generated
	 */
	EAttribute getPartTemplate_IsEditable();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.ArticleTemplate <em>Article Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article Template</em>'.
	 * @see org.ctgstudio.model.template.ArticleTemplate
	 * @generated
	 */
	EClass getArticleTemplate();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.AnnexTemplate <em>Annex Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annex Template</em>'.
	 * @see org.ctgstudio.model.template.AnnexTemplate
	 * @generated
	 */
	EClass getAnnexTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.AnnexTemplate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ctgstudio.model.template.AnnexTemplate#getKind()
	 * @see #getAnnexTemplate()
	 * @generated
	 */
	EAttribute getAnnexTemplate_Kind();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.GovernanceSkeleton <em>Governance Skeleton</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Governance Skeleton</em>'.
	 * @see org.ctgstudio.model.template.GovernanceSkeleton
	 * @generated
	 */
	EClass getGovernanceSkeleton();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.template.GovernanceSkeleton#getCommittees <em>Committees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Committees</em>'.
	 * @see org.ctgstudio.model.template.GovernanceSkeleton#getCommittees()
	 * @see #getGovernanceSkeleton()
	 * @generated
	 */
	EReference getGovernanceSkeleton_Committees();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.GovernanceSkeleton#isIsCooperationOfficerRequired <em>Is Cooperation Officer Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Cooperation Officer Required</em>'.
	 * @see org.ctgstudio.model.template.GovernanceSkeleton#isIsCooperationOfficerRequired()
	 * @see #getGovernanceSkeleton()
	 * @generated
	 */
	EAttribute getGovernanceSkeleton_IsCooperationOfficerRequired();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.GovernanceSkeleton#getMinFte <em>Min Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Fte</em>'.
	 * @see org.ctgstudio.model.template.GovernanceSkeleton#getMinFte()
	 * @see #getGovernanceSkeleton()
	 * @generated
	 */
	EAttribute getGovernanceSkeleton_MinFte();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.CommitteeTemplate <em>Committee Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Committee Template</em>'.
	 * @see org.ctgstudio.model.template.CommitteeTemplate
	 * @generated
	 */
	EClass getCommitteeTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.CommitteeTemplate#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.ctgstudio.model.template.CommitteeTemplate#getType()
	 * @see #getCommitteeTemplate()
	 * @generated
	 */
	EAttribute getCommitteeTemplate_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.CommitteeTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.template.CommitteeTemplate#getName()
	 * @see #getCommitteeTemplate()
	 * @generated
	 */
	EAttribute getCommitteeTemplate_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.CommitteeTemplate#isIsMandatory <em>Is Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Mandatory</em>'.
	 * @see org.ctgstudio.model.template.CommitteeTemplate#isIsMandatory()
	 * @see #getCommitteeTemplate()
	 * @generated
	 */
	EAttribute getCommitteeTemplate_IsMandatory();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.CommitteeTemplate#getDefaultMeetingsPerYear <em>Default Meetings Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Meetings Per Year</em>'.
	 * @see org.ctgstudio.model.template.CommitteeTemplate#getDefaultMeetingsPerYear()
	 * @see #getCommitteeTemplate()
	 * @generated
	 */
	EAttribute getCommitteeTemplate_DefaultMeetingsPerYear();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.AxisTemplate <em>Axis Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Axis Template</em>'.
	 * @see org.ctgstudio.model.template.AxisTemplate
	 * @generated
	 */
	EClass getAxisTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.AxisTemplate#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.ctgstudio.model.template.AxisTemplate#getLabel()
	 * @see #getAxisTemplate()
	 * @generated
	 */
	EAttribute getAxisTemplate_Label();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.template.AxisTemplate#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Themes</em>'.
	 * @see org.ctgstudio.model.template.AxisTemplate#getThemes()
	 * @see #getAxisTemplate()
	 * @generated
	 */
	EAttribute getAxisTemplate_Themes();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.template.AxisTemplate#getSuggestedObjectives <em>Suggested Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Suggested Objectives</em>'.
	 * @see org.ctgstudio.model.template.AxisTemplate#getSuggestedObjectives()
	 * @see #getAxisTemplate()
	 * @generated
	 */
	EAttribute getAxisTemplate_SuggestedObjectives();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.IndicatorDefinition <em>Indicator Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Definition</em>'.
	 * @see org.ctgstudio.model.template.IndicatorDefinition
	 * @generated
	 */
	EClass getIndicatorDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.IndicatorDefinition#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.template.IndicatorDefinition#getCode()
	 * @see #getIndicatorDefinition()
	 * @generated
	 */
	EAttribute getIndicatorDefinition_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.IndicatorDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.ctgstudio.model.template.IndicatorDefinition#getLabel()
	 * @see #getIndicatorDefinition()
	 * @generated
	 */
	EAttribute getIndicatorDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.IndicatorDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ctgstudio.model.template.IndicatorDefinition#getKind()
	 * @see #getIndicatorDefinition()
	 * @generated
	 */
	EAttribute getIndicatorDefinition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.IndicatorDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.ctgstudio.model.template.IndicatorDefinition#getUnit()
	 * @see #getIndicatorDefinition()
	 * @generated
	 */
	EAttribute getIndicatorDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.IndicatorDefinition#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.ctgstudio.model.template.IndicatorDefinition#getTheme()
	 * @see #getIndicatorDefinition()
	 * @generated
	 */
	EAttribute getIndicatorDefinition_Theme();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.IndicatorDefinition#getComputation <em>Computation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computation</em>'.
	 * @see org.ctgstudio.model.template.IndicatorDefinition#getComputation()
	 * @see #getIndicatorDefinition()
	 * @generated
	 */
	EAttribute getIndicatorDefinition_Computation();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.IndicatorDefinition#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.ctgstudio.model.template.IndicatorDefinition#getDataSource()
	 * @see #getIndicatorDefinition()
	 * @generated
	 */
	EAttribute getIndicatorDefinition_DataSource();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.RuleParameterSet <em>Rule Parameter Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Parameter Set</em>'.
	 * @see org.ctgstudio.model.template.RuleParameterSet
	 * @generated
	 */
	EClass getRuleParameterSet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.template.RuleParameterSet#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.ctgstudio.model.template.RuleParameterSet#getEntries()
	 * @see #getRuleParameterSet()
	 * @generated
	 */
	EReference getRuleParameterSet_Entries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.template.RuleParameterSet#getSeverityOverrides <em>Severity Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Severity Overrides</em>'.
	 * @see org.ctgstudio.model.template.RuleParameterSet#getSeverityOverrides()
	 * @see #getRuleParameterSet()
	 * @generated
	 */
	EReference getRuleParameterSet_SeverityOverrides();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.RuleParameter <em>Rule Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Parameter</em>'.
	 * @see org.ctgstudio.model.template.RuleParameter
	 * @generated
	 */
	EClass getRuleParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.RuleParameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.ctgstudio.model.template.RuleParameter#getKey()
	 * @see #getRuleParameter()
	 * @generated
	 */
	EAttribute getRuleParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.RuleParameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ctgstudio.model.template.RuleParameter#getValue()
	 * @see #getRuleParameter()
	 * @generated
	 */
	EAttribute getRuleParameter_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.RuleParameter#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.ctgstudio.model.template.RuleParameter#getValidFrom()
	 * @see #getRuleParameter()
	 * @generated
	 */
	EAttribute getRuleParameter_ValidFrom();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.template.SeverityOverride <em>Severity Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Severity Override</em>'.
	 * @see org.ctgstudio.model.template.SeverityOverride
	 * @generated
	 */
	EClass getSeverityOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.SeverityOverride#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.ctgstudio.model.template.SeverityOverride#getRuleId()
	 * @see #getSeverityOverride()
	 * @generated
	 */
	EAttribute getSeverityOverride_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.template.SeverityOverride#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.ctgstudio.model.template.SeverityOverride#getSeverity()
	 * @see #getSeverityOverride()
	 * @generated
	 */
	EAttribute getSeverityOverride_Severity();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.template.TemplateStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.ctgstudio.model.template.TemplateStatus
	 * @generated
	 */
	EEnum getTemplateStatus();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.template.RuleSeverity <em>Rule Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Severity</em>'.
	 * @see org.ctgstudio.model.template.RuleSeverity
	 * @generated
	 */
	EEnum getRuleSeverity();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TemplateFactory getTemplateFactory();

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
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl <em>Convention Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.ConventionTemplateImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getConventionTemplate()
		 * @generated
		 */
		EClass CONVENTION_TEMPLATE = eINSTANCE.getConventionTemplate();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION_TEMPLATE__CODE = eINSTANCE.getConventionTemplate_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION_TEMPLATE__NAME = eINSTANCE.getConventionTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION_TEMPLATE__VERSION = eINSTANCE.getConventionTemplate_Version();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION_TEMPLATE__STATUS = eINSTANCE.getConventionTemplate_Status();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION_TEMPLATE__VALID_FROM = eINSTANCE.getConventionTemplate_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION_TEMPLATE__AUTHOR = eINSTANCE.getConventionTemplate_Author();

		/**
		 * The meta object literal for the '<em><b>Caf</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION_TEMPLATE__CAF = eINSTANCE.getConventionTemplate_Caf();

		/**
		 * The meta object literal for the '<em><b>Mandatory Themes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION_TEMPLATE__MANDATORY_THEMES = eINSTANCE.getConventionTemplate_MandatoryThemes();

		/**
		 * The meta object literal for the '<em><b>Min Additional Themes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES = eINSTANCE.getConventionTemplate_MinAdditionalThemes();

		/**
		 * The meta object literal for the '<em><b>Article Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION_TEMPLATE__ARTICLE_TEMPLATES = eINSTANCE.getConventionTemplate_ArticleTemplates();

		/**
		 * The meta object literal for the '<em><b>Annex Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION_TEMPLATE__ANNEX_TEMPLATES = eINSTANCE.getConventionTemplate_AnnexTemplates();

		/**
		 * The meta object literal for the '<em><b>Governance Skeleton</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION_TEMPLATE__GOVERNANCE_SKELETON = eINSTANCE.getConventionTemplate_GovernanceSkeleton();

		/**
		 * The meta object literal for the '<em><b>Axis Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION_TEMPLATE__AXIS_TEMPLATES = eINSTANCE.getConventionTemplate_AxisTemplates();

		/**
		 * The meta object literal for the '<em><b>Indicator Catalogue</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION_TEMPLATE__INDICATOR_CATALOGUE = eINSTANCE.getConventionTemplate_IndicatorCatalogue();

		/**
		 * The meta object literal for the '<em><b>Rule Parameters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTION_TEMPLATE__RULE_PARAMETERS = eINSTANCE.getConventionTemplate_RuleParameters();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.PartTemplateImpl <em>Part Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.PartTemplateImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getPartTemplate()
		 * @generated
		 */
		EClass PART_TEMPLATE = eINSTANCE.getPartTemplate();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_TEMPLATE__ORDER = eINSTANCE.getPartTemplate_Order();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_TEMPLATE__NUMBER = eINSTANCE.getPartTemplate_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_TEMPLATE__TITLE = eINSTANCE.getPartTemplate_Title();

		/**
		 * The meta object literal for the '<em><b>Body Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_TEMPLATE__BODY_TEMPLATE = eINSTANCE.getPartTemplate_BodyTemplate();

		/**
		 * The meta object literal for the '<em><b>Is Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_TEMPLATE__IS_MANDATORY = eINSTANCE.getPartTemplate_IsMandatory();

		/**
		 * The meta object literal for the '<em><b>Is Editable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PART_TEMPLATE__IS_EDITABLE = eINSTANCE.getPartTemplate_IsEditable();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.ArticleTemplateImpl <em>Article Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.ArticleTemplateImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getArticleTemplate()
		 * @generated
		 */
		EClass ARTICLE_TEMPLATE = eINSTANCE.getArticleTemplate();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.AnnexTemplateImpl <em>Annex Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.AnnexTemplateImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getAnnexTemplate()
		 * @generated
		 */
		EClass ANNEX_TEMPLATE = eINSTANCE.getAnnexTemplate();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNEX_TEMPLATE__KIND = eINSTANCE.getAnnexTemplate_Kind();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.GovernanceSkeletonImpl <em>Governance Skeleton</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.GovernanceSkeletonImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getGovernanceSkeleton()
		 * @generated
		 */
		EClass GOVERNANCE_SKELETON = eINSTANCE.getGovernanceSkeleton();

		/**
		 * The meta object literal for the '<em><b>Committees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_SKELETON__COMMITTEES = eINSTANCE.getGovernanceSkeleton_Committees();

		/**
		 * The meta object literal for the '<em><b>Is Cooperation Officer Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED = eINSTANCE.getGovernanceSkeleton_IsCooperationOfficerRequired();

		/**
		 * The meta object literal for the '<em><b>Min Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_SKELETON__MIN_FTE = eINSTANCE.getGovernanceSkeleton_MinFte();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.CommitteeTemplateImpl <em>Committee Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.CommitteeTemplateImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getCommitteeTemplate()
		 * @generated
		 */
		EClass COMMITTEE_TEMPLATE = eINSTANCE.getCommitteeTemplate();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE_TEMPLATE__TYPE = eINSTANCE.getCommitteeTemplate_Type();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE_TEMPLATE__NAME = eINSTANCE.getCommitteeTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Is Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE_TEMPLATE__IS_MANDATORY = eINSTANCE.getCommitteeTemplate_IsMandatory();

		/**
		 * The meta object literal for the '<em><b>Default Meetings Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE_TEMPLATE__DEFAULT_MEETINGS_PER_YEAR = eINSTANCE.getCommitteeTemplate_DefaultMeetingsPerYear();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.AxisTemplateImpl <em>Axis Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.AxisTemplateImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getAxisTemplate()
		 * @generated
		 */
		EClass AXIS_TEMPLATE = eINSTANCE.getAxisTemplate();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AXIS_TEMPLATE__LABEL = eINSTANCE.getAxisTemplate_Label();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AXIS_TEMPLATE__THEMES = eINSTANCE.getAxisTemplate_Themes();

		/**
		 * The meta object literal for the '<em><b>Suggested Objectives</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AXIS_TEMPLATE__SUGGESTED_OBJECTIVES = eINSTANCE.getAxisTemplate_SuggestedObjectives();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.IndicatorDefinitionImpl <em>Indicator Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.IndicatorDefinitionImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getIndicatorDefinition()
		 * @generated
		 */
		EClass INDICATOR_DEFINITION = eINSTANCE.getIndicatorDefinition();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DEFINITION__CODE = eINSTANCE.getIndicatorDefinition_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DEFINITION__LABEL = eINSTANCE.getIndicatorDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DEFINITION__KIND = eINSTANCE.getIndicatorDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DEFINITION__UNIT = eINSTANCE.getIndicatorDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DEFINITION__THEME = eINSTANCE.getIndicatorDefinition_Theme();

		/**
		 * The meta object literal for the '<em><b>Computation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DEFINITION__COMPUTATION = eINSTANCE.getIndicatorDefinition_Computation();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DEFINITION__DATA_SOURCE = eINSTANCE.getIndicatorDefinition_DataSource();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.RuleParameterSetImpl <em>Rule Parameter Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.RuleParameterSetImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getRuleParameterSet()
		 * @generated
		 */
		EClass RULE_PARAMETER_SET = eINSTANCE.getRuleParameterSet();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_PARAMETER_SET__ENTRIES = eINSTANCE.getRuleParameterSet_Entries();

		/**
		 * The meta object literal for the '<em><b>Severity Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_PARAMETER_SET__SEVERITY_OVERRIDES = eINSTANCE.getRuleParameterSet_SeverityOverrides();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.RuleParameterImpl <em>Rule Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.RuleParameterImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getRuleParameter()
		 * @generated
		 */
		EClass RULE_PARAMETER = eINSTANCE.getRuleParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PARAMETER__KEY = eINSTANCE.getRuleParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PARAMETER__VALUE = eINSTANCE.getRuleParameter_Value();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PARAMETER__VALID_FROM = eINSTANCE.getRuleParameter_ValidFrom();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.impl.SeverityOverrideImpl <em>Severity Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.impl.SeverityOverrideImpl
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getSeverityOverride()
		 * @generated
		 */
		EClass SEVERITY_OVERRIDE = eINSTANCE.getSeverityOverride();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_OVERRIDE__RULE_ID = eINSTANCE.getSeverityOverride_RuleId();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_OVERRIDE__SEVERITY = eINSTANCE.getSeverityOverride_Severity();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.TemplateStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.TemplateStatus
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getTemplateStatus()
		 * @generated
		 */
		EEnum TEMPLATE_STATUS = eINSTANCE.getTemplateStatus();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.template.RuleSeverity <em>Rule Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.template.RuleSeverity
		 * @see org.ctgstudio.model.template.impl.TemplatePackageImpl#getRuleSeverity()
		 * @generated
		 */
		EEnum RULE_SEVERITY = eINSTANCE.getRuleSeverity();

	}

} //TemplatePackage
