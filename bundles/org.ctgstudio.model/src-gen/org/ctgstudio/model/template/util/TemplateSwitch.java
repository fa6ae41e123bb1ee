/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.util;

import org.ctgstudio.model.Identified;

import org.ctgstudio.model.template.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.template.TemplatePackage
 * @generated
 */
public class TemplateSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TemplatePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TemplateSwitch() {
		if (modelPackage == null) {
			modelPackage = TemplatePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case TemplatePackage.CONVENTION_TEMPLATE: {
				ConventionTemplate conventionTemplate = (ConventionTemplate)theEObject;
				T result = caseConventionTemplate(conventionTemplate);
				if (result == null) result = caseIdentified(conventionTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.PART_TEMPLATE: {
				PartTemplate partTemplate = (PartTemplate)theEObject;
				T result = casePartTemplate(partTemplate);
				if (result == null) result = caseIdentified(partTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.ARTICLE_TEMPLATE: {
				ArticleTemplate articleTemplate = (ArticleTemplate)theEObject;
				T result = caseArticleTemplate(articleTemplate);
				if (result == null) result = casePartTemplate(articleTemplate);
				if (result == null) result = caseIdentified(articleTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.ANNEX_TEMPLATE: {
				AnnexTemplate annexTemplate = (AnnexTemplate)theEObject;
				T result = caseAnnexTemplate(annexTemplate);
				if (result == null) result = casePartTemplate(annexTemplate);
				if (result == null) result = caseIdentified(annexTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.GOVERNANCE_SKELETON: {
				GovernanceSkeleton governanceSkeleton = (GovernanceSkeleton)theEObject;
				T result = caseGovernanceSkeleton(governanceSkeleton);
				if (result == null) result = caseIdentified(governanceSkeleton);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.COMMITTEE_TEMPLATE: {
				CommitteeTemplate committeeTemplate = (CommitteeTemplate)theEObject;
				T result = caseCommitteeTemplate(committeeTemplate);
				if (result == null) result = caseIdentified(committeeTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.AXIS_TEMPLATE: {
				AxisTemplate axisTemplate = (AxisTemplate)theEObject;
				T result = caseAxisTemplate(axisTemplate);
				if (result == null) result = caseIdentified(axisTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.INDICATOR_DEFINITION: {
				IndicatorDefinition indicatorDefinition = (IndicatorDefinition)theEObject;
				T result = caseIndicatorDefinition(indicatorDefinition);
				if (result == null) result = caseIdentified(indicatorDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.RULE_PARAMETER_SET: {
				RuleParameterSet ruleParameterSet = (RuleParameterSet)theEObject;
				T result = caseRuleParameterSet(ruleParameterSet);
				if (result == null) result = caseIdentified(ruleParameterSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.RULE_PARAMETER: {
				RuleParameter ruleParameter = (RuleParameter)theEObject;
				T result = caseRuleParameter(ruleParameter);
				if (result == null) result = caseIdentified(ruleParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TemplatePackage.SEVERITY_OVERRIDE: {
				SeverityOverride severityOverride = (SeverityOverride)theEObject;
				T result = caseSeverityOverride(severityOverride);
				if (result == null) result = caseIdentified(severityOverride);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Convention Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Convention Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConventionTemplate(ConventionTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Part Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Part Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePartTemplate(PartTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Article Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Article Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArticleTemplate(ArticleTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annex Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annex Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnexTemplate(AnnexTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Governance Skeleton</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Governance Skeleton</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGovernanceSkeleton(GovernanceSkeleton object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Committee Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Committee Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommitteeTemplate(CommitteeTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Axis Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Axis Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAxisTemplate(AxisTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicatorDefinition(IndicatorDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule Parameter Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule Parameter Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuleParameterSet(RuleParameterSet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuleParameter(RuleParameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Severity Override</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Severity Override</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSeverityOverride(SeverityOverride object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //TemplateSwitch
