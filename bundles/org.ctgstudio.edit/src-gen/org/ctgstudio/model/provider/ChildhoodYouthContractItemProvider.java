/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.provider;


import java.util.Collection;
import java.util.List;

import org.ctgstudio.model.ChildhoodYouthContract;
import org.ctgstudio.model.CtgPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.ctgstudio.model.ChildhoodYouthContract} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ChildhoodYouthContractItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChildhoodYouthContractItemProvider(AdapterFactory adapterFactory) {
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
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
			addReplacementDatePropertyDescriptor(object);
			addAnnualCafAmountPropertyDescriptor(object);
			addSignatoriesPropertyDescriptor(object);
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
				 getString("_UI_ChildhoodYouthContract_code_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChildhoodYouthContract_code_feature", "_UI_ChildhoodYouthContract_type"),
				 CtgPackage.Literals.CHILDHOOD_YOUTH_CONTRACT__CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
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
				 getString("_UI_ChildhoodYouthContract_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChildhoodYouthContract_title_feature", "_UI_ChildhoodYouthContract_type"),
				 CtgPackage.Literals.CHILDHOOD_YOUTH_CONTRACT__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
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
				 getString("_UI_ChildhoodYouthContract_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChildhoodYouthContract_startDate_feature", "_UI_ChildhoodYouthContract_type"),
				 CtgPackage.Literals.CHILDHOOD_YOUTH_CONTRACT__START_DATE,
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
				 getString("_UI_ChildhoodYouthContract_endDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChildhoodYouthContract_endDate_feature", "_UI_ChildhoodYouthContract_type"),
				 CtgPackage.Literals.CHILDHOOD_YOUTH_CONTRACT__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DatesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Replacement Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReplacementDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChildhoodYouthContract_replacementDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChildhoodYouthContract_replacementDate_feature", "_UI_ChildhoodYouthContract_type"),
				 CtgPackage.Literals.CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DatesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Annual Caf Amount feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnnualCafAmountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChildhoodYouthContract_annualCafAmount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChildhoodYouthContract_annualCafAmount_feature", "_UI_ChildhoodYouthContract_type"),
				 CtgPackage.Literals.CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_FinancementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Signatories feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignatoriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChildhoodYouthContract_signatories_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChildhoodYouthContract_signatories_feature", "_UI_ChildhoodYouthContract_type"),
				 CtgPackage.Literals.CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This returns ChildhoodYouthContract.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ChildhoodYouthContract"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ChildhoodYouthContract)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_ChildhoodYouthContract_type") :
			getString("_UI_ChildhoodYouthContract_type") + " " + label;
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

		switch (notification.getFeatureID(ChildhoodYouthContract.class)) {
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__CODE:
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__TITLE:
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__START_DATE:
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__END_DATE:
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE:
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
