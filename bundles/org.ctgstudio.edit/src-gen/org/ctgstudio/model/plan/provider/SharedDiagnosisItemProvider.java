/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan.provider;


import java.util.Collection;
import java.util.List;

import org.ctgstudio.edit.provider.CtgEditPlugin;

import org.ctgstudio.model.funding.FundingFactory;

import org.ctgstudio.model.plan.PlanFactory;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.plan.SharedDiagnosis;

import org.ctgstudio.model.provider.IdentifiedItemProvider;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.ctgstudio.model.plan.SharedDiagnosis} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SharedDiagnosisItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SharedDiagnosisItemProvider(AdapterFactory adapterFactory) {
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

			addCompletionDatePropertyDescriptor(object);
			addCompletionDatePrecisionPropertyDescriptor(object);
			addProviderPropertyDescriptor(object);
			addMethodPropertyDescriptor(object);
			addCostPropertyDescriptor(object);
			addCafCoFundingPropertyDescriptor(object);
			addSummaryPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Completion Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompletionDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SharedDiagnosis_completionDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SharedDiagnosis_completionDate_feature", "_UI_SharedDiagnosis_type"),
				 PlanPackage.Literals.SHARED_DIAGNOSIS__COMPLETION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Completion Date Precision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompletionDatePrecisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SharedDiagnosis_completionDatePrecision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SharedDiagnosis_completionDatePrecision_feature", "_UI_SharedDiagnosis_type"),
				 PlanPackage.Literals.SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provider feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProviderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SharedDiagnosis_provider_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SharedDiagnosis_provider_feature", "_UI_SharedDiagnosis_type"),
				 PlanPackage.Literals.SHARED_DIAGNOSIS__PROVIDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Method feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMethodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SharedDiagnosis_method_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SharedDiagnosis_method_feature", "_UI_SharedDiagnosis_type"),
				 PlanPackage.Literals.SHARED_DIAGNOSIS__METHOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SharedDiagnosis_cost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SharedDiagnosis_cost_feature", "_UI_SharedDiagnosis_type"),
				 PlanPackage.Literals.SHARED_DIAGNOSIS__COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_FinancementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Caf Co Funding feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCafCoFundingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SharedDiagnosis_cafCoFunding_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SharedDiagnosis_cafCoFunding_feature", "_UI_SharedDiagnosis_type"),
				 PlanPackage.Literals.SHARED_DIAGNOSIS__CAF_CO_FUNDING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_FinancementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Summary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSummaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SharedDiagnosis_summary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SharedDiagnosis_summary_feature", "_UI_SharedDiagnosis_type"),
				 PlanPackage.Literals.SHARED_DIAGNOSIS__SUMMARY,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
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
			childrenFeatures.add(PlanPackage.Literals.SHARED_DIAGNOSIS__NEEDS);
			childrenFeatures.add(PlanPackage.Literals.SHARED_DIAGNOSIS__ISSUES);
			childrenFeatures.add(PlanPackage.Literals.SHARED_DIAGNOSIS__SUPPLY_FIGURES);
			childrenFeatures.add(PlanPackage.Literals.SHARED_DIAGNOSIS__PAST_SUPPORTS);
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
	 * This returns SharedDiagnosis.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SharedDiagnosis"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SharedDiagnosis)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_SharedDiagnosis_type") :
			getString("_UI_SharedDiagnosis_type") + " " + label;
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

		switch (notification.getFeatureID(SharedDiagnosis.class)) {
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE:
			case PlanPackage.SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION:
			case PlanPackage.SHARED_DIAGNOSIS__PROVIDER:
			case PlanPackage.SHARED_DIAGNOSIS__METHOD:
			case PlanPackage.SHARED_DIAGNOSIS__COST:
			case PlanPackage.SHARED_DIAGNOSIS__CAF_CO_FUNDING:
			case PlanPackage.SHARED_DIAGNOSIS__SUMMARY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PlanPackage.SHARED_DIAGNOSIS__NEEDS:
			case PlanPackage.SHARED_DIAGNOSIS__ISSUES:
			case PlanPackage.SHARED_DIAGNOSIS__SUPPLY_FIGURES:
			case PlanPackage.SHARED_DIAGNOSIS__PAST_SUPPORTS:
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
				(PlanPackage.Literals.SHARED_DIAGNOSIS__NEEDS,
				 PlanFactory.eINSTANCE.createNeed()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.SHARED_DIAGNOSIS__ISSUES,
				 PlanFactory.eINSTANCE.createIssue()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.SHARED_DIAGNOSIS__SUPPLY_FIGURES,
				 FundingFactory.eINSTANCE.createSupplyFigure()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.SHARED_DIAGNOSIS__PAST_SUPPORTS,
				 FundingFactory.eINSTANCE.createPastSupport()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return CtgEditPlugin.INSTANCE;
	}

}
