/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.DatePrecision;

import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.governance.EvaluationQuestion;
import org.ctgstudio.model.governance.EvaluationType;
import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.impl.EvaluationImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.EvaluationImpl#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.EvaluationImpl#getPlannedDatePrecision <em>Planned Date Precision</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.EvaluationImpl#getActualDate <em>Actual Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.EvaluationImpl#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.EvaluationImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.EvaluationImpl#isIsDiagnosisUpdated <em>Is Diagnosis Updated</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationImpl extends IdentifiedImpl implements Evaluation {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final EvaluationType TYPE_EDEFAULT = EvaluationType.ANNUAL_REVIEW;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected EvaluationType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedDate = PLANNED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedDatePrecision() <em>Planned Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected static final DatePrecision PLANNED_DATE_PRECISION_EDEFAULT = DatePrecision.EXACT;

	/**
	 * The cached value of the '{@link #getPlannedDatePrecision() <em>Planned Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected DatePrecision plannedDatePrecision = PLANNED_DATE_PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualDate() <em>Actual Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTUAL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualDate() <em>Actual Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actualDate = ACTUAL_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestions() <em>Questions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<EvaluationQuestion> questions;

	/**
	 * The default value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected String findings = FINDINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsDiagnosisUpdated() <em>Is Diagnosis Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsDiagnosisUpdated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_DIAGNOSIS_UPDATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsDiagnosisUpdated() <em>Is Diagnosis Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsDiagnosisUpdated()
	 * @generated
	 * @ordered
	 */
	protected boolean isDiagnosisUpdated = IS_DIAGNOSIS_UPDATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(EvaluationType newType) {
		EvaluationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.EVALUATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedDate() {
		return plannedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedDate(LocalDate newPlannedDate) {
		LocalDate oldPlannedDate = plannedDate;
		plannedDate = newPlannedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.EVALUATION__PLANNED_DATE, oldPlannedDate, plannedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatePrecision getPlannedDatePrecision() {
		return plannedDatePrecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedDatePrecision(DatePrecision newPlannedDatePrecision) {
		DatePrecision oldPlannedDatePrecision = plannedDatePrecision;
		plannedDatePrecision = newPlannedDatePrecision == null ? PLANNED_DATE_PRECISION_EDEFAULT : newPlannedDatePrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.EVALUATION__PLANNED_DATE_PRECISION, oldPlannedDatePrecision, plannedDatePrecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActualDate() {
		return actualDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualDate(LocalDate newActualDate) {
		LocalDate oldActualDate = actualDate;
		actualDate = newActualDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.EVALUATION__ACTUAL_DATE, oldActualDate, actualDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvaluationQuestion> getQuestions() {
		if (questions == null) {
			questions = new EDataTypeUniqueEList<EvaluationQuestion>(EvaluationQuestion.class, this, GovernancePackage.EVALUATION__QUESTIONS);
		}
		return questions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindings() {
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindings(String newFindings) {
		String oldFindings = findings;
		findings = newFindings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.EVALUATION__FINDINGS, oldFindings, findings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsDiagnosisUpdated() {
		return isDiagnosisUpdated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsDiagnosisUpdated(boolean newIsDiagnosisUpdated) {
		boolean oldIsDiagnosisUpdated = isDiagnosisUpdated;
		isDiagnosisUpdated = newIsDiagnosisUpdated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.EVALUATION__IS_DIAGNOSIS_UPDATED, oldIsDiagnosisUpdated, isDiagnosisUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.EVALUATION__TYPE:
				return getType();
			case GovernancePackage.EVALUATION__PLANNED_DATE:
				return getPlannedDate();
			case GovernancePackage.EVALUATION__PLANNED_DATE_PRECISION:
				return getPlannedDatePrecision();
			case GovernancePackage.EVALUATION__ACTUAL_DATE:
				return getActualDate();
			case GovernancePackage.EVALUATION__QUESTIONS:
				return getQuestions();
			case GovernancePackage.EVALUATION__FINDINGS:
				return getFindings();
			case GovernancePackage.EVALUATION__IS_DIAGNOSIS_UPDATED:
				return isIsDiagnosisUpdated();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovernancePackage.EVALUATION__TYPE:
				setType((EvaluationType)newValue);
				return;
			case GovernancePackage.EVALUATION__PLANNED_DATE:
				setPlannedDate((LocalDate)newValue);
				return;
			case GovernancePackage.EVALUATION__PLANNED_DATE_PRECISION:
				setPlannedDatePrecision((DatePrecision)newValue);
				return;
			case GovernancePackage.EVALUATION__ACTUAL_DATE:
				setActualDate((LocalDate)newValue);
				return;
			case GovernancePackage.EVALUATION__QUESTIONS:
				getQuestions().clear();
				getQuestions().addAll((Collection<? extends EvaluationQuestion>)newValue);
				return;
			case GovernancePackage.EVALUATION__FINDINGS:
				setFindings((String)newValue);
				return;
			case GovernancePackage.EVALUATION__IS_DIAGNOSIS_UPDATED:
				setIsDiagnosisUpdated((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GovernancePackage.EVALUATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case GovernancePackage.EVALUATION__PLANNED_DATE:
				setPlannedDate(PLANNED_DATE_EDEFAULT);
				return;
			case GovernancePackage.EVALUATION__PLANNED_DATE_PRECISION:
				setPlannedDatePrecision(PLANNED_DATE_PRECISION_EDEFAULT);
				return;
			case GovernancePackage.EVALUATION__ACTUAL_DATE:
				setActualDate(ACTUAL_DATE_EDEFAULT);
				return;
			case GovernancePackage.EVALUATION__QUESTIONS:
				getQuestions().clear();
				return;
			case GovernancePackage.EVALUATION__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
				return;
			case GovernancePackage.EVALUATION__IS_DIAGNOSIS_UPDATED:
				setIsDiagnosisUpdated(IS_DIAGNOSIS_UPDATED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GovernancePackage.EVALUATION__TYPE:
				return type != TYPE_EDEFAULT;
			case GovernancePackage.EVALUATION__PLANNED_DATE:
				return PLANNED_DATE_EDEFAULT == null ? plannedDate != null : !PLANNED_DATE_EDEFAULT.equals(plannedDate);
			case GovernancePackage.EVALUATION__PLANNED_DATE_PRECISION:
				return plannedDatePrecision != PLANNED_DATE_PRECISION_EDEFAULT;
			case GovernancePackage.EVALUATION__ACTUAL_DATE:
				return ACTUAL_DATE_EDEFAULT == null ? actualDate != null : !ACTUAL_DATE_EDEFAULT.equals(actualDate);
			case GovernancePackage.EVALUATION__QUESTIONS:
				return questions != null && !questions.isEmpty();
			case GovernancePackage.EVALUATION__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
			case GovernancePackage.EVALUATION__IS_DIAGNOSIS_UPDATED:
				return isDiagnosisUpdated != IS_DIAGNOSIS_UPDATED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (type: ");
		result.append(type);
		result.append(", plannedDate: ");
		result.append(plannedDate);
		result.append(", plannedDatePrecision: ");
		result.append(plannedDatePrecision);
		result.append(", actualDate: ");
		result.append(actualDate);
		result.append(", questions: ");
		result.append(questions);
		result.append(", findings: ");
		result.append(findings);
		result.append(", isDiagnosisUpdated: ");
		result.append(isDiagnosisUpdated);
		result.append(')');
		return result.toString();
	}

} //EvaluationImpl
