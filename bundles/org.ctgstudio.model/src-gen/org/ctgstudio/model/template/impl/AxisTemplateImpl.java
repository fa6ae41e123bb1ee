/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import java.util.Collection;

import org.ctgstudio.model.ThematicDomain;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.template.AxisTemplate;
import org.ctgstudio.model.template.TemplatePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Axis Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.impl.AxisTemplateImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.AxisTemplateImpl#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.AxisTemplateImpl#getSuggestedObjectives <em>Suggested Objectives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AxisTemplateImpl extends IdentifiedImpl implements AxisTemplate {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getThemes() <em>Themes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemes()
	 * @generated
	 * @ordered
	 */
	protected EList<ThematicDomain> themes;

	/**
	 * The cached value of the '{@link #getSuggestedObjectives() <em>Suggested Objectives</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuggestedObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<String> suggestedObjectives;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AxisTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TemplatePackage.Literals.AXIS_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.AXIS_TEMPLATE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThematicDomain> getThemes() {
		if (themes == null) {
			themes = new EDataTypeUniqueEList<ThematicDomain>(ThematicDomain.class, this, TemplatePackage.AXIS_TEMPLATE__THEMES);
		}
		return themes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSuggestedObjectives() {
		if (suggestedObjectives == null) {
			suggestedObjectives = new EDataTypeUniqueEList<String>(String.class, this, TemplatePackage.AXIS_TEMPLATE__SUGGESTED_OBJECTIVES);
		}
		return suggestedObjectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TemplatePackage.AXIS_TEMPLATE__LABEL:
				return getLabel();
			case TemplatePackage.AXIS_TEMPLATE__THEMES:
				return getThemes();
			case TemplatePackage.AXIS_TEMPLATE__SUGGESTED_OBJECTIVES:
				return getSuggestedObjectives();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TemplatePackage.AXIS_TEMPLATE__LABEL:
				setLabel((String)newValue);
				return;
			case TemplatePackage.AXIS_TEMPLATE__THEMES:
				getThemes().clear();
				getThemes().addAll((Collection<? extends ThematicDomain>)newValue);
				return;
			case TemplatePackage.AXIS_TEMPLATE__SUGGESTED_OBJECTIVES:
				getSuggestedObjectives().clear();
				getSuggestedObjectives().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TemplatePackage.AXIS_TEMPLATE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case TemplatePackage.AXIS_TEMPLATE__THEMES:
				getThemes().clear();
				return;
			case TemplatePackage.AXIS_TEMPLATE__SUGGESTED_OBJECTIVES:
				getSuggestedObjectives().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TemplatePackage.AXIS_TEMPLATE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case TemplatePackage.AXIS_TEMPLATE__THEMES:
				return themes != null && !themes.isEmpty();
			case TemplatePackage.AXIS_TEMPLATE__SUGGESTED_OBJECTIVES:
				return suggestedObjectives != null && !suggestedObjectives.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (label: ");
		result.append(label);
		result.append(", themes: ");
		result.append(themes);
		result.append(", suggestedObjectives: ");
		result.append(suggestedObjectives);
		result.append(')');
		return result.toString();
	}

} //AxisTemplateImpl
