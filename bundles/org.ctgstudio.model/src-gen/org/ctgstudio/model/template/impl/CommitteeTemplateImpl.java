/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import org.ctgstudio.model.governance.CommitteeType;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.template.CommitteeTemplate;
import org.ctgstudio.model.template.TemplatePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Committee Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.impl.CommitteeTemplateImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.CommitteeTemplateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.CommitteeTemplateImpl#isIsMandatory <em>Is Mandatory</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.CommitteeTemplateImpl#getDefaultMeetingsPerYear <em>Default Meetings Per Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitteeTemplateImpl extends IdentifiedImpl implements CommitteeTemplate {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final CommitteeType TYPE_EDEFAULT = CommitteeType.STEERING;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected CommitteeType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsMandatory() <em>Is Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsMandatory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_MANDATORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsMandatory() <em>Is Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsMandatory()
	 * @generated
	 * @ordered
	 */
	protected boolean isMandatory = IS_MANDATORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultMeetingsPerYear() <em>Default Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultMeetingsPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final int DEFAULT_MEETINGS_PER_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDefaultMeetingsPerYear() <em>Default Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultMeetingsPerYear()
	 * @generated
	 * @ordered
	 */
	protected int defaultMeetingsPerYear = DEFAULT_MEETINGS_PER_YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitteeTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TemplatePackage.Literals.COMMITTEE_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitteeType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(CommitteeType newType) {
		CommitteeType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.COMMITTEE_TEMPLATE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.COMMITTEE_TEMPLATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsMandatory() {
		return isMandatory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsMandatory(boolean newIsMandatory) {
		boolean oldIsMandatory = isMandatory;
		isMandatory = newIsMandatory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.COMMITTEE_TEMPLATE__IS_MANDATORY, oldIsMandatory, isMandatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDefaultMeetingsPerYear() {
		return defaultMeetingsPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultMeetingsPerYear(int newDefaultMeetingsPerYear) {
		int oldDefaultMeetingsPerYear = defaultMeetingsPerYear;
		defaultMeetingsPerYear = newDefaultMeetingsPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.COMMITTEE_TEMPLATE__DEFAULT_MEETINGS_PER_YEAR, oldDefaultMeetingsPerYear, defaultMeetingsPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TemplatePackage.COMMITTEE_TEMPLATE__TYPE:
				return getType();
			case TemplatePackage.COMMITTEE_TEMPLATE__NAME:
				return getName();
			case TemplatePackage.COMMITTEE_TEMPLATE__IS_MANDATORY:
				return isIsMandatory();
			case TemplatePackage.COMMITTEE_TEMPLATE__DEFAULT_MEETINGS_PER_YEAR:
				return getDefaultMeetingsPerYear();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TemplatePackage.COMMITTEE_TEMPLATE__TYPE:
				setType((CommitteeType)newValue);
				return;
			case TemplatePackage.COMMITTEE_TEMPLATE__NAME:
				setName((String)newValue);
				return;
			case TemplatePackage.COMMITTEE_TEMPLATE__IS_MANDATORY:
				setIsMandatory((Boolean)newValue);
				return;
			case TemplatePackage.COMMITTEE_TEMPLATE__DEFAULT_MEETINGS_PER_YEAR:
				setDefaultMeetingsPerYear((Integer)newValue);
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
			case TemplatePackage.COMMITTEE_TEMPLATE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case TemplatePackage.COMMITTEE_TEMPLATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TemplatePackage.COMMITTEE_TEMPLATE__IS_MANDATORY:
				setIsMandatory(IS_MANDATORY_EDEFAULT);
				return;
			case TemplatePackage.COMMITTEE_TEMPLATE__DEFAULT_MEETINGS_PER_YEAR:
				setDefaultMeetingsPerYear(DEFAULT_MEETINGS_PER_YEAR_EDEFAULT);
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
			case TemplatePackage.COMMITTEE_TEMPLATE__TYPE:
				return type != TYPE_EDEFAULT;
			case TemplatePackage.COMMITTEE_TEMPLATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TemplatePackage.COMMITTEE_TEMPLATE__IS_MANDATORY:
				return isMandatory != IS_MANDATORY_EDEFAULT;
			case TemplatePackage.COMMITTEE_TEMPLATE__DEFAULT_MEETINGS_PER_YEAR:
				return defaultMeetingsPerYear != DEFAULT_MEETINGS_PER_YEAR_EDEFAULT;
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
		result.append(" (type: ");
		result.append(type);
		result.append(", name: ");
		result.append(name);
		result.append(", isMandatory: ");
		result.append(isMandatory);
		result.append(", defaultMeetingsPerYear: ");
		result.append(defaultMeetingsPerYear);
		result.append(')');
		return result.toString();
	}

} //CommitteeTemplateImpl
