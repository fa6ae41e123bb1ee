/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.TargetPublic;
import org.ctgstudio.model.ThematicDomain;

import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.ActionStatus;
import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.PlanPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getPilot <em>Pilot</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#isPilotToBeDesignated <em>Pilot To Be Designated</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getTargetPublics <em>Target Publics</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getMunicipalities <em>Municipalities</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getStartDatePrecision <em>Start Date Precision</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getDueDatePrecision <em>Due Date Precision</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getPlannedBudget <em>Planned Budget</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getFundings <em>Fundings</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getFacilities <em>Facilities</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getStatusComment <em>Status Comment</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.ActionImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionImpl extends IdentifiedImpl implements Action {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getThemes() <em>Themes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemes()
	 * @generated
	 * @ordered
	 */
	protected EList<ThematicDomain> themes;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The cached value of the '{@link #getPilot() <em>Pilot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPilot()
	 * @generated
	 * @ordered
	 */
	protected Organisation pilot;

	/**
	 * The default value of the '{@link #isPilotToBeDesignated() <em>Pilot To Be Designated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPilotToBeDesignated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PILOT_TO_BE_DESIGNATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPilotToBeDesignated() <em>Pilot To Be Designated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPilotToBeDesignated()
	 * @generated
	 * @ordered
	 */
	protected boolean pilotToBeDesignated = PILOT_TO_BE_DESIGNATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> partners;

	/**
	 * The cached value of the '{@link #getTargetPublics() <em>Target Publics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPublics()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetPublic> targetPublics;

	/**
	 * The cached value of the '{@link #getMunicipalities() <em>Municipalities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalities()
	 * @generated
	 * @ordered
	 */
	protected EList<Municipality> municipalities;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDatePrecision() <em>Start Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected static final DatePrecision START_DATE_PRECISION_EDEFAULT = DatePrecision.EXACT;

	/**
	 * The cached value of the '{@link #getStartDatePrecision() <em>Start Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected DatePrecision startDatePrecision = START_DATE_PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDatePrecision() <em>Due Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected static final DatePrecision DUE_DATE_PRECISION_EDEFAULT = DatePrecision.EXACT;

	/**
	 * The cached value of the '{@link #getDueDatePrecision() <em>Due Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected DatePrecision dueDatePrecision = DUE_DATE_PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedBudget() <em>Planned Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PLANNED_BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedBudget() <em>Planned Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal plannedBudget = PLANNED_BUDGET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFundings() <em>Fundings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundings()
	 * @generated
	 * @ordered
	 */
	protected EList<Funding> fundings;

	/**
	 * The cached value of the '{@link #getFacilities() <em>Facilities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilities()
	 * @generated
	 * @ordered
	 */
	protected EList<Facility> facilities;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusComment() <em>Status Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusComment()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusComment() <em>Status Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusComment()
	 * @generated
	 * @ordered
	 */
	protected String statusComment = STATUS_COMMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThematicDomain> getThemes() {
		if (themes == null) {
			themes = new EDataTypeUniqueEList<ThematicDomain>(ThematicDomain.class, this, PlanPackage.ACTION__THEMES);
		}
		return themes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectWithInverseResolvingEList.ManyInverse<Objective>(Objective.class, this, PlanPackage.ACTION__OBJECTIVES, PlanPackage.OBJECTIVE__ACTIONS);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getPilot() {
		if (pilot != null && pilot.eIsProxy()) {
			InternalEObject oldPilot = (InternalEObject)pilot;
			pilot = (Organisation)eResolveProxy(oldPilot);
			if (pilot != oldPilot) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.ACTION__PILOT, oldPilot, pilot));
			}
		}
		return pilot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetPilot() {
		return pilot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPilot(Organisation newPilot) {
		Organisation oldPilot = pilot;
		pilot = newPilot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__PILOT, oldPilot, pilot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPilotToBeDesignated() {
		return pilotToBeDesignated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPilotToBeDesignated(boolean newPilotToBeDesignated) {
		boolean oldPilotToBeDesignated = pilotToBeDesignated;
		pilotToBeDesignated = newPilotToBeDesignated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__PILOT_TO_BE_DESIGNATED, oldPilotToBeDesignated, pilotToBeDesignated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getPartners() {
		if (partners == null) {
			partners = new EObjectResolvingEList<Organisation>(Organisation.class, this, PlanPackage.ACTION__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetPublic> getTargetPublics() {
		if (targetPublics == null) {
			targetPublics = new EDataTypeUniqueEList<TargetPublic>(TargetPublic.class, this, PlanPackage.ACTION__TARGET_PUBLICS);
		}
		return targetPublics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Municipality> getMunicipalities() {
		if (municipalities == null) {
			municipalities = new EObjectResolvingEList<Municipality>(Municipality.class, this, PlanPackage.ACTION__MUNICIPALITIES);
		}
		return municipalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatePrecision getStartDatePrecision() {
		return startDatePrecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDatePrecision(DatePrecision newStartDatePrecision) {
		DatePrecision oldStartDatePrecision = startDatePrecision;
		startDatePrecision = newStartDatePrecision == null ? START_DATE_PRECISION_EDEFAULT : newStartDatePrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__START_DATE_PRECISION, oldStartDatePrecision, startDatePrecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatePrecision getDueDatePrecision() {
		return dueDatePrecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDatePrecision(DatePrecision newDueDatePrecision) {
		DatePrecision oldDueDatePrecision = dueDatePrecision;
		dueDatePrecision = newDueDatePrecision == null ? DUE_DATE_PRECISION_EDEFAULT : newDueDatePrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__DUE_DATE_PRECISION, oldDueDatePrecision, dueDatePrecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPlannedBudget() {
		return plannedBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedBudget(BigDecimal newPlannedBudget) {
		BigDecimal oldPlannedBudget = plannedBudget;
		plannedBudget = newPlannedBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__PLANNED_BUDGET, oldPlannedBudget, plannedBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Funding> getFundings() {
		if (fundings == null) {
			fundings = new EObjectWithInverseResolvingEList<Funding>(Funding.class, this, PlanPackage.ACTION__FUNDINGS, FundingPackage.FUNDING__ACTION);
		}
		return fundings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Facility> getFacilities() {
		if (facilities == null) {
			facilities = new EObjectResolvingEList<Facility>(Facility.class, this, PlanPackage.ACTION__FACILITIES);
		}
		return facilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusComment() {
		return statusComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusComment(String newStatusComment) {
		String oldStatusComment = statusComment;
		statusComment = newStatusComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.ACTION__STATUS_COMMENT, oldStatusComment, statusComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, PlanPackage.ACTION__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.ACTION__OBJECTIVES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getObjectives()).basicAdd(otherEnd, msgs);
			case PlanPackage.ACTION__FUNDINGS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getFundings()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.ACTION__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case PlanPackage.ACTION__FUNDINGS:
				return ((InternalEList<?>)getFundings()).basicRemove(otherEnd, msgs);
			case PlanPackage.ACTION__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.ACTION__NUMBER:
				return getNumber();
			case PlanPackage.ACTION__TITLE:
				return getTitle();
			case PlanPackage.ACTION__DESCRIPTION:
				return getDescription();
			case PlanPackage.ACTION__THEMES:
				return getThemes();
			case PlanPackage.ACTION__OBJECTIVES:
				return getObjectives();
			case PlanPackage.ACTION__PILOT:
				if (resolve) return getPilot();
				return basicGetPilot();
			case PlanPackage.ACTION__PILOT_TO_BE_DESIGNATED:
				return isPilotToBeDesignated();
			case PlanPackage.ACTION__PARTNERS:
				return getPartners();
			case PlanPackage.ACTION__TARGET_PUBLICS:
				return getTargetPublics();
			case PlanPackage.ACTION__MUNICIPALITIES:
				return getMunicipalities();
			case PlanPackage.ACTION__START_DATE:
				return getStartDate();
			case PlanPackage.ACTION__START_DATE_PRECISION:
				return getStartDatePrecision();
			case PlanPackage.ACTION__DUE_DATE:
				return getDueDate();
			case PlanPackage.ACTION__DUE_DATE_PRECISION:
				return getDueDatePrecision();
			case PlanPackage.ACTION__PLANNED_BUDGET:
				return getPlannedBudget();
			case PlanPackage.ACTION__FUNDINGS:
				return getFundings();
			case PlanPackage.ACTION__FACILITIES:
				return getFacilities();
			case PlanPackage.ACTION__STATUS:
				return getStatus();
			case PlanPackage.ACTION__STATUS_COMMENT:
				return getStatusComment();
			case PlanPackage.ACTION__INDICATORS:
				return getIndicators();
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
			case PlanPackage.ACTION__NUMBER:
				setNumber((String)newValue);
				return;
			case PlanPackage.ACTION__TITLE:
				setTitle((String)newValue);
				return;
			case PlanPackage.ACTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PlanPackage.ACTION__THEMES:
				getThemes().clear();
				getThemes().addAll((Collection<? extends ThematicDomain>)newValue);
				return;
			case PlanPackage.ACTION__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case PlanPackage.ACTION__PILOT:
				setPilot((Organisation)newValue);
				return;
			case PlanPackage.ACTION__PILOT_TO_BE_DESIGNATED:
				setPilotToBeDesignated((Boolean)newValue);
				return;
			case PlanPackage.ACTION__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Organisation>)newValue);
				return;
			case PlanPackage.ACTION__TARGET_PUBLICS:
				getTargetPublics().clear();
				getTargetPublics().addAll((Collection<? extends TargetPublic>)newValue);
				return;
			case PlanPackage.ACTION__MUNICIPALITIES:
				getMunicipalities().clear();
				getMunicipalities().addAll((Collection<? extends Municipality>)newValue);
				return;
			case PlanPackage.ACTION__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case PlanPackage.ACTION__START_DATE_PRECISION:
				setStartDatePrecision((DatePrecision)newValue);
				return;
			case PlanPackage.ACTION__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case PlanPackage.ACTION__DUE_DATE_PRECISION:
				setDueDatePrecision((DatePrecision)newValue);
				return;
			case PlanPackage.ACTION__PLANNED_BUDGET:
				setPlannedBudget((BigDecimal)newValue);
				return;
			case PlanPackage.ACTION__FUNDINGS:
				getFundings().clear();
				getFundings().addAll((Collection<? extends Funding>)newValue);
				return;
			case PlanPackage.ACTION__FACILITIES:
				getFacilities().clear();
				getFacilities().addAll((Collection<? extends Facility>)newValue);
				return;
			case PlanPackage.ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case PlanPackage.ACTION__STATUS_COMMENT:
				setStatusComment((String)newValue);
				return;
			case PlanPackage.ACTION__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
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
			case PlanPackage.ACTION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case PlanPackage.ACTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PlanPackage.ACTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PlanPackage.ACTION__THEMES:
				getThemes().clear();
				return;
			case PlanPackage.ACTION__OBJECTIVES:
				getObjectives().clear();
				return;
			case PlanPackage.ACTION__PILOT:
				setPilot((Organisation)null);
				return;
			case PlanPackage.ACTION__PILOT_TO_BE_DESIGNATED:
				setPilotToBeDesignated(PILOT_TO_BE_DESIGNATED_EDEFAULT);
				return;
			case PlanPackage.ACTION__PARTNERS:
				getPartners().clear();
				return;
			case PlanPackage.ACTION__TARGET_PUBLICS:
				getTargetPublics().clear();
				return;
			case PlanPackage.ACTION__MUNICIPALITIES:
				getMunicipalities().clear();
				return;
			case PlanPackage.ACTION__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case PlanPackage.ACTION__START_DATE_PRECISION:
				setStartDatePrecision(START_DATE_PRECISION_EDEFAULT);
				return;
			case PlanPackage.ACTION__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case PlanPackage.ACTION__DUE_DATE_PRECISION:
				setDueDatePrecision(DUE_DATE_PRECISION_EDEFAULT);
				return;
			case PlanPackage.ACTION__PLANNED_BUDGET:
				setPlannedBudget(PLANNED_BUDGET_EDEFAULT);
				return;
			case PlanPackage.ACTION__FUNDINGS:
				getFundings().clear();
				return;
			case PlanPackage.ACTION__FACILITIES:
				getFacilities().clear();
				return;
			case PlanPackage.ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.ACTION__STATUS_COMMENT:
				setStatusComment(STATUS_COMMENT_EDEFAULT);
				return;
			case PlanPackage.ACTION__INDICATORS:
				getIndicators().clear();
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
			case PlanPackage.ACTION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case PlanPackage.ACTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PlanPackage.ACTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PlanPackage.ACTION__THEMES:
				return themes != null && !themes.isEmpty();
			case PlanPackage.ACTION__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case PlanPackage.ACTION__PILOT:
				return pilot != null;
			case PlanPackage.ACTION__PILOT_TO_BE_DESIGNATED:
				return pilotToBeDesignated != PILOT_TO_BE_DESIGNATED_EDEFAULT;
			case PlanPackage.ACTION__PARTNERS:
				return partners != null && !partners.isEmpty();
			case PlanPackage.ACTION__TARGET_PUBLICS:
				return targetPublics != null && !targetPublics.isEmpty();
			case PlanPackage.ACTION__MUNICIPALITIES:
				return municipalities != null && !municipalities.isEmpty();
			case PlanPackage.ACTION__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case PlanPackage.ACTION__START_DATE_PRECISION:
				return startDatePrecision != START_DATE_PRECISION_EDEFAULT;
			case PlanPackage.ACTION__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case PlanPackage.ACTION__DUE_DATE_PRECISION:
				return dueDatePrecision != DUE_DATE_PRECISION_EDEFAULT;
			case PlanPackage.ACTION__PLANNED_BUDGET:
				return PLANNED_BUDGET_EDEFAULT == null ? plannedBudget != null : !PLANNED_BUDGET_EDEFAULT.equals(plannedBudget);
			case PlanPackage.ACTION__FUNDINGS:
				return fundings != null && !fundings.isEmpty();
			case PlanPackage.ACTION__FACILITIES:
				return facilities != null && !facilities.isEmpty();
			case PlanPackage.ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.ACTION__STATUS_COMMENT:
				return STATUS_COMMENT_EDEFAULT == null ? statusComment != null : !STATUS_COMMENT_EDEFAULT.equals(statusComment);
			case PlanPackage.ACTION__INDICATORS:
				return indicators != null && !indicators.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", themes: ");
		result.append(themes);
		result.append(", pilotToBeDesignated: ");
		result.append(pilotToBeDesignated);
		result.append(", targetPublics: ");
		result.append(targetPublics);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", startDatePrecision: ");
		result.append(startDatePrecision);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", dueDatePrecision: ");
		result.append(dueDatePrecision);
		result.append(", plannedBudget: ");
		result.append(plannedBudget);
		result.append(", status: ");
		result.append(status);
		result.append(", statusComment: ");
		result.append(statusComment);
		result.append(')');
		return result.toString();
	}

} //ActionImpl
