/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.provider;


import java.util.Collection;
import java.util.List;

import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.TerritoryBonus;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.ctgstudio.model.funding.TerritoryBonus} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TerritoryBonusItemProvider extends FundingItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerritoryBonusItemProvider(AdapterFactory adapterFactory) {
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

			addBonusTypePropertyDescriptor(object);
			addExistingPlacesPropertyDescriptor(object);
			addNewPlacesPropertyDescriptor(object);
			addAmountPerExistingPlacePropertyDescriptor(object);
			addAmountPerNewPlacePropertyDescriptor(object);
			addHoursPropertyDescriptor(object);
			addReferenceCejAmountPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Bonus Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBonusTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TerritoryBonus_bonusType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TerritoryBonus_bonusType_feature", "_UI_TerritoryBonus_type"),
				 FundingPackage.Literals.TERRITORY_BONUS__BONUS_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BonusTerritoirePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Existing Places feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExistingPlacesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TerritoryBonus_existingPlaces_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TerritoryBonus_existingPlaces_feature", "_UI_TerritoryBonus_type"),
				 FundingPackage.Literals.TERRITORY_BONUS__EXISTING_PLACES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_BonusTerritoirePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the New Places feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNewPlacesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TerritoryBonus_newPlaces_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TerritoryBonus_newPlaces_feature", "_UI_TerritoryBonus_type"),
				 FundingPackage.Literals.TERRITORY_BONUS__NEW_PLACES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_BonusTerritoirePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Amount Per Existing Place feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAmountPerExistingPlacePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TerritoryBonus_amountPerExistingPlace_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TerritoryBonus_amountPerExistingPlace_feature", "_UI_TerritoryBonus_type"),
				 FundingPackage.Literals.TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BonusTerritoirePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Amount Per New Place feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAmountPerNewPlacePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TerritoryBonus_amountPerNewPlace_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TerritoryBonus_amountPerNewPlace_feature", "_UI_TerritoryBonus_type"),
				 FundingPackage.Literals.TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BonusTerritoirePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Hours feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoursPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TerritoryBonus_hours_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TerritoryBonus_hours_feature", "_UI_TerritoryBonus_type"),
				 FundingPackage.Literals.TERRITORY_BONUS__HOURS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BonusTerritoirePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Reference Cej Amount feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReferenceCejAmountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TerritoryBonus_referenceCejAmount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TerritoryBonus_referenceCejAmount_feature", "_UI_TerritoryBonus_type"),
				 FundingPackage.Literals.TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BonusTerritoirePropertyCategory"),
				 null));
	}

	/**
	 * This returns TerritoryBonus.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TerritoryBonus"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((TerritoryBonus)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_TerritoryBonus_type") :
			getString("_UI_TerritoryBonus_type") + " " + label;
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

		switch (notification.getFeatureID(TerritoryBonus.class)) {
			case FundingPackage.TERRITORY_BONUS__BONUS_TYPE:
			case FundingPackage.TERRITORY_BONUS__EXISTING_PLACES:
			case FundingPackage.TERRITORY_BONUS__NEW_PLACES:
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE:
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE:
			case FundingPackage.TERRITORY_BONUS__HOURS:
			case FundingPackage.TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT:
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
