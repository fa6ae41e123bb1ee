/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.TargetPublic;
import org.ctgstudio.model.ThematicDomain;

import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.Funding;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.Action#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getDescription <em>Description</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getPilot <em>Pilot</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#isPilotToBeDesignated <em>Pilot To Be Designated</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getTargetPublics <em>Target Publics</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getMunicipalities <em>Municipalities</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getStartDatePrecision <em>Start Date Precision</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getDueDatePrecision <em>Due Date Precision</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getPlannedBudget <em>Planned Budget</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getFundings <em>Fundings</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getFacilities <em>Facilities</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getStatus <em>Status</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getStatusComment <em>Status Comment</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Action#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.plan.PlanPackage#getAction()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Fiche action' en='Action'"
 * @generated
 */
public interface Action extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Number()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='N\260 de fiche' en='Number'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Title()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intitul\351' en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Description()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Description' en='Description'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Themes</b></em>' attribute list.
	 * The list contents are of type {@link org.ctgstudio.model.ThematicDomain}.
	 * The literals are from the enumeration {@link org.ctgstudio.model.ThematicDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Themes</em>' attribute list.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Themes()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Th\351matiques' en='Themes'"
	 * @generated
	 */
	EList<ThematicDomain> getThemes();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Objective}.
	 * It is bidirectional and its opposite is '{@link org.ctgstudio.model.plan.Objective#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Objectives()
	 * @see org.ctgstudio.model.plan.Objective#getActions
	 * @model opposite="actions" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Objectifs' en='Objectives'"
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Pilot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pilot</em>' reference.
	 * @see #setPilot(Organisation)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Pilot()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pilote' en='Pilot'"
	 * @generated
	 */
	Organisation getPilot();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getPilot <em>Pilot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pilot</em>' reference.
	 * @see #getPilot()
	 * @generated
	 */
	void setPilot(Organisation value);

	/**
	 * Returns the value of the '<em><b>Pilot To Be Designated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pilot is known to be still to designate (a draft): a finding at signature, not a missing pilot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pilot To Be Designated</em>' attribute.
	 * @see #setPilotToBeDesignated(boolean)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_PilotToBeDesignated()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pilote \340 d\351signer' en='Pilot to be designated'"
	 * @generated
	 */
	boolean isPilotToBeDesignated();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#isPilotToBeDesignated <em>Pilot To Be Designated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pilot To Be Designated</em>' attribute.
	 * @see #isPilotToBeDesignated()
	 * @generated
	 */
	void setPilotToBeDesignated(boolean value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Partners()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Partenaires' en='Partners'"
	 * @generated
	 */
	EList<Organisation> getPartners();

	/**
	 * Returns the value of the '<em><b>Target Publics</b></em>' attribute list.
	 * The list contents are of type {@link org.ctgstudio.model.TargetPublic}.
	 * The literals are from the enumeration {@link org.ctgstudio.model.TargetPublic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Publics</em>' attribute list.
	 * @see org.ctgstudio.model.TargetPublic
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_TargetPublics()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Publics cibles' en='Target publics'"
	 * @generated
	 */
	EList<TargetPublic> getTargetPublics();

	/**
	 * Returns the value of the '<em><b>Municipalities</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Municipality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipalities</em>' reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Municipalities()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Communes concern\351es' en='Municipalities'"
	 * @generated
	 */
	EList<Municipality> getMunicipalities();

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_StartDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='D\351but' en='Start date'"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Start Date Precision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.DatePrecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date Precision</em>' attribute.
	 * @see org.ctgstudio.model.DatePrecision
	 * @see #setStartDatePrecision(DatePrecision)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_StartDatePrecision()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pr\351cision du d\351but' en='Start date precision'"
	 * @generated
	 */
	DatePrecision getStartDatePrecision();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getStartDatePrecision <em>Start Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date Precision</em>' attribute.
	 * @see org.ctgstudio.model.DatePrecision
	 * @see #getStartDatePrecision()
	 * @generated
	 */
	void setStartDatePrecision(DatePrecision value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_DueDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='\311ch\351ance' en='Due date'"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Date Precision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.DatePrecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date Precision</em>' attribute.
	 * @see org.ctgstudio.model.DatePrecision
	 * @see #setDueDatePrecision(DatePrecision)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_DueDatePrecision()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pr\351cision de l\'\351ch\351ance' en='Due date precision'"
	 * @generated
	 */
	DatePrecision getDueDatePrecision();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getDueDatePrecision <em>Due Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date Precision</em>' attribute.
	 * @see org.ctgstudio.model.DatePrecision
	 * @see #getDueDatePrecision()
	 * @generated
	 */
	void setDueDatePrecision(DatePrecision value);

	/**
	 * Returns the value of the '<em><b>Planned Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Budget</em>' attribute.
	 * @see #setPlannedBudget(BigDecimal)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_PlannedBudget()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Budget pr\351visionnel' en='Planned budget'"
	 * @generated
	 */
	BigDecimal getPlannedBudget();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getPlannedBudget <em>Planned Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Budget</em>' attribute.
	 * @see #getPlannedBudget()
	 * @generated
	 */
	void setPlannedBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Fundings</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.funding.Funding}.
	 * It is bidirectional and its opposite is '{@link org.ctgstudio.model.funding.Funding#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fundings</em>' reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Fundings()
	 * @see org.ctgstudio.model.funding.Funding#getAction
	 * @model opposite="action"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Plan de financement' en='Fundings'"
	 * @generated
	 */
	EList<Funding> getFundings();

	/**
	 * Returns the value of the '<em><b>Facilities</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.funding.Facility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facilities</em>' reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Facilities()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311quipements concern\351s' en='Facilities'"
	 * @generated
	 */
	EList<Facility> getFacilities();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.plan.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.ctgstudio.model.plan.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Status()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Statut' en='Status'"
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.ctgstudio.model.plan.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Status Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Comment</em>' attribute.
	 * @see #setStatusComment(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_StatusComment()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commentaire de suivi' en='Status comment'"
	 * @generated
	 */
	String getStatusComment();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Action#getStatusComment <em>Status Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Comment</em>' attribute.
	 * @see #getStatusComment()
	 * @generated
	 */
	void setStatusComment(String value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getAction_Indicators()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Indicateurs' en='Indicators'"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Action
