/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.template.TemplatePackage
 * @generated
 */
public interface TemplateFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TemplateFactory eINSTANCE = org.ctgstudio.model.template.impl.TemplateFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Convention Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Convention Template</em>'.
	 * @generated
	 */
	ConventionTemplate createConventionTemplate();

	/**
	 * Returns a new object of class '<em>Article Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Article Template</em>'.
	 * @generated
	 */
	ArticleTemplate createArticleTemplate();

	/**
	 * Returns a new object of class '<em>Annex Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Annex Template</em>'.
	 * @generated
	 */
	AnnexTemplate createAnnexTemplate();

	/**
	 * Returns a new object of class '<em>Governance Skeleton</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Governance Skeleton</em>'.
	 * @generated
	 */
	GovernanceSkeleton createGovernanceSkeleton();

	/**
	 * Returns a new object of class '<em>Committee Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Committee Template</em>'.
	 * @generated
	 */
	CommitteeTemplate createCommitteeTemplate();

	/**
	 * Returns a new object of class '<em>Axis Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Axis Template</em>'.
	 * @generated
	 */
	AxisTemplate createAxisTemplate();

	/**
	 * Returns a new object of class '<em>Indicator Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator Definition</em>'.
	 * @generated
	 */
	IndicatorDefinition createIndicatorDefinition();

	/**
	 * Returns a new object of class '<em>Rule Parameter Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule Parameter Set</em>'.
	 * @generated
	 */
	RuleParameterSet createRuleParameterSet();

	/**
	 * Returns a new object of class '<em>Rule Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule Parameter</em>'.
	 * @generated
	 */
	RuleParameter createRuleParameter();

	/**
	 * Returns a new object of class '<em>Severity Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Severity Override</em>'.
	 * @generated
	 */
	SeverityOverride createSeverityOverride();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	TemplatePackage getTemplatePackage();

} //TemplateFactory
