/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.DatePrecision;

import org.ctgstudio.model.funding.PastSupport;
import org.ctgstudio.model.funding.SupplyFigure;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.plan.DiagnosisMethod;
import org.ctgstudio.model.plan.Issue;
import org.ctgstudio.model.plan.Need;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.plan.SharedDiagnosis;

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
 * An implementation of the model object '<em><b>Shared Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getCompletionDate <em>Completion Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getCompletionDatePrecision <em>Completion Date Precision</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getCafCoFunding <em>Caf Co Funding</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getIssues <em>Issues</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getSupplyFigures <em>Supply Figures</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.impl.SharedDiagnosisImpl#getPastSupports <em>Past Supports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SharedDiagnosisImpl extends IdentifiedImpl implements SharedDiagnosis {
	/**
	 * The default value of the '{@link #getCompletionDate() <em>Completion Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMPLETION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletionDate() <em>Completion Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate completionDate = COMPLETION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletionDatePrecision() <em>Completion Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected static final DatePrecision COMPLETION_DATE_PRECISION_EDEFAULT = DatePrecision.EXACT;

	/**
	 * The cached value of the '{@link #getCompletionDatePrecision() <em>Completion Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected DatePrecision completionDatePrecision = COMPLETION_DATE_PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final DiagnosisMethod METHOD_EDEFAULT = DiagnosisMethod.QUANTITATIVE;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected DiagnosisMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cost = COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getCafCoFunding() <em>Caf Co Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCafCoFunding()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CAF_CO_FUNDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCafCoFunding() <em>Caf Co Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCafCoFunding()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cafCoFunding = CAF_CO_FUNDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<Need> needs;

	/**
	 * The cached value of the '{@link #getIssues() <em>Issues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssues()
	 * @generated
	 * @ordered
	 */
	protected EList<Issue> issues;

	/**
	 * The cached value of the '{@link #getSupplyFigures() <em>Supply Figures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplyFigures()
	 * @generated
	 * @ordered
	 */
	protected EList<SupplyFigure> supplyFigures;

	/**
	 * The cached value of the '{@link #getPastSupports() <em>Past Supports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPastSupports()
	 * @generated
	 * @ordered
	 */
	protected EList<PastSupport> pastSupports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SharedDiagnosisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.SHARED_DIAGNOSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCompletionDate() {
		return completionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletionDate(LocalDate newCompletionDate) {
		LocalDate oldCompletionDate = completionDate;
		completionDate = newCompletionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE, oldCompletionDate, completionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatePrecision getCompletionDatePrecision() {
		return completionDatePrecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletionDatePrecision(DatePrecision newCompletionDatePrecision) {
		DatePrecision oldCompletionDatePrecision = completionDatePrecision;
		completionDatePrecision = newCompletionDatePrecision == null ? COMPLETION_DATE_PRECISION_EDEFAULT : newCompletionDatePrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION, oldCompletionDatePrecision, completionDatePrecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SHARED_DIAGNOSIS__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagnosisMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(DiagnosisMethod newMethod) {
		DiagnosisMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SHARED_DIAGNOSIS__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(BigDecimal newCost) {
		BigDecimal oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SHARED_DIAGNOSIS__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCafCoFunding() {
		return cafCoFunding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCafCoFunding(BigDecimal newCafCoFunding) {
		BigDecimal oldCafCoFunding = cafCoFunding;
		cafCoFunding = newCafCoFunding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SHARED_DIAGNOSIS__CAF_CO_FUNDING, oldCafCoFunding, cafCoFunding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SHARED_DIAGNOSIS__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Need> getNeeds() {
		if (needs == null) {
			needs = new EObjectContainmentEList<Need>(Need.class, this, PlanPackage.SHARED_DIAGNOSIS__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Issue> getIssues() {
		if (issues == null) {
			issues = new EObjectContainmentEList<Issue>(Issue.class, this, PlanPackage.SHARED_DIAGNOSIS__ISSUES);
		}
		return issues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupplyFigure> getSupplyFigures() {
		if (supplyFigures == null) {
			supplyFigures = new EObjectContainmentEList<SupplyFigure>(SupplyFigure.class, this, PlanPackage.SHARED_DIAGNOSIS__SUPPLY_FIGURES);
		}
		return supplyFigures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PastSupport> getPastSupports() {
		if (pastSupports == null) {
			pastSupports = new EObjectContainmentEList<PastSupport>(PastSupport.class, this, PlanPackage.SHARED_DIAGNOSIS__PAST_SUPPORTS);
		}
		return pastSupports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.SHARED_DIAGNOSIS__NEEDS:
				return ((InternalEList<?>)getNeeds()).basicRemove(otherEnd, msgs);
			case PlanPackage.SHARED_DIAGNOSIS__ISSUES:
				return ((InternalEList<?>)getIssues()).basicRemove(otherEnd, msgs);
			case PlanPackage.SHARED_DIAGNOSIS__SUPPLY_FIGURES:
				return ((InternalEList<?>)getSupplyFigures()).basicRemove(otherEnd, msgs);
			case PlanPackage.SHARED_DIAGNOSIS__PAST_SUPPORTS:
				return ((InternalEList<?>)getPastSupports()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE:
				return getCompletionDate();
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION:
				return getCompletionDatePrecision();
			case PlanPackage.SHARED_DIAGNOSIS__PROVIDER:
				return getProvider();
			case PlanPackage.SHARED_DIAGNOSIS__METHOD:
				return getMethod();
			case PlanPackage.SHARED_DIAGNOSIS__COST:
				return getCost();
			case PlanPackage.SHARED_DIAGNOSIS__CAF_CO_FUNDING:
				return getCafCoFunding();
			case PlanPackage.SHARED_DIAGNOSIS__SUMMARY:
				return getSummary();
			case PlanPackage.SHARED_DIAGNOSIS__NEEDS:
				return getNeeds();
			case PlanPackage.SHARED_DIAGNOSIS__ISSUES:
				return getIssues();
			case PlanPackage.SHARED_DIAGNOSIS__SUPPLY_FIGURES:
				return getSupplyFigures();
			case PlanPackage.SHARED_DIAGNOSIS__PAST_SUPPORTS:
				return getPastSupports();
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
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE:
				setCompletionDate((LocalDate)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION:
				setCompletionDatePrecision((DatePrecision)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__PROVIDER:
				setProvider((String)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__METHOD:
				setMethod((DiagnosisMethod)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__COST:
				setCost((BigDecimal)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__CAF_CO_FUNDING:
				setCafCoFunding((BigDecimal)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__SUMMARY:
				setSummary((String)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends Need>)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__ISSUES:
				getIssues().clear();
				getIssues().addAll((Collection<? extends Issue>)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__SUPPLY_FIGURES:
				getSupplyFigures().clear();
				getSupplyFigures().addAll((Collection<? extends SupplyFigure>)newValue);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__PAST_SUPPORTS:
				getPastSupports().clear();
				getPastSupports().addAll((Collection<? extends PastSupport>)newValue);
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
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE:
				setCompletionDate(COMPLETION_DATE_EDEFAULT);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION:
				setCompletionDatePrecision(COMPLETION_DATE_PRECISION_EDEFAULT);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__COST:
				setCost(COST_EDEFAULT);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__CAF_CO_FUNDING:
				setCafCoFunding(CAF_CO_FUNDING_EDEFAULT);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case PlanPackage.SHARED_DIAGNOSIS__NEEDS:
				getNeeds().clear();
				return;
			case PlanPackage.SHARED_DIAGNOSIS__ISSUES:
				getIssues().clear();
				return;
			case PlanPackage.SHARED_DIAGNOSIS__SUPPLY_FIGURES:
				getSupplyFigures().clear();
				return;
			case PlanPackage.SHARED_DIAGNOSIS__PAST_SUPPORTS:
				getPastSupports().clear();
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
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE:
				return COMPLETION_DATE_EDEFAULT == null ? completionDate != null : !COMPLETION_DATE_EDEFAULT.equals(completionDate);
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION:
				return completionDatePrecision != COMPLETION_DATE_PRECISION_EDEFAULT;
			case PlanPackage.SHARED_DIAGNOSIS__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case PlanPackage.SHARED_DIAGNOSIS__METHOD:
				return method != METHOD_EDEFAULT;
			case PlanPackage.SHARED_DIAGNOSIS__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case PlanPackage.SHARED_DIAGNOSIS__CAF_CO_FUNDING:
				return CAF_CO_FUNDING_EDEFAULT == null ? cafCoFunding != null : !CAF_CO_FUNDING_EDEFAULT.equals(cafCoFunding);
			case PlanPackage.SHARED_DIAGNOSIS__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case PlanPackage.SHARED_DIAGNOSIS__NEEDS:
				return needs != null && !needs.isEmpty();
			case PlanPackage.SHARED_DIAGNOSIS__ISSUES:
				return issues != null && !issues.isEmpty();
			case PlanPackage.SHARED_DIAGNOSIS__SUPPLY_FIGURES:
				return supplyFigures != null && !supplyFigures.isEmpty();
			case PlanPackage.SHARED_DIAGNOSIS__PAST_SUPPORTS:
				return pastSupports != null && !pastSupports.isEmpty();
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
		result.append(" (completionDate: ");
		result.append(completionDate);
		result.append(", completionDatePrecision: ");
		result.append(completionDatePrecision);
		result.append(", provider: ");
		result.append(provider);
		result.append(", method: ");
		result.append(method);
		result.append(", cost: ");
		result.append(cost);
		result.append(", cafCoFunding: ");
		result.append(cafCoFunding);
		result.append(", summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //SharedDiagnosisImpl
