/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance;

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
 * @see org.ctgstudio.model.governance.GovernanceFactory
 * @model kind="package"
 *        annotation="http://ctgstudio.org/ctg/labels fr='Gouvernance, \351valuation, avenants' en='Governance, evaluation, amendments'"
 * @generated
 */
public interface GovernancePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "governance";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/ctg/governance/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ctg.governance";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GovernancePackage eINSTANCE = org.ctgstudio.model.governance.impl.GovernancePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.impl.GovernanceImpl <em>Governance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.impl.GovernanceImpl
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getGovernance()
	 * @generated
	 */
	int GOVERNANCE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Committees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__COMMITTEES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cooperation Officers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__COOPERATION_OFFICERS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Governance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Governance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.impl.CommitteeImpl <em>Committee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.impl.CommitteeImpl
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getCommittee()
	 * @generated
	 */
	int COMMITTEE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__TYPE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__NAME = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__MEMBERS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__MEETINGS_PER_YEAR = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__MEETINGS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Committee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Committee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.impl.MeetingImpl
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DECISIONS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.impl.CooperationOfficerImpl <em>Cooperation Officer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.impl.CooperationOfficerImpl
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getCooperationOfficer()
	 * @generated
	 */
	int COOPERATION_OFFICER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATION_OFFICER__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATION_OFFICER__NAME = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATION_OFFICER__EMPLOYER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATION_OFFICER__FTE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Is Funded By Bonus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATION_OFFICER__IS_FUNDED_BY_BONUS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Cooperation Officer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATION_OFFICER_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Cooperation Officer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COOPERATION_OFFICER_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.impl.EvaluationImpl
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__TYPE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PLANNED_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Planned Date Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PLANNED_DATE_PRECISION = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actual Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ACTUAL_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__QUESTIONS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__FINDINGS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Is Diagnosis Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__IS_DIAGNOSIS_UPDATED = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.impl.AmendmentImpl <em>Amendment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.impl.AmendmentImpl
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getAmendment()
	 * @generated
	 */
	int AMENDMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__ID = CtgPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__NUMBER = CtgPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__SIGNATURE_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__KINDS = CtgPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>New End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__NEW_END_DATE = CtgPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Modified Articles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__MODIFIED_ARTICLES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Modified Annexes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__MODIFIED_ANNEXES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Added Parties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__ADDED_PARTIES = CtgPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Amendment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT_FEATURE_COUNT = CtgPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Amendment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT_OPERATION_COUNT = CtgPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.CommitteeType <em>Committee Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.CommitteeType
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getCommitteeType()
	 * @generated
	 */
	int COMMITTEE_TYPE = 6;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.EvaluationType <em>Evaluation Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.EvaluationType
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getEvaluationType()
	 * @generated
	 */
	int EVALUATION_TYPE = 7;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.EvaluationQuestion <em>Evaluation Question</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.EvaluationQuestion
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getEvaluationQuestion()
	 * @generated
	 */
	int EVALUATION_QUESTION = 8;

	/**
	 * The meta object id for the '{@link org.ctgstudio.model.governance.AmendmentKind <em>Amendment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.model.governance.AmendmentKind
	 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getAmendmentKind()
	 * @generated
	 */
	int AMENDMENT_KIND = 9;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.governance.Governance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Governance</em>'.
	 * @see org.ctgstudio.model.governance.Governance
	 * @generated
	 */
	EClass getGovernance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.governance.Governance#getCommittees <em>Committees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Committees</em>'.
	 * @see org.ctgstudio.model.governance.Governance#getCommittees()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_Committees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.governance.Governance#getCooperationOfficers <em>Cooperation Officers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cooperation Officers</em>'.
	 * @see org.ctgstudio.model.governance.Governance#getCooperationOfficers()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_CooperationOfficers();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.governance.Committee <em>Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Committee</em>'.
	 * @see org.ctgstudio.model.governance.Committee
	 * @generated
	 */
	EClass getCommittee();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Committee#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.ctgstudio.model.governance.Committee#getType()
	 * @see #getCommittee()
	 * @generated
	 */
	EAttribute getCommittee_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Committee#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.governance.Committee#getName()
	 * @see #getCommittee()
	 * @generated
	 */
	EAttribute getCommittee_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.governance.Committee#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.ctgstudio.model.governance.Committee#getMembers()
	 * @see #getCommittee()
	 * @generated
	 */
	EReference getCommittee_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Committee#getMeetingsPerYear <em>Meetings Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meetings Per Year</em>'.
	 * @see org.ctgstudio.model.governance.Committee#getMeetingsPerYear()
	 * @see #getCommittee()
	 * @generated
	 */
	EAttribute getCommittee_MeetingsPerYear();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.governance.Committee#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see org.ctgstudio.model.governance.Committee#getMeetings()
	 * @see #getCommittee()
	 * @generated
	 */
	EReference getCommittee_Meetings();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.governance.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see org.ctgstudio.model.governance.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Meeting#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.ctgstudio.model.governance.Meeting#getDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Meeting#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decisions</em>'.
	 * @see org.ctgstudio.model.governance.Meeting#getDecisions()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Decisions();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.governance.CooperationOfficer <em>Cooperation Officer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cooperation Officer</em>'.
	 * @see org.ctgstudio.model.governance.CooperationOfficer
	 * @generated
	 */
	EClass getCooperationOfficer();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.CooperationOfficer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.model.governance.CooperationOfficer#getName()
	 * @see #getCooperationOfficer()
	 * @generated
	 */
	EAttribute getCooperationOfficer_Name();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.model.governance.CooperationOfficer#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Employer</em>'.
	 * @see org.ctgstudio.model.governance.CooperationOfficer#getEmployer()
	 * @see #getCooperationOfficer()
	 * @generated
	 */
	EReference getCooperationOfficer_Employer();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.CooperationOfficer#getFte <em>Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fte</em>'.
	 * @see org.ctgstudio.model.governance.CooperationOfficer#getFte()
	 * @see #getCooperationOfficer()
	 * @generated
	 */
	EAttribute getCooperationOfficer_Fte();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.CooperationOfficer#isIsFundedByBonus <em>Is Funded By Bonus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Funded By Bonus</em>'.
	 * @see org.ctgstudio.model.governance.CooperationOfficer#isIsFundedByBonus()
	 * @see #getCooperationOfficer()
	 * @generated
	 */
	EAttribute getCooperationOfficer_IsFundedByBonus();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.governance.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.ctgstudio.model.governance.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Evaluation#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.ctgstudio.model.governance.Evaluation#getType()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Evaluation#getPlannedDate <em>Planned Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Date</em>'.
	 * @see org.ctgstudio.model.governance.Evaluation#getPlannedDate()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_PlannedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Evaluation#getPlannedDatePrecision <em>Planned Date Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Date Precision</em>'.
	 * @see org.ctgstudio.model.governance.Evaluation#getPlannedDatePrecision()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_PlannedDatePrecision();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Evaluation#getActualDate <em>Actual Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Date</em>'.
	 * @see org.ctgstudio.model.governance.Evaluation#getActualDate()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_ActualDate();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.governance.Evaluation#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Questions</em>'.
	 * @see org.ctgstudio.model.governance.Evaluation#getQuestions()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Questions();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Evaluation#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.ctgstudio.model.governance.Evaluation#getFindings()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Findings();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Evaluation#isIsDiagnosisUpdated <em>Is Diagnosis Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Is Diagnosis Updated</em>'.
	 * @see org.ctgstudio.model.governance.Evaluation#isIsDiagnosisUpdated()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_IsDiagnosisUpdated();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.model.governance.Amendment <em>Amendment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Amendment</em>'.
	 * @see org.ctgstudio.model.governance.Amendment
	 * @generated
	 */
	EClass getAmendment();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Amendment#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.ctgstudio.model.governance.Amendment#getNumber()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Amendment#getSignatureDate <em>Signature Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature Date</em>'.
	 * @see org.ctgstudio.model.governance.Amendment#getSignatureDate()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_SignatureDate();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.model.governance.Amendment#getKinds <em>Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kinds</em>'.
	 * @see org.ctgstudio.model.governance.Amendment#getKinds()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_Kinds();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.model.governance.Amendment#getNewEndDate <em>New End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New End Date</em>'.
	 * @see org.ctgstudio.model.governance.Amendment#getNewEndDate()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_NewEndDate();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.governance.Amendment#getModifiedArticles <em>Modified Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Modified Articles</em>'.
	 * @see org.ctgstudio.model.governance.Amendment#getModifiedArticles()
	 * @see #getAmendment()
	 * @generated
	 */
	EReference getAmendment_ModifiedArticles();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.model.governance.Amendment#getModifiedAnnexes <em>Modified Annexes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Modified Annexes</em>'.
	 * @see org.ctgstudio.model.governance.Amendment#getModifiedAnnexes()
	 * @see #getAmendment()
	 * @generated
	 */
	EReference getAmendment_ModifiedAnnexes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.model.governance.Amendment#getAddedParties <em>Added Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Added Parties</em>'.
	 * @see org.ctgstudio.model.governance.Amendment#getAddedParties()
	 * @see #getAmendment()
	 * @generated
	 */
	EReference getAmendment_AddedParties();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.governance.CommitteeType <em>Committee Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Committee Type</em>'.
	 * @see org.ctgstudio.model.governance.CommitteeType
	 * @generated
	 */
	EEnum getCommitteeType();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.governance.EvaluationType <em>Evaluation Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation Type</em>'.
	 * @see org.ctgstudio.model.governance.EvaluationType
	 * @generated
	 */
	EEnum getEvaluationType();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.governance.EvaluationQuestion <em>Evaluation Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation Question</em>'.
	 * @see org.ctgstudio.model.governance.EvaluationQuestion
	 * @generated
	 */
	EEnum getEvaluationQuestion();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.model.governance.AmendmentKind <em>Amendment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Amendment Kind</em>'.
	 * @see org.ctgstudio.model.governance.AmendmentKind
	 * @generated
	 */
	EEnum getAmendmentKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GovernanceFactory getGovernanceFactory();

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
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.impl.GovernanceImpl <em>Governance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.impl.GovernanceImpl
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getGovernance()
		 * @generated
		 */
		EClass GOVERNANCE = eINSTANCE.getGovernance();

		/**
		 * The meta object literal for the '<em><b>Committees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__COMMITTEES = eINSTANCE.getGovernance_Committees();

		/**
		 * The meta object literal for the '<em><b>Cooperation Officers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__COOPERATION_OFFICERS = eINSTANCE.getGovernance_CooperationOfficers();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.impl.CommitteeImpl <em>Committee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.impl.CommitteeImpl
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getCommittee()
		 * @generated
		 */
		EClass COMMITTEE = eINSTANCE.getCommittee();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE__TYPE = eINSTANCE.getCommittee_Type();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE__NAME = eINSTANCE.getCommittee_Name();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITTEE__MEMBERS = eINSTANCE.getCommittee_Members();

		/**
		 * The meta object literal for the '<em><b>Meetings Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE__MEETINGS_PER_YEAR = eINSTANCE.getCommittee_MeetingsPerYear();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITTEE__MEETINGS = eINSTANCE.getCommittee_Meetings();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.impl.MeetingImpl
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__DATE = eINSTANCE.getMeeting_Date();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__DECISIONS = eINSTANCE.getMeeting_Decisions();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.impl.CooperationOfficerImpl <em>Cooperation Officer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.impl.CooperationOfficerImpl
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getCooperationOfficer()
		 * @generated
		 */
		EClass COOPERATION_OFFICER = eINSTANCE.getCooperationOfficer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COOPERATION_OFFICER__NAME = eINSTANCE.getCooperationOfficer_Name();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COOPERATION_OFFICER__EMPLOYER = eINSTANCE.getCooperationOfficer_Employer();

		/**
		 * The meta object literal for the '<em><b>Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COOPERATION_OFFICER__FTE = eINSTANCE.getCooperationOfficer_Fte();

		/**
		 * The meta object literal for the '<em><b>Is Funded By Bonus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COOPERATION_OFFICER__IS_FUNDED_BY_BONUS = eINSTANCE.getCooperationOfficer_IsFundedByBonus();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.impl.EvaluationImpl
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__TYPE = eINSTANCE.getEvaluation_Type();

		/**
		 * The meta object literal for the '<em><b>Planned Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__PLANNED_DATE = eINSTANCE.getEvaluation_PlannedDate();

		/**
		 * The meta object literal for the '<em><b>Planned Date Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__PLANNED_DATE_PRECISION = eINSTANCE.getEvaluation_PlannedDatePrecision();

		/**
		 * The meta object literal for the '<em><b>Actual Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__ACTUAL_DATE = eINSTANCE.getEvaluation_ActualDate();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__QUESTIONS = eINSTANCE.getEvaluation_Questions();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__FINDINGS = eINSTANCE.getEvaluation_Findings();

		/**
		 * The meta object literal for the '<em><b>Is Diagnosis Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__IS_DIAGNOSIS_UPDATED = eINSTANCE.getEvaluation_IsDiagnosisUpdated();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.impl.AmendmentImpl <em>Amendment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.impl.AmendmentImpl
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getAmendment()
		 * @generated
		 */
		EClass AMENDMENT = eINSTANCE.getAmendment();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__NUMBER = eINSTANCE.getAmendment_Number();

		/**
		 * The meta object literal for the '<em><b>Signature Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__SIGNATURE_DATE = eINSTANCE.getAmendment_SignatureDate();

		/**
		 * The meta object literal for the '<em><b>Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__KINDS = eINSTANCE.getAmendment_Kinds();

		/**
		 * The meta object literal for the '<em><b>New End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__NEW_END_DATE = eINSTANCE.getAmendment_NewEndDate();

		/**
		 * The meta object literal for the '<em><b>Modified Articles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AMENDMENT__MODIFIED_ARTICLES = eINSTANCE.getAmendment_ModifiedArticles();

		/**
		 * The meta object literal for the '<em><b>Modified Annexes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AMENDMENT__MODIFIED_ANNEXES = eINSTANCE.getAmendment_ModifiedAnnexes();

		/**
		 * The meta object literal for the '<em><b>Added Parties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AMENDMENT__ADDED_PARTIES = eINSTANCE.getAmendment_AddedParties();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.CommitteeType <em>Committee Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.CommitteeType
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getCommitteeType()
		 * @generated
		 */
		EEnum COMMITTEE_TYPE = eINSTANCE.getCommitteeType();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.EvaluationType <em>Evaluation Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.EvaluationType
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getEvaluationType()
		 * @generated
		 */
		EEnum EVALUATION_TYPE = eINSTANCE.getEvaluationType();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.EvaluationQuestion <em>Evaluation Question</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.EvaluationQuestion
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getEvaluationQuestion()
		 * @generated
		 */
		EEnum EVALUATION_QUESTION = eINSTANCE.getEvaluationQuestion();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.model.governance.AmendmentKind <em>Amendment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.model.governance.AmendmentKind
		 * @see org.ctgstudio.model.governance.impl.GovernancePackageImpl#getAmendmentKind()
		 * @generated
		 */
		EEnum AMENDMENT_KIND = eINSTANCE.getAmendmentKind();

	}

} //GovernancePackage
