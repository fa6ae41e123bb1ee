/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import org.ctgstudio.model.template.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TemplateFactoryImpl extends EFactoryImpl implements TemplateFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TemplateFactory init() {
		try {
			TemplateFactory theTemplateFactory = (TemplateFactory)EPackage.Registry.INSTANCE.getEFactory(TemplatePackage.eNS_URI);
			if (theTemplateFactory != null) {
				return theTemplateFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TemplateFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TemplateFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TemplatePackage.CONVENTION_TEMPLATE: return createConventionTemplate();
			case TemplatePackage.ARTICLE_TEMPLATE: return createArticleTemplate();
			case TemplatePackage.ANNEX_TEMPLATE: return createAnnexTemplate();
			case TemplatePackage.GOVERNANCE_SKELETON: return createGovernanceSkeleton();
			case TemplatePackage.COMMITTEE_TEMPLATE: return createCommitteeTemplate();
			case TemplatePackage.AXIS_TEMPLATE: return createAxisTemplate();
			case TemplatePackage.INDICATOR_DEFINITION: return createIndicatorDefinition();
			case TemplatePackage.RULE_PARAMETER_SET: return createRuleParameterSet();
			case TemplatePackage.RULE_PARAMETER: return createRuleParameter();
			case TemplatePackage.SEVERITY_OVERRIDE: return createSeverityOverride();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TemplatePackage.TEMPLATE_STATUS:
				return createTemplateStatusFromString(eDataType, initialValue);
			case TemplatePackage.RULE_SEVERITY:
				return createRuleSeverityFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TemplatePackage.TEMPLATE_STATUS:
				return convertTemplateStatusToString(eDataType, instanceValue);
			case TemplatePackage.RULE_SEVERITY:
				return convertRuleSeverityToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConventionTemplate createConventionTemplate() {
		ConventionTemplateImpl conventionTemplate = new ConventionTemplateImpl();
		return conventionTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleTemplate createArticleTemplate() {
		ArticleTemplateImpl articleTemplate = new ArticleTemplateImpl();
		return articleTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnexTemplate createAnnexTemplate() {
		AnnexTemplateImpl annexTemplate = new AnnexTemplateImpl();
		return annexTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceSkeleton createGovernanceSkeleton() {
		GovernanceSkeletonImpl governanceSkeleton = new GovernanceSkeletonImpl();
		return governanceSkeleton;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitteeTemplate createCommitteeTemplate() {
		CommitteeTemplateImpl committeeTemplate = new CommitteeTemplateImpl();
		return committeeTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AxisTemplate createAxisTemplate() {
		AxisTemplateImpl axisTemplate = new AxisTemplateImpl();
		return axisTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorDefinition createIndicatorDefinition() {
		IndicatorDefinitionImpl indicatorDefinition = new IndicatorDefinitionImpl();
		return indicatorDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleParameterSet createRuleParameterSet() {
		RuleParameterSetImpl ruleParameterSet = new RuleParameterSetImpl();
		return ruleParameterSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleParameter createRuleParameter() {
		RuleParameterImpl ruleParameter = new RuleParameterImpl();
		return ruleParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityOverride createSeverityOverride() {
		SeverityOverrideImpl severityOverride = new SeverityOverrideImpl();
		return severityOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TemplateStatus createTemplateStatusFromString(EDataType eDataType, String initialValue) {
		TemplateStatus result = TemplateStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTemplateStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuleSeverity createRuleSeverityFromString(EDataType eDataType, String initialValue) {
		RuleSeverity result = RuleSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuleSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplatePackage getTemplatePackage() {
		return (TemplatePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TemplatePackage getPackage() {
		return TemplatePackage.eINSTANCE;
	}

} //TemplateFactoryImpl
