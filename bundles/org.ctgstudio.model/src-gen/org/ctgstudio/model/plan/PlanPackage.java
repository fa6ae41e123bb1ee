/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

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
 * @see org.ctgstudio.model.plan.PlanFactory
 * @model kind="package"
 *        annotation="http://ctgstudio.org/ctg/labels fr='Diagnostic et plan d\'actions' en='Diagnosis and action plan'"
 * @generated
 */
public interface PlanPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "plan";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/ctg/plan/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ctg.plan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlanPackage eINSTANCE = org.ctgstudio.model.plan.impl.PlanPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl <em>Shared Diagnosis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.impl.SharedDiagnosisImpl
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getSharedDiagnosis()
	 * @generated
	 */
	int SHARED_DIAGNOSIS = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Completion Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__COMPLETION_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Completion Date Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__PROVIDER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__METHOD = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__COST = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Caf Co Funding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__CAF_CO_FUNDING = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__SUMMARY = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__NEEDS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Issues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__ISSUES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Supply Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__SUPPLY_FIGURES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Past Supports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS__PAST_SUPPORTS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Shared Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Shared Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_DIAGNOSIS_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.impl.NeedImpl <em>Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.impl.NeedImpl
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getNeed()
	 * @generated
	 */
	int NEED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__CODE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__LABEL = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__THEME = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Publics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__TARGET_PUBLICS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Supply Demand Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__SUPPLY_DEMAND_GAP = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.impl.IssueImpl <em>Issue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.impl.IssueImpl
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getIssue()
	 * @generated
	 */
	int ISSUE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__CODE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__LABEL = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__NEEDS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.impl.StrategicAxisImpl <em>Strategic Axis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.impl.StrategicAxisImpl
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getStrategicAxis()
	 * @generated
	 */
	int STRATEGIC_AXIS = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_AXIS__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_AXIS__NUMBER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_AXIS__LABEL = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_AXIS__THEMES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_AXIS__OBJECTIVES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Strategic Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_AXIS_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Strategic Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_AXIS_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.impl.ObjectiveImpl
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CODE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__LABEL = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__LEVEL = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issues</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ISSUES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__NEEDS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ACTIONS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.impl.ActionImpl
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__NUMBER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TITLE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DESCRIPTION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__THEMES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OBJECTIVES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pilot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PILOT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pilot To Be Designated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PILOT_TO_BE_DESIGNATED = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PARTNERS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Target Publics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TARGET_PUBLICS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Municipalities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__MUNICIPALITIES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__START_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Start Date Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__START_DATE_PRECISION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Due Date Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE_DATE_PRECISION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Planned Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PLANNED_BUDGET = CtgPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Fundings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__FUNDINGS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Facilities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__FACILITIES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Status Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS_COMMENT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__INDICATORS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.impl.IndicatorImpl
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__LABEL = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__KIND = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_VALUE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Baseline Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_VALUE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DATA_SOURCE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DEFINITION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASUREMENTS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.impl.MeasurementImpl
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.ObjectiveLevel <em>Objective Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.ObjectiveLevel
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getObjectiveLevel()
	 * @generated
	 */
	int OBJECTIVE_LEVEL = 8;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.ActionStatus
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 9;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.IndicatorKind <em>Indicator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.IndicatorKind
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getIndicatorKind()
	 * @generated
	 */
	int INDICATOR_KIND = 10;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.plan.DiagnosisMethod <em>Diagnosis Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.plan.DiagnosisMethod
	 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getDiagnosisMethod()
	 * @generated
	 */
	int DIAGNOSIS_METHOD = 11;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.plan.SharedDiagnosis <em>Shared Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shared Diagnosis</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis
	 * @generated
	 */
	EClass getSharedDiagnosis();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.SharedDiagnosis#getCompletionDate <em>Completion Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completion Date</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getCompletionDate()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EAttribute getSharedDiagnosis_CompletionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.SharedDiagnosis#getCompletionDatePrecision <em>Completion Date Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completion Date Precision</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getCompletionDatePrecision()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EAttribute getSharedDiagnosis_CompletionDatePrecision();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.SharedDiagnosis#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getProvider()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EAttribute getSharedDiagnosis_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.SharedDiagnosis#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getMethod()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EAttribute getSharedDiagnosis_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.SharedDiagnosis#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getCost()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EAttribute getSharedDiagnosis_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.SharedDiagnosis#getCafCoFunding <em>Caf Co Funding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caf Co Funding</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getCafCoFunding()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EAttribute getSharedDiagnosis_CafCoFunding();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.SharedDiagnosis#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getSummary()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EAttribute getSharedDiagnosis_Summary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.plan.SharedDiagnosis#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Needs</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getNeeds()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EReference getSharedDiagnosis_Needs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.plan.SharedDiagnosis#getIssues <em>Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Issues</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getIssues()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EReference getSharedDiagnosis_Issues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.plan.SharedDiagnosis#getSupplyFigures <em>Supply Figures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supply Figures</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getSupplyFigures()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EReference getSharedDiagnosis_SupplyFigures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.plan.SharedDiagnosis#getPastSupports <em>Past Supports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Past Supports</em>'.
	 * @see org.ctgstudio.model.plan.SharedDiagnosis#getPastSupports()
	 * @see #getSharedDiagnosis()
	 * @generated
	 */
	EReference getSharedDiagnosis_PastSupports();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.plan.Need <em>Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Need</em>'.
	 * @see org.ctgstudio.model.plan.Need
	 * @generated
	 */
	EClass getNeed();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Need#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.plan.Need#getCode()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Need#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.ctgstudio.model.plan.Need#getLabel()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Need#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.ctgstudio.model.plan.Need#getTheme()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Theme();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.plan.Need#getTargetPublics <em>Target Publics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Target Publics</em>'.
	 * @see org.ctgstudio.model.plan.Need#getTargetPublics()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_TargetPublics();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Need#getSupplyDemandGap <em>Supply Demand Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supply Demand Gap</em>'.
	 * @see org.ctgstudio.model.plan.Need#getSupplyDemandGap()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_SupplyDemandGap();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.plan.Issue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Issue</em>'.
	 * @see org.ctgstudio.model.plan.Issue
	 * @generated
	 */
	EClass getIssue();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Issue#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.plan.Issue#getCode()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Issue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.ctgstudio.model.plan.Issue#getLabel()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Label();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Issue#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Needs</em>'.
	 * @see org.ctgstudio.model.plan.Issue#getNeeds()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Needs();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.plan.StrategicAxis <em>Strategic Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategic Axis</em>'.
	 * @see org.ctgstudio.model.plan.StrategicAxis
	 * @generated
	 */
	EClass getStrategicAxis();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.StrategicAxis#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.ctgstudio.model.plan.StrategicAxis#getNumber()
	 * @see #getStrategicAxis()
	 * @generated
	 */
	EAttribute getStrategicAxis_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.StrategicAxis#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.ctgstudio.model.plan.StrategicAxis#getLabel()
	 * @see #getStrategicAxis()
	 * @generated
	 */
	EAttribute getStrategicAxis_Label();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.plan.StrategicAxis#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Themes</em>'.
	 * @see org.ctgstudio.model.plan.StrategicAxis#getThemes()
	 * @see #getStrategicAxis()
	 * @generated
	 */
	EAttribute getStrategicAxis_Themes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.plan.StrategicAxis#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.ctgstudio.model.plan.StrategicAxis#getObjectives()
	 * @see #getStrategicAxis()
	 * @generated
	 */
	EReference getStrategicAxis_Objectives();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.plan.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.ctgstudio.model.plan.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Objective#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.plan.Objective#getCode()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Objective#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.ctgstudio.model.plan.Objective#getLabel()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Objective#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.ctgstudio.model.plan.Objective#getLevel()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Level();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Objective#getIssues <em>Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Issues</em>'.
	 * @see org.ctgstudio.model.plan.Objective#getIssues()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Issues();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Objective#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Needs</em>'.
	 * @see org.ctgstudio.model.plan.Objective#getNeeds()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Needs();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Objective#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.ctgstudio.model.plan.Objective#getActions()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Actions();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.plan.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.ctgstudio.model.plan.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.ctgstudio.model.plan.Action#getNumber()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.ctgstudio.model.plan.Action#getTitle()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.ctgstudio.model.plan.Action#getDescription()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.plan.Action#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Themes</em>'.
	 * @see org.ctgstudio.model.plan.Action#getThemes()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Themes();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Action#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives</em>'.
	 * @see org.ctgstudio.model.plan.Action#getObjectives()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Objectives();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.plan.Action#getPilot <em>Pilot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pilot</em>'.
	 * @see org.ctgstudio.model.plan.Action#getPilot()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Pilot();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#isPilotToBeDesignated <em>Pilot To Be Designated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pilot To Be Designated</em>'.
	 * @see org.ctgstudio.model.plan.Action#isPilotToBeDesignated()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_PilotToBeDesignated();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Action#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see org.ctgstudio.model.plan.Action#getPartners()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Partners();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.plan.Action#getTargetPublics <em>Target Publics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Target Publics</em>'.
	 * @see org.ctgstudio.model.plan.Action#getTargetPublics()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_TargetPublics();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Action#getMunicipalities <em>Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Municipalities</em>'.
	 * @see org.ctgstudio.model.plan.Action#getMunicipalities()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Municipalities();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.ctgstudio.model.plan.Action#getStartDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getStartDatePrecision <em>Start Date Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date Precision</em>'.
	 * @see org.ctgstudio.model.plan.Action#getStartDatePrecision()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_StartDatePrecision();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.ctgstudio.model.plan.Action#getDueDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getDueDatePrecision <em>Due Date Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date Precision</em>'.
	 * @see org.ctgstudio.model.plan.Action#getDueDatePrecision()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_DueDatePrecision();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getPlannedBudget <em>Planned Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Budget</em>'.
	 * @see org.ctgstudio.model.plan.Action#getPlannedBudget()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_PlannedBudget();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Action#getFundings <em>Fundings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Fundings</em>'.
	 * @see org.ctgstudio.model.plan.Action#getFundings()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Fundings();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.plan.Action#getFacilities <em>Facilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Facilities</em>'.
	 * @see org.ctgstudio.model.plan.Action#getFacilities()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Facilities();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.ctgstudio.model.plan.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Action#getStatusComment <em>Status Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Comment</em>'.
	 * @see org.ctgstudio.model.plan.Action#getStatusComment()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_StatusComment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.plan.Action#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.ctgstudio.model.plan.Action#getIndicators()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Indicators();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.plan.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.ctgstudio.model.plan.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Indicator#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getCode()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Indicator#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getLabel()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Indicator#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getKind()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Indicator#getBaselineValue <em>Baseline Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Value</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getBaselineValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineValue();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Indicator#getBaselineDate <em>Baseline Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Date</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getBaselineDate()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Indicator#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getTargetValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Indicator#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getDataSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DataSource();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.plan.Indicator#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getDefinition()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Definition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.plan.Indicator#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.ctgstudio.model.plan.Indicator#getMeasurements()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measurements();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.plan.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.ctgstudio.model.plan.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.ctgstudio.model.plan.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.plan.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.ctgstudio.model.plan.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.plan.ObjectiveLevel <em>Objective Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Level</em>'.
	 * @see org.ctgstudio.model.plan.ObjectiveLevel
	 * @generated
	 */
	EEnum getObjectiveLevel();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.plan.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.ctgstudio.model.plan.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.plan.IndicatorKind <em>Indicator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Kind</em>'.
	 * @see org.ctgstudio.model.plan.IndicatorKind
	 * @generated
	 */
	EEnum getIndicatorKind();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.plan.DiagnosisMethod <em>Diagnosis Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Diagnosis Method</em>'.
	 * @see org.ctgstudio.model.plan.DiagnosisMethod
	 * @generated
	 */
	EEnum getDiagnosisMethod();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlanFactory getPlanFactory();

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
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl <em>Shared Diagnosis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.impl.SharedDiagnosisImpl
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getSharedDiagnosis()
		 * @generated
		 */
		EClass SHARED_DIAGNOSIS = eINSTANCE.getSharedDiagnosis();

		/**
		 * The meta object literal for the '<em><b>Completion Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_DIAGNOSIS__COMPLETION_DATE = eINSTANCE.getSharedDiagnosis_CompletionDate();

		/**
		 * The meta object literal for the '<em><b>Completion Date Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION = eINSTANCE.getSharedDiagnosis_CompletionDatePrecision();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_DIAGNOSIS__PROVIDER = eINSTANCE.getSharedDiagnosis_Provider();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_DIAGNOSIS__METHOD = eINSTANCE.getSharedDiagnosis_Method();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_DIAGNOSIS__COST = eINSTANCE.getSharedDiagnosis_Cost();

		/**
		 * The meta object literal for the '<em><b>Caf Co Funding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_DIAGNOSIS__CAF_CO_FUNDING = eINSTANCE.getSharedDiagnosis_CafCoFunding();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_DIAGNOSIS__SUMMARY = eINSTANCE.getSharedDiagnosis_Summary();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_DIAGNOSIS__NEEDS = eINSTANCE.getSharedDiagnosis_Needs();

		/**
		 * The meta object literal for the '<em><b>Issues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_DIAGNOSIS__ISSUES = eINSTANCE.getSharedDiagnosis_Issues();

		/**
		 * The meta object literal for the '<em><b>Supply Figures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_DIAGNOSIS__SUPPLY_FIGURES = eINSTANCE.getSharedDiagnosis_SupplyFigures();

		/**
		 * The meta object literal for the '<em><b>Past Supports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_DIAGNOSIS__PAST_SUPPORTS = eINSTANCE.getSharedDiagnosis_PastSupports();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.impl.NeedImpl <em>Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.impl.NeedImpl
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getNeed()
		 * @generated
		 */
		EClass NEED = eINSTANCE.getNeed();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__CODE = eINSTANCE.getNeed_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__LABEL = eINSTANCE.getNeed_Label();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__THEME = eINSTANCE.getNeed_Theme();

		/**
		 * The meta object literal for the '<em><b>Target Publics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__TARGET_PUBLICS = eINSTANCE.getNeed_TargetPublics();

		/**
		 * The meta object literal for the '<em><b>Supply Demand Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__SUPPLY_DEMAND_GAP = eINSTANCE.getNeed_SupplyDemandGap();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.impl.IssueImpl <em>Issue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.impl.IssueImpl
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getIssue()
		 * @generated
		 */
		EClass ISSUE = eINSTANCE.getIssue();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__CODE = eINSTANCE.getIssue_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__LABEL = eINSTANCE.getIssue_Label();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__NEEDS = eINSTANCE.getIssue_Needs();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.impl.StrategicAxisImpl <em>Strategic Axis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.impl.StrategicAxisImpl
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getStrategicAxis()
		 * @generated
		 */
		EClass STRATEGIC_AXIS = eINSTANCE.getStrategicAxis();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_AXIS__NUMBER = eINSTANCE.getStrategicAxis_Number();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_AXIS__LABEL = eINSTANCE.getStrategicAxis_Label();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_AXIS__THEMES = eINSTANCE.getStrategicAxis_Themes();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_AXIS__OBJECTIVES = eINSTANCE.getStrategicAxis_Objectives();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.impl.ObjectiveImpl
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__CODE = eINSTANCE.getObjective_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__LABEL = eINSTANCE.getObjective_Label();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__LEVEL = eINSTANCE.getObjective_Level();

		/**
		 * The meta object literal for the '<em><b>Issues</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__ISSUES = eINSTANCE.getObjective_Issues();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__NEEDS = eINSTANCE.getObjective_Needs();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__ACTIONS = eINSTANCE.getObjective_Actions();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.impl.ActionImpl
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__NUMBER = eINSTANCE.getAction_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__TITLE = eINSTANCE.getAction_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DESCRIPTION = eINSTANCE.getAction_Description();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__THEMES = eINSTANCE.getAction_Themes();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OBJECTIVES = eINSTANCE.getAction_Objectives();

		/**
		 * The meta object literal for the '<em><b>Pilot</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__PILOT = eINSTANCE.getAction_Pilot();

		/**
		 * The meta object literal for the '<em><b>Pilot To Be Designated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__PILOT_TO_BE_DESIGNATED = eINSTANCE.getAction_PilotToBeDesignated();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__PARTNERS = eINSTANCE.getAction_Partners();

		/**
		 * The meta object literal for the '<em><b>Target Publics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__TARGET_PUBLICS = eINSTANCE.getAction_TargetPublics();

		/**
		 * The meta object literal for the '<em><b>Municipalities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__MUNICIPALITIES = eINSTANCE.getAction_Municipalities();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__START_DATE = eINSTANCE.getAction_StartDate();

		/**
		 * The meta object literal for the '<em><b>Start Date Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__START_DATE_PRECISION = eINSTANCE.getAction_StartDatePrecision();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE_DATE = eINSTANCE.getAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Due Date Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE_DATE_PRECISION = eINSTANCE.getAction_DueDatePrecision();

		/**
		 * The meta object literal for the '<em><b>Planned Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__PLANNED_BUDGET = eINSTANCE.getAction_PlannedBudget();

		/**
		 * The meta object literal for the '<em><b>Fundings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__FUNDINGS = eINSTANCE.getAction_Fundings();

		/**
		 * The meta object literal for the '<em><b>Facilities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__FACILITIES = eINSTANCE.getAction_Facilities();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Status Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS_COMMENT = eINSTANCE.getAction_StatusComment();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__INDICATORS = eINSTANCE.getAction_Indicators();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.impl.IndicatorImpl
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CODE = eINSTANCE.getIndicator_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__LABEL = eINSTANCE.getIndicator_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__KIND = eINSTANCE.getIndicator_Kind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_VALUE = eINSTANCE.getIndicator_BaselineValue();

		/**
		 * The meta object literal for the '<em><b>Baseline Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_DATE = eINSTANCE.getIndicator_BaselineDate();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_VALUE = eINSTANCE.getIndicator_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DATA_SOURCE = eINSTANCE.getIndicator_DataSource();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__DEFINITION = eINSTANCE.getIndicator_Definition();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASUREMENTS = eINSTANCE.getIndicator_Measurements();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.impl.MeasurementImpl
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.ObjectiveLevel <em>Objective Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.ObjectiveLevel
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getObjectiveLevel()
		 * @generated
		 */
		EEnum OBJECTIVE_LEVEL = eINSTANCE.getObjectiveLevel();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.ActionStatus
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.IndicatorKind <em>Indicator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.IndicatorKind
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getIndicatorKind()
		 * @generated
		 */
		EEnum INDICATOR_KIND = eINSTANCE.getIndicatorKind();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.plan.DiagnosisMethod <em>Diagnosis Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.plan.DiagnosisMethod
		 * @see org.ctgstudio.model.plan.impl.PlanPackageImpl#getDiagnosisMethod()
		 * @generated
		 */
		EEnum DIAGNOSIS_METHOD = eINSTANCE.getDiagnosisMethod();

	}

} //PlanPackage
