/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.Identified;

import org.ctgstudio.model.funding.PastSupport;
import org.ctgstudio.model.funding.SupplyFigure;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shared Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getCompletionDate <em>Completion Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getCompletionDatePrecision <em>Completion Date Precision</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getMethod <em>Method</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getCost <em>Cost</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getCafCoFunding <em>Caf Co Funding</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getIssues <em>Issues</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getSupplyFigures <em>Supply Figures</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.SharedDiagnosis#getPastSupports <em>Past Supports</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Diagnostic partag\351' en='Shared diagnosis'"
 * @generated
 */
public interface SharedDiagnosis extends Identified {
	/**
	 * Returns the value of the '<em><b>Completion Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completion Date</em>' attribute.
	 * @see #setCompletionDate(LocalDate)
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_CompletionDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date de restitution' en='Completion date'"
	 * @generated
	 */
	LocalDate getCompletionDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.SharedDiagnosis#getCompletionDate <em>Completion Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completion Date</em>' attribute.
	 * @see #getCompletionDate()
	 * @generated
	 */
	void setCompletionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Completion Date Precision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.DatePrecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completion Date Precision</em>' attribute.
	 * @see org.ctgstudio.model.DatePrecision
	 * @see #setCompletionDatePrecision(DatePrecision)
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_CompletionDatePrecision()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pr\351cision de la date de restitution' en='Completion date precision'"
	 * @generated
	 */
	DatePrecision getCompletionDatePrecision();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.SharedDiagnosis#getCompletionDatePrecision <em>Completion Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completion Date Precision</em>' attribute.
	 * @see org.ctgstudio.model.DatePrecision
	 * @see #getCompletionDatePrecision()
	 * @generated
	 */
	void setCompletionDatePrecision(DatePrecision value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_Provider()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Prestataire' en='Provider'"
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.SharedDiagnosis#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.plan.DiagnosisMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.ctgstudio.model.plan.DiagnosisMethod
	 * @see #setMethod(DiagnosisMethod)
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_Method()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='M\351thode' en='Method'"
	 * @generated
	 */
	DiagnosisMethod getMethod();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.SharedDiagnosis#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.ctgstudio.model.plan.DiagnosisMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(DiagnosisMethod value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_Cost()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Co\373t total' en='Cost'"
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.SharedDiagnosis#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Caf Co Funding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caf Co Funding</em>' attribute.
	 * @see #setCafCoFunding(BigDecimal)
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_CafCoFunding()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Cofinancement Caf' en='Caf co funding'"
	 * @generated
	 */
	BigDecimal getCafCoFunding();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.SharedDiagnosis#getCafCoFunding <em>Caf Co Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caf Co Funding</em>' attribute.
	 * @see #getCafCoFunding()
	 * @generated
	 */
	void setCafCoFunding(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_Summary()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Synth\350se' en='Summary'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.SharedDiagnosis#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Need}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs</em>' containment reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_Needs()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Besoins' en='Needs'"
	 * @generated
	 */
	EList<Need> getNeeds();

	/**
	 * Returns the value of the '<em><b>Issues</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Issue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issues</em>' containment reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_Issues()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Enjeux' en='Issues'"
	 * @generated
	 */
	EList<Issue> getIssues();

	/**
	 * Returns the value of the '<em><b>Supply Figures</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.funding.SupplyFigure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supply Figures</em>' containment reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_SupplyFigures()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Offre existante' en='Existing supply'"
	 * @generated
	 */
	EList<SupplyFigure> getSupplyFigures();

	/**
	 * Returns the value of the '<em><b>Past Supports</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.funding.PastSupport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Past Supports</em>' containment reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getSharedDiagnosis_PastSupports()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Soutiens ant\351rieurs' en='Past support'"
	 * @generated
	 */
	EList<PastSupport> getPastSupports();

} // SharedDiagnosis
