/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance;

import java.time.LocalDate;

import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.Evaluation#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Evaluation#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Evaluation#getPlannedDatePrecision <em>Planned Date Precision</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Evaluation#getActualDate <em>Actual Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Evaluation#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Evaluation#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Evaluation#isIsDiagnosisUpdated <em>Is Diagnosis Updated</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluation()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311valuation' en='Evaluation'"
 * @generated
 */
public interface Evaluation extends Identified {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.governance.EvaluationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.governance.EvaluationType
	 * @see #setType(EvaluationType)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluation_Type()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Type'"
	 * @generated
	 */
	EvaluationType getType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Evaluation#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.governance.EvaluationType
	 * @see #getType()
	 * @generated
	 */
	void setType(EvaluationType value);

	/**
	 * Returns the value of the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Date</em>' attribute.
	 * @see #setPlannedDate(LocalDate)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluation_PlannedDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Pr\351vue le' en='Planned date'"
	 * @generated
	 */
	LocalDate getPlannedDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Evaluation#getPlannedDate <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Date</em>' attribute.
	 * @see #getPlannedDate()
	 * @generated
	 */
	void setPlannedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Planned Date Precision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.DatePrecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Date Precision</em>' attribute.
	 * @see org.ctgstudio.model.DatePrecision
	 * @see #setPlannedDatePrecision(DatePrecision)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluation_PlannedDatePrecision()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pr\351cision de la date pr\351vue' en='Planned date precision'"
	 * @generated
	 */
	DatePrecision getPlannedDatePrecision();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Evaluation#getPlannedDatePrecision <em>Planned Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Date Precision</em>' attribute.
	 * @see org.ctgstudio.model.DatePrecision
	 * @see #getPlannedDatePrecision()
	 * @generated
	 */
	void setPlannedDatePrecision(DatePrecision value);

	/**
	 * Returns the value of the '<em><b>Actual Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Date</em>' attribute.
	 * @see #setActualDate(LocalDate)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluation_ActualDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='R\351alis\351e le' en='Actual date'"
	 * @generated
	 */
	LocalDate getActualDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Evaluation#getActualDate <em>Actual Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Date</em>' attribute.
	 * @see #getActualDate()
	 * @generated
	 */
	void setActualDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' attribute list.
	 * The list contents are of type {@link org.ctgstudio.model.governance.EvaluationQuestion}.
	 * The literals are from the enumeration {@link org.ctgstudio.model.governance.EvaluationQuestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questions</em>' attribute list.
	 * @see org.ctgstudio.model.governance.EvaluationQuestion
	 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluation_Questions()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Questions \351valuatives' en='Questions'"
	 * @generated
	 */
	EList<EvaluationQuestion> getQuestions();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluation_Findings()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Conclusions' en='Findings'"
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Evaluation#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

	/**
	 * Returns the value of the '<em><b>Is Diagnosis Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Diagnosis Updated</em>' attribute.
	 * @see #setIsDiagnosisUpdated(boolean)
	 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluation_IsDiagnosisUpdated()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Diagnostic actualis\351' en='Is diagnosis updated'"
	 * @generated
	 */
	boolean isIsDiagnosisUpdated();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.governance.Evaluation#isIsDiagnosisUpdated <em>Is Diagnosis Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Diagnosis Updated</em>' attribute.
	 * @see #isIsDiagnosisUpdated()
	 * @generated
	 */
	void setIsDiagnosisUpdated(boolean value);

} // Evaluation
