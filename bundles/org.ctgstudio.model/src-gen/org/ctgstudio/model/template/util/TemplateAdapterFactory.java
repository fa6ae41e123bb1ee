/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.util;

import org.ctgstudio.model.Identified;

import org.ctgstudio.model.template.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.template.TemplatePackage
 * @generated
 */
public class TemplateAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TemplatePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TemplateAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = TemplatePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TemplateSwitch<Adapter> modelSwitch =
		new TemplateSwitch<Adapter>() {
			@Override
			public Adapter caseConventionTemplate(ConventionTemplate object) {
				return createConventionTemplateAdapter();
			}
			@Override
			public Adapter casePartTemplate(PartTemplate object) {
				return createPartTemplateAdapter();
			}
			@Override
			public Adapter caseArticleTemplate(ArticleTemplate object) {
				return createArticleTemplateAdapter();
			}
			@Override
			public Adapter caseAnnexTemplate(AnnexTemplate object) {
				return createAnnexTemplateAdapter();
			}
			@Override
			public Adapter caseGovernanceSkeleton(GovernanceSkeleton object) {
				return createGovernanceSkeletonAdapter();
			}
			@Override
			public Adapter caseCommitteeTemplate(CommitteeTemplate object) {
				return createCommitteeTemplateAdapter();
			}
			@Override
			public Adapter caseAxisTemplate(AxisTemplate object) {
				return createAxisTemplateAdapter();
			}
			@Override
			public Adapter caseIndicatorDefinition(IndicatorDefinition object) {
				return createIndicatorDefinitionAdapter();
			}
			@Override
			public Adapter caseRuleParameterSet(RuleParameterSet object) {
				return createRuleParameterSetAdapter();
			}
			@Override
			public Adapter caseRuleParameter(RuleParameter object) {
				return createRuleParameterAdapter();
			}
			@Override
			public Adapter caseSeverityOverride(SeverityOverride object) {
				return createSeverityOverrideAdapter();
			}
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.ConventionTemplate <em>Convention Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.ConventionTemplate
	 * @generated
	 */
	public Adapter createConventionTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.PartTemplate <em>Part Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.PartTemplate
	 * @generated
	 */
	public Adapter createPartTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.ArticleTemplate <em>Article Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.ArticleTemplate
	 * @generated
	 */
	public Adapter createArticleTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.AnnexTemplate <em>Annex Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.AnnexTemplate
	 * @generated
	 */
	public Adapter createAnnexTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.GovernanceSkeleton <em>Governance Skeleton</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.GovernanceSkeleton
	 * @generated
	 */
	public Adapter createGovernanceSkeletonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.CommitteeTemplate <em>Committee Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.CommitteeTemplate
	 * @generated
	 */
	public Adapter createCommitteeTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.AxisTemplate <em>Axis Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.AxisTemplate
	 * @generated
	 */
	public Adapter createAxisTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.IndicatorDefinition <em>Indicator Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.IndicatorDefinition
	 * @generated
	 */
	public Adapter createIndicatorDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.RuleParameterSet <em>Rule Parameter Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.RuleParameterSet
	 * @generated
	 */
	public Adapter createRuleParameterSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.RuleParameter <em>Rule Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.RuleParameter
	 * @generated
	 */
	public Adapter createRuleParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.template.SeverityOverride <em>Severity Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.template.SeverityOverride
	 * @generated
	 */
	public Adapter createSeverityOverrideAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //TemplateAdapterFactory
