/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.provider;


import java.util.Collection;
import java.util.List;

import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgWorkspace;

import org.ctgstudio.model.deployment.DeploymentFactory;

import org.ctgstudio.model.template.TemplateFactory;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.ctgstudio.model.CtgWorkspace} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CtgWorkspaceItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CtgWorkspaceItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CtgWorkspace_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CtgWorkspace_name_feature", "_UI_CtgWorkspace_type"),
				 CtgPackage.Literals.CTG_WORKSPACE__NAME,
				 true,
				 false,
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
			childrenFeatures.add(CtgPackage.Literals.CTG_WORKSPACE__ORGANISATIONS);
			childrenFeatures.add(CtgPackage.Literals.CTG_WORKSPACE__MUNICIPALITIES);
			childrenFeatures.add(CtgPackage.Literals.CTG_WORKSPACE__TERRITORIES);
			childrenFeatures.add(CtgPackage.Literals.CTG_WORKSPACE__TEMPLATES);
			childrenFeatures.add(CtgPackage.Literals.CTG_WORKSPACE__AGREEMENTS);
			childrenFeatures.add(CtgPackage.Literals.CTG_WORKSPACE__DEPLOYMENT_PLANS);
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
	 * This returns CtgWorkspace.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CtgWorkspace"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CtgWorkspace)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CtgWorkspace_type") :
			getString("_UI_CtgWorkspace_type") + " " + label;
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

		switch (notification.getFeatureID(CtgWorkspace.class)) {
			case CtgPackage.CTG_WORKSPACE__NAME:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CtgPackage.CTG_WORKSPACE__ORGANISATIONS:
			case CtgPackage.CTG_WORKSPACE__MUNICIPALITIES:
			case CtgPackage.CTG_WORKSPACE__TERRITORIES:
			case CtgPackage.CTG_WORKSPACE__TEMPLATES:
			case CtgPackage.CTG_WORKSPACE__AGREEMENTS:
			case CtgPackage.CTG_WORKSPACE__DEPLOYMENT_PLANS:
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
				(CtgPackage.Literals.CTG_WORKSPACE__ORGANISATIONS,
				 CtgFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.CTG_WORKSPACE__MUNICIPALITIES,
				 CtgFactory.eINSTANCE.createMunicipality()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.CTG_WORKSPACE__TERRITORIES,
				 CtgFactory.eINSTANCE.createTerritory()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.CTG_WORKSPACE__TEMPLATES,
				 TemplateFactory.eINSTANCE.createConventionTemplate()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.CTG_WORKSPACE__AGREEMENTS,
				 CtgFactory.eINSTANCE.createGlobalTerritorialAgreement()));

		newChildDescriptors.add
			(createChildParameter
				(CtgPackage.Literals.CTG_WORKSPACE__DEPLOYMENT_PLANS,
				 DeploymentFactory.eINSTANCE.createCafDeploymentPlan()));
	}

}
