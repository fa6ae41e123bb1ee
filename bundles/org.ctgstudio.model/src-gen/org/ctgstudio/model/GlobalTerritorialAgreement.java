/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import java.time.LocalDate;

import org.ctgstudio.model.funding.DevelopmentPlan;
import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.PartnerCommitment;

import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.governance.Governance;

import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.SharedDiagnosis;
import org.ctgstudio.model.plan.StrategicAxis;

import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.RuleParameterSet;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Global Territorial Agreement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getStatus <em>Status</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getSignatureDate <em>Signature Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getDurationYears <em>Duration Years</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getEffectiveEndDate <em>Effective End Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getCogPeriod <em>Cog Period</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getReplacedCejs <em>Replaced Cejs</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getParties <em>Parties</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getInterventionFields <em>Intervention Fields</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getDiagnosis <em>Diagnosis</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getAxes <em>Axes</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getActions <em>Actions</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getFacilities <em>Facilities</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getFundings <em>Fundings</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getGovernance <em>Governance</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getAmendments <em>Amendments</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getDevelopmentPlan <em>Development Plan</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getSchemeLinks <em>Scheme Links</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getLinkedContracts <em>Linked Contracts</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getArticles <em>Articles</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getAnnexes <em>Annexes</em>}</li>
 *   <li>{@link org.ctgstudio.model.GlobalTerritorialAgreement#getRuleOverrides <em>Rule Overrides</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Convention territoriale globale' en='Global territorial agreement'"
 * @generated
 */
public interface GlobalTerritorialAgreement extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Code()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\351f\351rence' en='Code'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Title()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intitul\351' en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generation</em>' attribute.
	 * @see #setGeneration(int)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Generation()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Rang (1re, 2e CTG\u2026)' en='Generation'"
	 * @generated
	 */
	int getGeneration();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getGeneration <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generation</em>' attribute.
	 * @see #getGeneration()
	 * @generated
	 */
	void setGeneration(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.CtgStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.ctgstudio.model.CtgStatus
	 * @see #setStatus(CtgStatus)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Status()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Statut' en='Status'"
	 * @generated
	 */
	CtgStatus getStatus();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.ctgstudio.model.CtgStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CtgStatus value);

	/**
	 * Returns the value of the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature Date</em>' attribute.
	 * @see #setSignatureDate(LocalDate)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_SignatureDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date de signature' en='Signature date'"
	 * @generated
	 */
	LocalDate getSignatureDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getSignatureDate <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Date</em>' attribute.
	 * @see #getSignatureDate()
	 * @generated
	 */
	void setSignatureDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_StartDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date d\'effet' en='Start date'"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_EndDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date d\'\351ch\351ance' en='End date'"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Duration Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Years</em>' attribute.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_DurationYears()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Dur\351e (ans)' en='Duration years'"
	 * @generated
	 */
	int getDurationYears();

	/**
	 * Returns the value of the '<em><b>Effective End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective End Date</em>' attribute.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_EffectiveEndDate()
	 * @model dataType="org.ctgstudio.model.Date" transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='\311ch\351ance apr\350s avenants' en='Effective end date'"
	 * @generated
	 */
	LocalDate getEffectiveEndDate();

	/**
	 * Returns the value of the '<em><b>Cog Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cog Period</em>' attribute.
	 * @see #setCogPeriod(String)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_CogPeriod()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='P\351riode COG' en='Cog period'"
	 * @generated
	 */
	String getCogPeriod();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getCogPeriod <em>Cog Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cog Period</em>' attribute.
	 * @see #getCogPeriod()
	 * @generated
	 */
	void setCogPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Version</em>' attribute.
	 * @see #setTemplateVersion(String)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_TemplateVersion()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Version du mod\350le' en='Template version'"
	 * @generated
	 */
	String getTemplateVersion();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTemplateVersion <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Version</em>' attribute.
	 * @see #getTemplateVersion()
	 * @generated
	 */
	void setTemplateVersion(String value);

	/**
	 * Returns the value of the '<em><b>Territory</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Territory</em>' reference.
	 * @see #setTerritory(Territory)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Territory()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Territoire' en='Territory'"
	 * @generated
	 */
	Territory getTerritory();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTerritory <em>Territory</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Territory</em>' reference.
	 * @see #getTerritory()
	 * @generated
	 */
	void setTerritory(Territory value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(ConventionTemplate)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Template()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mod\350le' en='Template'"
	 * @generated
	 */
	ConventionTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(ConventionTemplate value);

	/**
	 * Returns the value of the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predecessor</em>' reference.
	 * @see #setPredecessor(GlobalTerritorialAgreement)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Predecessor()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='CTG pr\351c\351dente' en='Predecessor'"
	 * @generated
	 */
	GlobalTerritorialAgreement getPredecessor();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getPredecessor <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' reference.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(GlobalTerritorialAgreement value);

	/**
	 * Returns the value of the '<em><b>Replaced Cejs</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.ChildhoodYouthContract}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contrats enfance jeunesse this CTG replaces: before 2020 the predecessor of a CTG was a CEJ, whose money becomes bonus territoire from the date the CTG replaces it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replaced Cejs</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_ReplacedCejs()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='CEJ remplac\351s' en='Replaced CEJs'"
	 * @generated
	 */
	EList<ChildhoodYouthContract> getReplacedCejs();

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.AgreementParty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parties</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Parties()
	 * @model containment="true" lower="2"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Parties' en='Parties'"
	 * @generated
	 */
	EList<AgreementParty> getParties();

	/**
	 * Returns the value of the '<em><b>Intervention Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.InterventionField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intervention Fields</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_InterventionFields()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Champs d\'intervention' en='Intervention fields'"
	 * @generated
	 */
	EList<InterventionField> getInterventionFields();

	/**
	 * Returns the value of the '<em><b>Diagnosis</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnosis</em>' containment reference.
	 * @see #setDiagnosis(SharedDiagnosis)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Diagnosis()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Diagnostic partag\351' en='Diagnosis'"
	 * @generated
	 */
	SharedDiagnosis getDiagnosis();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getDiagnosis <em>Diagnosis</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnosis</em>' containment reference.
	 * @see #getDiagnosis()
	 * @generated
	 */
	void setDiagnosis(SharedDiagnosis value);

	/**
	 * Returns the value of the '<em><b>Axes</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.StrategicAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axes</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Axes()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Axes strat\351giques' en='Axes'"
	 * @generated
	 */
	EList<StrategicAxis> getAxes();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Actions()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Fiches actions' en='Actions'"
	 * @generated
	 */
	EList<Action> getActions();

	/**
	 * Returns the value of the '<em><b>Facilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.funding.Facility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facilities</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Facilities()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='\311quipements' en='Facilities'"
	 * @generated
	 */
	EList<Facility> getFacilities();

	/**
	 * Returns the value of the '<em><b>Fundings</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.funding.Funding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fundings</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Fundings()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Financements' en='Fundings'"
	 * @generated
	 */
	EList<Funding> getFundings();

	/**
	 * Returns the value of the '<em><b>Commitments</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.funding.PartnerCommitment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commitments</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Commitments()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Moyens mobilis\351s' en='Commitments'"
	 * @generated
	 */
	EList<PartnerCommitment> getCommitments();

	/**
	 * Returns the value of the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governance</em>' containment reference.
	 * @see #setGovernance(Governance)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Governance()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Gouvernance' en='Governance'"
	 * @generated
	 */
	Governance getGovernance();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getGovernance <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governance</em>' containment reference.
	 * @see #getGovernance()
	 * @generated
	 */
	void setGovernance(Governance value);

	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.governance.Evaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Evaluations()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='\311valuations' en='Evaluations'"
	 * @generated
	 */
	EList<Evaluation> getEvaluations();

	/**
	 * Returns the value of the '<em><b>Amendments</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.governance.Amendment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amendments</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Amendments()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Avenants' en='Amendments'"
	 * @generated
	 */
	EList<Amendment> getAmendments();

	/**
	 * Returns the value of the '<em><b>Development Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Development Plan</em>' containment reference.
	 * @see #setDevelopmentPlan(DevelopmentPlan)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_DevelopmentPlan()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma de d\351veloppement' en='Development plan'"
	 * @generated
	 */
	DevelopmentPlan getDevelopmentPlan();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getDevelopmentPlan <em>Development Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Development Plan</em>' containment reference.
	 * @see #getDevelopmentPlan()
	 * @generated
	 */
	void setDevelopmentPlan(DevelopmentPlan value);

	/**
	 * Returns the value of the '<em><b>Scheme Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.DepartmentalSchemeLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheme Links</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_SchemeLinks()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Sch\351mas d\351partementaux' en='Scheme links'"
	 * @generated
	 */
	EList<DepartmentalSchemeLink> getSchemeLinks();

	/**
	 * Returns the value of the '<em><b>Linked Contracts</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.LinkedContract}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Linked Contracts</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_LinkedContracts()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Contrats articul\351s' en='Linked contracts'"
	 * @generated
	 */
	EList<LinkedContract> getLinkedContracts();

	/**
	 * Returns the value of the '<em><b>Articles</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.ArticleInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Articles</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Articles()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Articles' en='Articles'"
	 * @generated
	 */
	EList<ArticleInstance> getArticles();

	/**
	 * Returns the value of the '<em><b>Annexes</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.AnnexInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annexes</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_Annexes()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Annexes' en='Annexes'"
	 * @generated
	 */
	EList<AnnexInstance> getAnnexes();

	/**
	 * Returns the value of the '<em><b>Rule Overrides</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Overrides</em>' containment reference.
	 * @see #setRuleOverrides(RuleParameterSet)
	 * @see org.ctgstudio.model.CtgPackage#getGlobalTerritorialAgreement_RuleOverrides()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Param\350tres sp\351cifiques' en='Rule overrides'"
	 * @generated
	 */
	RuleParameterSet getRuleOverrides();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.GlobalTerritorialAgreement#getRuleOverrides <em>Rule Overrides</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Overrides</em>' containment reference.
	 * @see #getRuleOverrides()
	 * @generated
	 */
	void setRuleOverrides(RuleParameterSet value);

} // GlobalTerritorialAgreement
