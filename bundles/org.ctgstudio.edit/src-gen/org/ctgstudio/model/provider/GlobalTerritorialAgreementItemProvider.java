/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.provider;


import java.util.Collection;
import java.util.List;

import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;

import org.ctgstudio.model.funding.FundingFactory;

import org.ctgstudio.model.governance.GovernanceFactory;

import org.ctgstudio.model.plan.PlanFactory;

import org.ctgstudio.model.template.TemplateFactory;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.ctgstudio.model.GlobalTerritorialAgreement} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GlobalTerritorialAgreementItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GlobalTerritorialAgreementItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addCodePropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addGenerationPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addSignatureDatePropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
			addDurationYearsPropertyDescriptor(object);
			addEffectiveEndDatePropertyDescriptor(object);
			addCogPeriodPropertyDescriptor(object);
			addTemplateVersionPropertyDescriptor(object);
			addTerritoryPropertyDescriptor(object);
			addTemplatePropertyDescriptor(object);
			addPredecessorPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_code_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_code_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentificationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_title_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentificationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Generation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGenerationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_generation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_generation_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__GENERATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_IdentificationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_status_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentificationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Signature Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignatureDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_signatureDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_signatureDate_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DatesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_startDate_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DatesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_endDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_endDate_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DatesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Duration Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_durationYears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_durationYears_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__DURATION_YEARS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_DatesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Effective End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEffectiveEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_effectiveEndDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_effectiveEndDate_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__EFFECTIVE_END_DATE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DatesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Cog Period feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCogPeriodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_cogPeriod_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_cogPeriod_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DatesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Template Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTemplateVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_templateVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_templateVersion_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ModelePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Territory feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTerritoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_territory_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_territory_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_TerritoirePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Template feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTemplatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_template_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_template_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_ModelePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Predecessor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPredecessorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GlobalTerritorialAgreement_predecessor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GlobalTerritorialAgreement_predecessor_feature", "_UI_GlobalTerritorialAgreement_type"),
				 CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_IdentificationPropertyCategory"),
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__AXES);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES);
			childrenFeatures.add(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns GlobalTerritorialAgreement.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GlobalTerritorialAgreement"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((GlobalTerritorialAgreement)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_GlobalTerritorialAgreement_type") :
			getString("_UI_GlobalTerritorialAgreement_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(GlobalTerritorialAgreement.class)) {
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__CODE:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TITLE:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GENERATION:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__STATUS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__START_DATE:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__END_DATE:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DURATION_YEARS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EFFECTIVE_END_DATE:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AXES:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES:
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS,
				 CtgFactory.eINSTANCE.createChildhoodYouthContract()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES,
				 CtgFactory.eINSTANCE.createAgreementParty()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS,
				 CtgFactory.eINSTANCE.createInterventionField()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS,
				 PlanFactory.eINSTANCE.createSharedDiagnosis()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__AXES,
				 PlanFactory.eINSTANCE.createStrategicAxis()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__ACTIONS,
				 PlanFactory.eINSTANCE.createAction()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__FACILITIES,
				 FundingFactory.eINSTANCE.createFacility()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS,
				 FundingFactory.eINSTANCE.createFunding()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__FUNDINGS,
				 FundingFactory.eINSTANCE.createTerritoryBonus()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__COMMITMENTS,
				 FundingFactory.eINSTANCE.createPartnerCommitment()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__GOVERNANCE,
				 GovernanceFactory.eINSTANCE.createGovernance()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS,
				 GovernanceFactory.eINSTANCE.createEvaluation()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__AMENDMENTS,
				 GovernanceFactory.eINSTANCE.createAmendment()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__DEVELOPMENT_PLAN,
				 FundingFactory.eINSTANCE.createDevelopmentPlan()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS,
				 CtgFactory.eINSTANCE.createDepartmentalSchemeLink()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__LINKED_CONTRACTS,
				 CtgFactory.eINSTANCE.createLinkedContract()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__ARTICLES,
				 CtgFactory.eINSTANCE.createArticleInstance()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__ANNEXES,
				 CtgFactory.eINSTANCE.createAnnexInstance()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__RULE_OVERRIDES,
				 TemplateFactory.eINSTANCE.createRuleParameterSet()));
	}

}
