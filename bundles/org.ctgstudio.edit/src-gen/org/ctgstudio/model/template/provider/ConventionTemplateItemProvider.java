/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.provider;


import java.util.Collection;
import java.util.List;

import org.ctgstudio.model.provider.IdentifiedItemProvider;

import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplateFactory;
import org.ctgstudio.model.template.TemplatePackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.ctgstudio.model.template.ConventionTemplate} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ConventionTemplateItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConventionTemplateItemProvider(AdapterFactory adapterFactory) {
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
			addNamePropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addValidFromPropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addCafPropertyDescriptor(object);
			addMandatoryThemesPropertyDescriptor(object);
			addMinAdditionalThemesPropertyDescriptor(object);
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
				 getString("_UI_ConventionTemplate_code_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_code_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_ConventionTemplate_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_name_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConventionTemplate_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_version_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
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
				 getString("_UI_ConventionTemplate_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_status_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConventionTemplate_validFrom_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_validFrom_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__VALID_FROM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConventionTemplate_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_author_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__AUTHOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_ConventionTemplate_caf_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_caf_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__CAF,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mandatory Themes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMandatoryThemesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConventionTemplate_mandatoryThemes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_mandatoryThemes_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__MANDATORY_THEMES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ControlesPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Min Additional Themes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinAdditionalThemesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConventionTemplate_minAdditionalThemes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConventionTemplate_minAdditionalThemes_feature", "_UI_ConventionTemplate_type"),
				 TemplatePackage.Literals.CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ControlesPropertyCategory"),
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
			childrenFeatures.add(TemplatePackage.Literals.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES);
			childrenFeatures.add(TemplatePackage.Literals.CONVENTION_TEMPLATE__ANNEX_TEMPLATES);
			childrenFeatures.add(TemplatePackage.Literals.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON);
			childrenFeatures.add(TemplatePackage.Literals.CONVENTION_TEMPLATE__AXIS_TEMPLATES);
			childrenFeatures.add(TemplatePackage.Literals.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE);
			childrenFeatures.add(TemplatePackage.Literals.CONVENTION_TEMPLATE__RULE_PARAMETERS);
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
	 * This returns ConventionTemplate.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ConventionTemplate"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ConventionTemplate)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ConventionTemplate_type") :
			getString("_UI_ConventionTemplate_type") + " " + label;
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

		switch (notification.getFeatureID(ConventionTemplate.class)) {
			case TemplatePackage.CONVENTION_TEMPLATE__CODE:
			case TemplatePackage.CONVENTION_TEMPLATE__NAME:
			case TemplatePackage.CONVENTION_TEMPLATE__VERSION:
			case TemplatePackage.CONVENTION_TEMPLATE__STATUS:
			case TemplatePackage.CONVENTION_TEMPLATE__VALID_FROM:
			case TemplatePackage.CONVENTION_TEMPLATE__AUTHOR:
			case TemplatePackage.CONVENTION_TEMPLATE__MANDATORY_THEMES:
			case TemplatePackage.CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TemplatePackage.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES:
			case TemplatePackage.CONVENTION_TEMPLATE__ANNEX_TEMPLATES:
			case TemplatePackage.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON:
			case TemplatePackage.CONVENTION_TEMPLATE__AXIS_TEMPLATES:
			case TemplatePackage.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE:
			case TemplatePackage.CONVENTION_TEMPLATE__RULE_PARAMETERS:
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
				(TemplatePackage.Literals.CONVENTION_TEMPLATE__ARTICLE_TEMPLATES,
				 TemplateFactory.eINSTANCE.createArticleTemplate()));

		newChildDescriptors.add
			(createChildParameter
				(TemplatePackage.Literals.CONVENTION_TEMPLATE__ANNEX_TEMPLATES,
				 TemplateFactory.eINSTANCE.createAnnexTemplate()));

		newChildDescriptors.add
			(createChildParameter
				(TemplatePackage.Literals.CONVENTION_TEMPLATE__GOVERNANCE_SKELETON,
				 TemplateFactory.eINSTANCE.createGovernanceSkeleton()));

		newChildDescriptors.add
			(createChildParameter
				(TemplatePackage.Literals.CONVENTION_TEMPLATE__AXIS_TEMPLATES,
				 TemplateFactory.eINSTANCE.createAxisTemplate()));

		newChildDescriptors.add
			(createChildParameter
				(TemplatePackage.Literals.CONVENTION_TEMPLATE__INDICATOR_CATALOGUE,
				 TemplateFactory.eINSTANCE.createIndicatorDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(TemplatePackage.Literals.CONVENTION_TEMPLATE__RULE_PARAMETERS,
				 TemplateFactory.eINSTANCE.createRuleParameterSet()));
	}

}
