/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.ThematicDomain;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.template.AnnexTemplate;
import org.ctgstudio.model.template.ArticleTemplate;
import org.ctgstudio.model.template.AxisTemplate;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.GovernanceSkeleton;
import org.ctgstudio.model.template.IndicatorDefinition;
import org.ctgstudio.model.template.RuleParameterSet;
import org.ctgstudio.model.template.TemplatePackage;
import org.ctgstudio.model.template.TemplateStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Convention Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getCaf <em>Caf</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getMandatoryThemes <em>Mandatory Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getMinAdditionalThemes <em>Min Additional Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getArticleTemplates <em>Article Templates</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getAnnexTemplates <em>Annex Templates</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getGovernanceSkeleton <em>Governance Skeleton</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getAxisTemplates <em>Axis Templates</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getIndicatorCatalogue <em>Indicator Catalogue</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.ConventionTemplateImpl#getRuleParameters <em>Rule Parameters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConventionTemplateImpl extends IdentifiedImpl implements ConventionTemplate {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TemplateStatus STATUS_EDEFAULT = TemplateStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected TemplateStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCaf() <em>Caf</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaf()
	 * @generated
	 * @ordered
	 */
	protected Organisation caf;

	/**
	 * The cached value of the '{@link #getMandatoryThemes() <em>Mandatory Themes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandatoryThemes()
	 * @generated
	 * @ordered
	 */
	protected EList<ThematicDomain> mandatoryThemes;

	/**
	 * The default value of the '{@link #getMinAdditionalThemes() <em>Min Additional Themes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAdditionalThemes()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_ADDITIONAL_THEMES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinAdditionalThemes() <em>Min Additional Themes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAdditionalThemes()
	 * @generated
	 * @ordered
	 */
	protected int minAdditionalThemes = MIN_ADDITIONAL_THEMES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArticleTemplates() <em>Article Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticleTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<ArticleTemplate> articleTemplates;

	/**
	 * The cached value of the '{@link #getAnnexTemplates() <em>Annex Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnexTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnexTemplate> annexTemplates;

	/**
	 * The cached value of the '{@link #getGovernanceSkeleton() <em>Governance Skeleton</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernanceSkeleton()
	 * @generated
	 * @ordered
	 */
	protected GovernanceSkeleton governanceSkeleton;

	/**
	 * The cached value of the '{@link #getAxisTemplates() <em>Axis Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxisTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<AxisTemplate> axisTemplates;

	/**
	 * The cached value of the '{@link #getIndicatorCatalogue() <em>Indicator Catalogue</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorCatalogue()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorDefinition> indicatorCatalogue;

	/**
	 * The cached value of the '{@link #getRuleParameters() <em>Rule Parameters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleParameters()
	 * @generated
	 * @ordered
	 */
	protected RuleParameterSet ruleParameters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConventionTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TemplatePackage.Literals.CONVENTION_TEMPLATE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplateStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TemplateStatus newStatus) {
		TemplateStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getCaf() {
		if (caf != null && caf.eIsProxy()) {
			InternalEObject oldCaf = (InternalEObject)caf;
			caf = (Organisation)eResolveProxy(oldCaf);
			if (caf != oldCaf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TemplatePackage.CONVENTION_TEMPLATE__CAF, oldCaf, caf));
			}
		}
		return caf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetCaf() {
		return caf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaf(Organisation newCaf) {
		Organisation oldCaf = caf;
		caf = newCaf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__CAF, oldCaf, caf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThematicDomain> getMandatoryThemes() {
		if (mandatoryThemes == null) {
			mandatoryThemes = new EDataTypeUniqueEList<ThematicDomain>(ThematicDomain.class, this, TemplatePackage.CONVENTION_TEMPLATE__MANDATORY_THEMES);
		}
		return mandatoryThemes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinAdditionalThemes() {
		return minAdditionalThemes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAdditionalThemes(int newMinAdditionalThemes) {
		int oldMinAdditionalThemes = minAdditionalThemes;
		minAdditionalThemes = newMinAdditionalThemes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES, oldMinAdditionalThemes, minAdditionalThemes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArticleTemplate> getArticleTemplates() {
		if (articleTemplates == null) {
			articleTemplates = new EObjectContainmentEList<ArticleTemplate>(ArticleTemplate.class, this, TemplatePackage.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES);
		}
		return articleTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnexTemplate> getAnnexTemplates() {
		if (annexTemplates == null) {
			annexTemplates = new EObjectContainmentEList<AnnexTemplate>(AnnexTemplate.class, this, TemplatePackage.CONVENTION_TEMPLATE__ANNEX_TEMPLATES);
		}
		return annexTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceSkeleton getGovernanceSkeleton() {
		return governanceSkeleton;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGovernanceSkeleton(GovernanceSkeleton newGovernanceSkeleton, NotificationChain msgs) {
		GovernanceSkeleton oldGovernanceSkeleton = governanceSkeleton;
		governanceSkeleton = newGovernanceSkeleton;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON, oldGovernanceSkeleton, newGovernanceSkeleton);
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
	public void setGovernanceSkeleton(GovernanceSkeleton newGovernanceSkeleton) {
		if (newGovernanceSkeleton != governanceSkeleton) {
			NotificationChain msgs = null;
			if (governanceSkeleton != null)
				msgs = ((InternalEObject)governanceSkeleton).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON, null, msgs);
			if (newGovernanceSkeleton != null)
				msgs = ((InternalEObject)newGovernanceSkeleton).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON, null, msgs);
			msgs = basicSetGovernanceSkeleton(newGovernanceSkeleton, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON, newGovernanceSkeleton, newGovernanceSkeleton));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AxisTemplate> getAxisTemplates() {
		if (axisTemplates == null) {
			axisTemplates = new EObjectContainmentEList<AxisTemplate>(AxisTemplate.class, this, TemplatePackage.CONVENTION_TEMPLATE__AXIS_TEMPLATES);
		}
		return axisTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorDefinition> getIndicatorCatalogue() {
		if (indicatorCatalogue == null) {
			indicatorCatalogue = new EObjectContainmentEList<IndicatorDefinition>(IndicatorDefinition.class, this, TemplatePackage.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE);
		}
		return indicatorCatalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleParameterSet getRuleParameters() {
		return ruleParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRuleParameters(RuleParameterSet newRuleParameters, NotificationChain msgs) {
		RuleParameterSet oldRuleParameters = ruleParameters;
		ruleParameters = newRuleParameters;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS, oldRuleParameters, newRuleParameters);
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
	public void setRuleParameters(RuleParameterSet newRuleParameters) {
		if (newRuleParameters != ruleParameters) {
			NotificationChain msgs = null;
			if (ruleParameters != null)
				msgs = ((InternalEObject)ruleParameters).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS, null, msgs);
			if (newRuleParameters != null)
				msgs = ((InternalEObject)newRuleParameters).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS, null, msgs);
			msgs = basicSetRuleParameters(newRuleParameters, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS, newRuleParameters, newRuleParameters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TemplatePackage.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES:
				return ((InternalEList<?>)getArticleTemplates()).basicRemove(otherEnd, msgs);
			case TemplatePackage.CONVENTION_TEMPLATE__ANNEX_TEMPLATES:
				return ((InternalEList<?>)getAnnexTemplates()).basicRemove(otherEnd, msgs);
			case TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON:
				return basicSetGovernanceSkeleton(null, msgs);
			case TemplatePackage.CONVENTION_TEMPLATE__AXIS_TEMPLATES:
				return ((InternalEList<?>)getAxisTemplates()).basicRemove(otherEnd, msgs);
			case TemplatePackage.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE:
				return ((InternalEList<?>)getIndicatorCatalogue()).basicRemove(otherEnd, msgs);
			case TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS:
				return basicSetRuleParameters(null, msgs);
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
			case TemplatePackage.CONVENTION_TEMPLATE__CODE:
				return getCode();
			case TemplatePackage.CONVENTION_TEMPLATE__NAME:
				return getName();
			case TemplatePackage.CONVENTION_TEMPLATE__VERSION:
				return getVersion();
			case TemplatePackage.CONVENTION_TEMPLATE__STATUS:
				return getStatus();
			case TemplatePackage.CONVENTION_TEMPLATE__VALID_FROM:
				return getValidFrom();
			case TemplatePackage.CONVENTION_TEMPLATE__AUTHOR:
				return getAuthor();
			case TemplatePackage.CONVENTION_TEMPLATE__CAF:
				if (resolve) return getCaf();
				return basicGetCaf();
			case TemplatePackage.CONVENTION_TEMPLATE__MANDATORY_THEMES:
				return getMandatoryThemes();
			case TemplatePackage.CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES:
				return getMinAdditionalThemes();
			case TemplatePackage.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES:
				return getArticleTemplates();
			case TemplatePackage.CONVENTION_TEMPLATE__ANNEX_TEMPLATES:
				return getAnnexTemplates();
			case TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON:
				return getGovernanceSkeleton();
			case TemplatePackage.CONVENTION_TEMPLATE__AXIS_TEMPLATES:
				return getAxisTemplates();
			case TemplatePackage.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE:
				return getIndicatorCatalogue();
			case TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS:
				return getRuleParameters();
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
			case TemplatePackage.CONVENTION_TEMPLATE__CODE:
				setCode((String)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__NAME:
				setName((String)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__VERSION:
				setVersion((String)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__STATUS:
				setStatus((TemplateStatus)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__AUTHOR:
				setAuthor((String)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__CAF:
				setCaf((Organisation)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__MANDATORY_THEMES:
				getMandatoryThemes().clear();
				getMandatoryThemes().addAll((Collection<? extends ThematicDomain>)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES:
				setMinAdditionalThemes((Integer)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES:
				getArticleTemplates().clear();
				getArticleTemplates().addAll((Collection<? extends ArticleTemplate>)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__ANNEX_TEMPLATES:
				getAnnexTemplates().clear();
				getAnnexTemplates().addAll((Collection<? extends AnnexTemplate>)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON:
				setGovernanceSkeleton((GovernanceSkeleton)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__AXIS_TEMPLATES:
				getAxisTemplates().clear();
				getAxisTemplates().addAll((Collection<? extends AxisTemplate>)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE:
				getIndicatorCatalogue().clear();
				getIndicatorCatalogue().addAll((Collection<? extends IndicatorDefinition>)newValue);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS:
				setRuleParameters((RuleParameterSet)newValue);
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
			case TemplatePackage.CONVENTION_TEMPLATE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__CAF:
				setCaf((Organisation)null);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__MANDATORY_THEMES:
				getMandatoryThemes().clear();
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES:
				setMinAdditionalThemes(MIN_ADDITIONAL_THEMES_EDEFAULT);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES:
				getArticleTemplates().clear();
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__ANNEX_TEMPLATES:
				getAnnexTemplates().clear();
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON:
				setGovernanceSkeleton((GovernanceSkeleton)null);
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__AXIS_TEMPLATES:
				getAxisTemplates().clear();
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE:
				getIndicatorCatalogue().clear();
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS:
				setRuleParameters((RuleParameterSet)null);
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
			case TemplatePackage.CONVENTION_TEMPLATE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case TemplatePackage.CONVENTION_TEMPLATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TemplatePackage.CONVENTION_TEMPLATE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case TemplatePackage.CONVENTION_TEMPLATE__STATUS:
				return status != STATUS_EDEFAULT;
			case TemplatePackage.CONVENTION_TEMPLATE__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case TemplatePackage.CONVENTION_TEMPLATE__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case TemplatePackage.CONVENTION_TEMPLATE__CAF:
				return caf != null;
			case TemplatePackage.CONVENTION_TEMPLATE__MANDATORY_THEMES:
				return mandatoryThemes != null && !mandatoryThemes.isEmpty();
			case TemplatePackage.CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES:
				return minAdditionalThemes != MIN_ADDITIONAL_THEMES_EDEFAULT;
			case TemplatePackage.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES:
				return articleTemplates != null && !articleTemplates.isEmpty();
			case TemplatePackage.CONVENTION_TEMPLATE__ANNEX_TEMPLATES:
				return annexTemplates != null && !annexTemplates.isEmpty();
			case TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON:
				return governanceSkeleton != null;
			case TemplatePackage.CONVENTION_TEMPLATE__AXIS_TEMPLATES:
				return axisTemplates != null && !axisTemplates.isEmpty();
			case TemplatePackage.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE:
				return indicatorCatalogue != null && !indicatorCatalogue.isEmpty();
			case TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS:
				return ruleParameters != null;
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
		result.append(", name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(", status: ");
		result.append(status);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", author: ");
		result.append(author);
		result.append(", mandatoryThemes: ");
		result.append(mandatoryThemes);
		result.append(", minAdditionalThemes: ");
		result.append(minAdditionalThemes);
		result.append(')');
		return result.toString();
	}

} //ConventionTemplateImpl
