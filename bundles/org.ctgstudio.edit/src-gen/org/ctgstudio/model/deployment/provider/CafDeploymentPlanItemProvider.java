/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment.provider;


import java.util.Collection;
import java.util.List;

import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.DeploymentFactory;
import org.ctgstudio.model.deployment.DeploymentPackage;

import org.ctgstudio.model.provider.IdentifiedItemProvider;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.ctgstudio.model.deployment.CafDeploymentPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CafDeploymentPlanItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CafDeploymentPlanItemProvider(AdapterFactory adapterFactory) {
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

			addCafPropertyDescriptor(object);
			addCogPeriodPropertyDescriptor(object);
			addReferencePopulationPropertyDescriptor(object);
			addPopulationYearPropertyDescriptor(object);
			addReferenceDayPropertyDescriptor(object);
			addCountingModePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Caf feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCafPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CafDeploymentPlan_caf_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CafDeploymentPlan_caf_feature", "_UI_CafDeploymentPlan_type"),
				 DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__CAF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
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
				 getString("_UI_CafDeploymentPlan_cogPeriod_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CafDeploymentPlan_cogPeriod_feature", "_UI_CafDeploymentPlan_type"),
				 DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__COG_PERIOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reference Population feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReferencePopulationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CafDeploymentPlan_referencePopulation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CafDeploymentPlan_referencePopulation_feature", "_UI_CafDeploymentPlan_type"),
				 DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_DecomptePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Population Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPopulationYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CafDeploymentPlan_populationYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CafDeploymentPlan_populationYear_feature", "_UI_CafDeploymentPlan_type"),
				 DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__POPULATION_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_DecomptePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Reference Day feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReferenceDayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CafDeploymentPlan_referenceDay_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CafDeploymentPlan_referenceDay_feature", "_UI_CafDeploymentPlan_type"),
				 DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__REFERENCE_DAY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DecomptePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Counting Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountingModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CafDeploymentPlan_countingMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CafDeploymentPlan_countingMode_feature", "_UI_CafDeploymentPlan_type"),
				 DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__COUNTING_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DecomptePropertyCategory"),
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
			childrenFeatures.add(DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__TRAJECTORY);
			childrenFeatures.add(DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__ENTRIES);
			childrenFeatures.add(DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__SNAPSHOTS);
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
	 * This returns CafDeploymentPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CafDeploymentPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CafDeploymentPlan)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_CafDeploymentPlan_type") :
			getString("_UI_CafDeploymentPlan_type") + " " + label;
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

		switch (notification.getFeatureID(CafDeploymentPlan.class)) {
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__CAF:
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COG_PERIOD:
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_POPULATION:
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__POPULATION_YEAR:
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__REFERENCE_DAY:
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__COUNTING_MODE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__TRAJECTORY:
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__ENTRIES:
			case DeploymentPackage.CAF_DEPLOYMENT_PLAN__SNAPSHOTS:
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
				(DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__TRAJECTORY,
				 DeploymentFactory.eINSTANCE.createTrajectoryPoint()));

		newChildDescriptors.add
			(createChildParameter
				(DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN__ENTRIES,
				 DeploymentFactory.eINSTANCE.createDeploymentEntry()));
	}

}
