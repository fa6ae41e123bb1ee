/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.ChildhoodYouthContract;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.DepartmentalSchemeLink;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.LinkedContract;
import org.ctgstudio.model.Territory;

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

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Global Territorial Agreement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getSignatureDate <em>Signature Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getDurationYears <em>Duration Years</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getEffectiveEndDate <em>Effective End Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getCogPeriod <em>Cog Period</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getReplacedCejs <em>Replaced Cejs</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getInterventionFields <em>Intervention Fields</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getDiagnosis <em>Diagnosis</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getAxes <em>Axes</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getFacilities <em>Facilities</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getFundings <em>Fundings</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getGovernance <em>Governance</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getAmendments <em>Amendments</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getDevelopmentPlan <em>Development Plan</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getSchemeLinks <em>Scheme Links</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getLinkedContracts <em>Linked Contracts</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getArticles <em>Articles</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getAnnexes <em>Annexes</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.GlobalTerritorialAgreementImpl#getRuleOverrides <em>Rule Overrides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GlobalTerritorialAgreementImpl extends IdentifiedImpl implements GlobalTerritorialAgreement {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final int GENERATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected int generation = GENERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CtgStatus STATUS_EDEFAULT = CtgStatus.PREPARATION;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CtgStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignatureDate() <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNATURE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignatureDate() <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signatureDate = SIGNATURE_DATE_EDEFAULT;

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
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationYears() <em>Duration Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationYears()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_YEARS_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getEffectiveEndDate() <em>Effective End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_END_DATE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getCogPeriod() <em>Cog Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCogPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String COG_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCogPeriod() <em>Cog Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCogPeriod()
	 * @generated
	 * @ordered
	 */
	protected String cogPeriod = COG_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected String templateVersion = TEMPLATE_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTerritory() <em>Territory</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritory()
	 * @generated
	 * @ordered
	 */
	protected Territory territory;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected ConventionTemplate template;

	/**
	 * The cached value of the '{@link #getPredecessor() <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessor()
	 * @generated
	 * @ordered
	 */
	protected GlobalTerritorialAgreement predecessor;

	/**
	 * The cached value of the '{@link #getReplacedCejs() <em>Replaced Cejs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacedCejs()
	 * @generated
	 * @ordered
	 */
	protected EList<ChildhoodYouthContract> replacedCejs;

	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<AgreementParty> parties;

	/**
	 * The cached value of the '{@link #getInterventionFields() <em>Intervention Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventionFields()
	 * @generated
	 * @ordered
	 */
	protected EList<InterventionField> interventionFields;

	/**
	 * The cached value of the '{@link #getDiagnosis() <em>Diagnosis</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosis()
	 * @generated
	 * @ordered
	 */
	protected SharedDiagnosis diagnosis;

	/**
	 * The cached value of the '{@link #getAxes() <em>Axes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxes()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicAxis> axes;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

	/**
	 * The cached value of the '{@link #getFacilities() <em>Facilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilities()
	 * @generated
	 * @ordered
	 */
	protected EList<Facility> facilities;

	/**
	 * The cached value of the '{@link #getFundings() <em>Fundings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundings()
	 * @generated
	 * @ordered
	 */
	protected EList<Funding> fundings;

	/**
	 * The cached value of the '{@link #getCommitments() <em>Commitments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitments()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnerCommitment> commitments;

	/**
	 * The cached value of the '{@link #getGovernance() <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernance()
	 * @generated
	 * @ordered
	 */
	protected Governance governance;

	/**
	 * The cached value of the '{@link #getEvaluations() <em>Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<Evaluation> evaluations;

	/**
	 * The cached value of the '{@link #getAmendments() <em>Amendments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmendments()
	 * @generated
	 * @ordered
	 */
	protected EList<Amendment> amendments;

	/**
	 * The cached value of the '{@link #getDevelopmentPlan() <em>Development Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopmentPlan()
	 * @generated
	 * @ordered
	 */
	protected DevelopmentPlan developmentPlan;

	/**
	 * The cached value of the '{@link #getSchemeLinks() <em>Scheme Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemeLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<DepartmentalSchemeLink> schemeLinks;

	/**
	 * The cached value of the '{@link #getLinkedContracts() <em>Linked Contracts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedContracts()
	 * @generated
	 * @ordered
	 */
	protected EList<LinkedContract> linkedContracts;

	/**
	 * The cached value of the '{@link #getArticles() <em>Articles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<ArticleInstance> articles;

	/**
	 * The cached value of the '{@link #getAnnexes() <em>Annexes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnexes()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnexInstance> annexes;

	/**
	 * The cached value of the '{@link #getRuleOverrides() <em>Rule Overrides</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleOverrides()
	 * @generated
	 * @ordered
	 */
	protected RuleParameterSet ruleOverrides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GlobalTerritorialAgreementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGeneration() {
		return generation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneration(int newGeneration) {
		int oldGeneration = generation;
		generation = newGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GENERATION, oldGeneration, generation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CtgStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CtgStatus newStatus) {
		CtgStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignatureDate() {
		return signatureDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignatureDate(LocalDate newSignatureDate) {
		LocalDate oldSignatureDate = signatureDate;
		signatureDate = newSignatureDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE, oldSignatureDate, signatureDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationYears() {
		return org.ctgstudio.model.util.AgreementDates.durationYears(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveEndDate() {
		return org.ctgstudio.model.util.AgreementDates.effectiveEndDate(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCogPeriod() {
		return cogPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCogPeriod(String newCogPeriod) {
		String oldCogPeriod = cogPeriod;
		cogPeriod = newCogPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD, oldCogPeriod, cogPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateVersion() {
		return templateVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateVersion(String newTemplateVersion) {
		String oldTemplateVersion = templateVersion;
		templateVersion = newTemplateVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION, oldTemplateVersion, templateVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Territory getTerritory() {
		if (territory != null && territory.eIsProxy()) {
			InternalEObject oldTerritory = (InternalEObject)territory;
			territory = (Territory)eResolveProxy(oldTerritory);
			if (territory != oldTerritory) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY, oldTerritory, territory));
			}
		}
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Territory basicGetTerritory() {
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerritory(Territory newTerritory) {
		Territory oldTerritory = territory;
		territory = newTerritory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY, oldTerritory, territory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConventionTemplate getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (ConventionTemplate)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConventionTemplate basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(ConventionTemplate newTemplate) {
		ConventionTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalTerritorialAgreement getPredecessor() {
		if (predecessor != null && predecessor.eIsProxy()) {
			InternalEObject oldPredecessor = (InternalEObject)predecessor;
			predecessor = (GlobalTerritorialAgreement)eResolveProxy(oldPredecessor);
			if (predecessor != oldPredecessor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR, oldPredecessor, predecessor));
			}
		}
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GlobalTerritorialAgreement basicGetPredecessor() {
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredecessor(GlobalTerritorialAgreement newPredecessor) {
		GlobalTerritorialAgreement oldPredecessor = predecessor;
		predecessor = newPredecessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR, oldPredecessor, predecessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChildhoodYouthContract> getReplacedCejs() {
		if (replacedCejs == null) {
			replacedCejs = new EObjectContainmentEList<ChildhoodYouthContract>(ChildhoodYouthContract.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS);
		}
		return replacedCejs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgreementParty> getParties() {
		if (parties == null) {
			parties = new EObjectContainmentEList<AgreementParty>(AgreementParty.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterventionField> getInterventionFields() {
		if (interventionFields == null) {
			interventionFields = new EObjectContainmentEList<InterventionField>(InterventionField.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS);
		}
		return interventionFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharedDiagnosis getDiagnosis() {
		return diagnosis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDiagnosis(SharedDiagnosis newDiagnosis, NotificationChain msgs) {
		SharedDiagnosis oldDiagnosis = diagnosis;
		diagnosis = newDiagnosis;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS, oldDiagnosis, newDiagnosis);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagnosis(SharedDiagnosis newDiagnosis) {
		if (newDiagnosis != diagnosis) {
			NotificationChain msgs = null;
			if (diagnosis != null)
				msgs = ((InternalEObject)diagnosis).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS, null, msgs);
			if (newDiagnosis != null)
				msgs = ((InternalEObject)newDiagnosis).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS, null, msgs);
			msgs = basicSetDiagnosis(newDiagnosis, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS, newDiagnosis, newDiagnosis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategicAxis> getAxes() {
		if (axes == null) {
			axes = new EObjectContainmentEList<StrategicAxis>(StrategicAxis.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AXES);
		}
		return axes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<Action>(Action.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Facility> getFacilities() {
		if (facilities == null) {
			facilities = new EObjectContainmentEList<Facility>(Facility.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES);
		}
		return facilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Funding> getFundings() {
		if (fundings == null) {
			fundings = new EObjectContainmentEList<Funding>(Funding.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS);
		}
		return fundings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnerCommitment> getCommitments() {
		if (commitments == null) {
			commitments = new EObjectContainmentEList<PartnerCommitment>(PartnerCommitment.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS);
		}
		return commitments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Governance getGovernance() {
		return governance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGovernance(Governance newGovernance, NotificationChain msgs) {
		Governance oldGovernance = governance;
		governance = newGovernance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE, oldGovernance, newGovernance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGovernance(Governance newGovernance) {
		if (newGovernance != governance) {
			NotificationChain msgs = null;
			if (governance != null)
				msgs = ((InternalEObject)governance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE, null, msgs);
			if (newGovernance != null)
				msgs = ((InternalEObject)newGovernance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE, null, msgs);
			msgs = basicSetGovernance(newGovernance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE, newGovernance, newGovernance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evaluation> getEvaluations() {
		if (evaluations == null) {
			evaluations = new EObjectContainmentEList<Evaluation>(Evaluation.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS);
		}
		return evaluations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Amendment> getAmendments() {
		if (amendments == null) {
			amendments = new EObjectContainmentEList<Amendment>(Amendment.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS);
		}
		return amendments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevelopmentPlan getDevelopmentPlan() {
		return developmentPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDevelopmentPlan(DevelopmentPlan newDevelopmentPlan, NotificationChain msgs) {
		DevelopmentPlan oldDevelopmentPlan = developmentPlan;
		developmentPlan = newDevelopmentPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN, oldDevelopmentPlan, newDevelopmentPlan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevelopmentPlan(DevelopmentPlan newDevelopmentPlan) {
		if (newDevelopmentPlan != developmentPlan) {
			NotificationChain msgs = null;
			if (developmentPlan != null)
				msgs = ((InternalEObject)developmentPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN, null, msgs);
			if (newDevelopmentPlan != null)
				msgs = ((InternalEObject)newDevelopmentPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN, null, msgs);
			msgs = basicSetDevelopmentPlan(newDevelopmentPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN, newDevelopmentPlan, newDevelopmentPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DepartmentalSchemeLink> getSchemeLinks() {
		if (schemeLinks == null) {
			schemeLinks = new EObjectContainmentEList<DepartmentalSchemeLink>(DepartmentalSchemeLink.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS);
		}
		return schemeLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LinkedContract> getLinkedContracts() {
		if (linkedContracts == null) {
			linkedContracts = new EObjectContainmentEList<LinkedContract>(LinkedContract.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS);
		}
		return linkedContracts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArticleInstance> getArticles() {
		if (articles == null) {
			articles = new EObjectContainmentEList<ArticleInstance>(ArticleInstance.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES);
		}
		return articles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnexInstance> getAnnexes() {
		if (annexes == null) {
			annexes = new EObjectContainmentEList<AnnexInstance>(AnnexInstance.class, this, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES);
		}
		return annexes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleParameterSet getRuleOverrides() {
		return ruleOverrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRuleOverrides(RuleParameterSet newRuleOverrides, NotificationChain msgs) {
		RuleParameterSet oldRuleOverrides = ruleOverrides;
		ruleOverrides = newRuleOverrides;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES, oldRuleOverrides, newRuleOverrides);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleOverrides(RuleParameterSet newRuleOverrides) {
		if (newRuleOverrides != ruleOverrides) {
			NotificationChain msgs = null;
			if (ruleOverrides != null)
				msgs = ((InternalEObject)ruleOverrides).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES, null, msgs);
			if (newRuleOverrides != null)
				msgs = ((InternalEObject)newRuleOverrides).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES, null, msgs);
			msgs = basicSetRuleOverrides(newRuleOverrides, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES, newRuleOverrides, newRuleOverrides));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS:
				return ((InternalEList<?>)getReplacedCejs()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES:
				return ((InternalEList<?>)getParties()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS:
				return ((InternalEList<?>)getInterventionFields()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS:
				return basicSetDiagnosis(null, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AXES:
				return ((InternalEList<?>)getAxes()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES:
				return ((InternalEList<?>)getFacilities()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS:
				return ((InternalEList<?>)getFundings()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS:
				return ((InternalEList<?>)getCommitments()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE:
				return basicSetGovernance(null, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS:
				return ((InternalEList<?>)getEvaluations()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS:
				return ((InternalEList<?>)getAmendments()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN:
				return basicSetDevelopmentPlan(null, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS:
				return ((InternalEList<?>)getSchemeLinks()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS:
				return ((InternalEList<?>)getLinkedContracts()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES:
				return ((InternalEList<?>)getArticles()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES:
				return ((InternalEList<?>)getAnnexes()).basicRemove(otherEnd, msgs);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES:
				return basicSetRuleOverrides(null, msgs);
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
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__CODE:
				return getCode();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TITLE:
				return getTitle();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GENERATION:
				return getGeneration();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__STATUS:
				return getStatus();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE:
				return getSignatureDate();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__START_DATE:
				return getStartDate();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__END_DATE:
				return getEndDate();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DURATION_YEARS:
				return getDurationYears();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EFFECTIVE_END_DATE:
				return getEffectiveEndDate();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD:
				return getCogPeriod();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION:
				return getTemplateVersion();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY:
				if (resolve) return getTerritory();
				return basicGetTerritory();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR:
				if (resolve) return getPredecessor();
				return basicGetPredecessor();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS:
				return getReplacedCejs();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES:
				return getParties();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS:
				return getInterventionFields();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS:
				return getDiagnosis();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AXES:
				return getAxes();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS:
				return getActions();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES:
				return getFacilities();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS:
				return getFundings();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS:
				return getCommitments();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE:
				return getGovernance();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS:
				return getEvaluations();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS:
				return getAmendments();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN:
				return getDevelopmentPlan();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS:
				return getSchemeLinks();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS:
				return getLinkedContracts();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES:
				return getArticles();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES:
				return getAnnexes();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES:
				return getRuleOverrides();
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
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__CODE:
				setCode((String)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TITLE:
				setTitle((String)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GENERATION:
				setGeneration((Integer)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__STATUS:
				setStatus((CtgStatus)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE:
				setSignatureDate((LocalDate)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD:
				setCogPeriod((String)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION:
				setTemplateVersion((String)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY:
				setTerritory((Territory)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE:
				setTemplate((ConventionTemplate)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR:
				setPredecessor((GlobalTerritorialAgreement)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS:
				getReplacedCejs().clear();
				getReplacedCejs().addAll((Collection<? extends ChildhoodYouthContract>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends AgreementParty>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS:
				getInterventionFields().clear();
				getInterventionFields().addAll((Collection<? extends InterventionField>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS:
				setDiagnosis((SharedDiagnosis)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AXES:
				getAxes().clear();
				getAxes().addAll((Collection<? extends StrategicAxis>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES:
				getFacilities().clear();
				getFacilities().addAll((Collection<? extends Facility>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS:
				getFundings().clear();
				getFundings().addAll((Collection<? extends Funding>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS:
				getCommitments().clear();
				getCommitments().addAll((Collection<? extends PartnerCommitment>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE:
				setGovernance((Governance)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS:
				getEvaluations().clear();
				getEvaluations().addAll((Collection<? extends Evaluation>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS:
				getAmendments().clear();
				getAmendments().addAll((Collection<? extends Amendment>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN:
				setDevelopmentPlan((DevelopmentPlan)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS:
				getSchemeLinks().clear();
				getSchemeLinks().addAll((Collection<? extends DepartmentalSchemeLink>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS:
				getLinkedContracts().clear();
				getLinkedContracts().addAll((Collection<? extends LinkedContract>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES:
				getArticles().clear();
				getArticles().addAll((Collection<? extends ArticleInstance>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES:
				getAnnexes().clear();
				getAnnexes().addAll((Collection<? extends AnnexInstance>)newValue);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES:
				setRuleOverrides((RuleParameterSet)newValue);
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
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GENERATION:
				setGeneration(GENERATION_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE:
				setSignatureDate(SIGNATURE_DATE_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD:
				setCogPeriod(COG_PERIOD_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION:
				setTemplateVersion(TEMPLATE_VERSION_EDEFAULT);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY:
				setTerritory((Territory)null);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE:
				setTemplate((ConventionTemplate)null);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR:
				setPredecessor((GlobalTerritorialAgreement)null);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS:
				getReplacedCejs().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES:
				getParties().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS:
				getInterventionFields().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS:
				setDiagnosis((SharedDiagnosis)null);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AXES:
				getAxes().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS:
				getActions().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES:
				getFacilities().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS:
				getFundings().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS:
				getCommitments().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE:
				setGovernance((Governance)null);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS:
				getEvaluations().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS:
				getAmendments().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN:
				setDevelopmentPlan((DevelopmentPlan)null);
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS:
				getSchemeLinks().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS:
				getLinkedContracts().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES:
				getArticles().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES:
				getAnnexes().clear();
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES:
				setRuleOverrides((RuleParameterSet)null);
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
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GENERATION:
				return generation != GENERATION_EDEFAULT;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE:
				return SIGNATURE_DATE_EDEFAULT == null ? signatureDate != null : !SIGNATURE_DATE_EDEFAULT.equals(signatureDate);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DURATION_YEARS:
				return getDurationYears() != DURATION_YEARS_EDEFAULT;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EFFECTIVE_END_DATE:
				return EFFECTIVE_END_DATE_EDEFAULT == null ? getEffectiveEndDate() != null : !EFFECTIVE_END_DATE_EDEFAULT.equals(getEffectiveEndDate());
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD:
				return COG_PERIOD_EDEFAULT == null ? cogPeriod != null : !COG_PERIOD_EDEFAULT.equals(cogPeriod);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION:
				return TEMPLATE_VERSION_EDEFAULT == null ? templateVersion != null : !TEMPLATE_VERSION_EDEFAULT.equals(templateVersion);
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY:
				return territory != null;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE:
				return template != null;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR:
				return predecessor != null;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS:
				return replacedCejs != null && !replacedCejs.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES:
				return parties != null && !parties.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS:
				return interventionFields != null && !interventionFields.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS:
				return diagnosis != null;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AXES:
				return axes != null && !axes.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS:
				return actions != null && !actions.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES:
				return facilities != null && !facilities.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS:
				return fundings != null && !fundings.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS:
				return commitments != null && !commitments.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE:
				return governance != null;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS:
				return evaluations != null && !evaluations.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS:
				return amendments != null && !amendments.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN:
				return developmentPlan != null;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS:
				return schemeLinks != null && !schemeLinks.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS:
				return linkedContracts != null && !linkedContracts.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES:
				return articles != null && !articles.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES:
				return annexes != null && !annexes.isEmpty();
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES:
				return ruleOverrides != null;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", generation: ");
		result.append(generation);
		result.append(", status: ");
		result.append(status);
		result.append(", signatureDate: ");
		result.append(signatureDate);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", cogPeriod: ");
		result.append(cogPeriod);
		result.append(", templateVersion: ");
		result.append(templateVersion);
		result.append(')');
		return result.toString();
	}

} //GlobalTerritorialAgreementImpl
