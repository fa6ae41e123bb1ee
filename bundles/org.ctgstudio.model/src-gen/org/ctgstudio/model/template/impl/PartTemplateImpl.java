/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.template.PartTemplate;
import org.ctgstudio.model.template.TemplatePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Part Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.impl.PartTemplateImpl#getOrder <em>Order</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.PartTemplateImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.PartTemplateImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.PartTemplateImpl#getBodyTemplate <em>Body Template</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.PartTemplateImpl#isIsMandatory <em>Is Mandatory</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.PartTemplateImpl#isIsEditable <em>Is Editable</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PartTemplateImpl extends IdentifiedImpl implements PartTemplate {
	/**
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected int order = ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBodyTemplate() <em>Body Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBodyTemplate() <em>Body Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyTemplate()
	 * @generated
	 * @ordered
	 */
	protected String bodyTemplate = BODY_TEMPLATE_EDEFAULT;

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
	 * The default value of the '{@link #isIsEditable() <em>Is Editable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsEditable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_EDITABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isIsEditable() <em>Is Editable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsEditable()
	 * @generated
	 * @ordered
	 */
	protected boolean isEditable = IS_EDITABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TemplatePackage.Literals.PART_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrder() {
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(int newOrder) {
		int oldOrder = order;
		order = newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.PART_TEMPLATE__ORDER, oldOrder, order));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.PART_TEMPLATE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.PART_TEMPLATE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBodyTemplate() {
		return bodyTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBodyTemplate(String newBodyTemplate) {
		String oldBodyTemplate = bodyTemplate;
		bodyTemplate = newBodyTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.PART_TEMPLATE__BODY_TEMPLATE, oldBodyTemplate, bodyTemplate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.PART_TEMPLATE__IS_MANDATORY, oldIsMandatory, isMandatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsEditable() {
		return isEditable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsEditable(boolean newIsEditable) {
		boolean oldIsEditable = isEditable;
		isEditable = newIsEditable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.PART_TEMPLATE__IS_EDITABLE, oldIsEditable, isEditable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TemplatePackage.PART_TEMPLATE__ORDER:
				return getOrder();
			case TemplatePackage.PART_TEMPLATE__NUMBER:
				return getNumber();
			case TemplatePackage.PART_TEMPLATE__TITLE:
				return getTitle();
			case TemplatePackage.PART_TEMPLATE__BODY_TEMPLATE:
				return getBodyTemplate();
			case TemplatePackage.PART_TEMPLATE__IS_MANDATORY:
				return isIsMandatory();
			case TemplatePackage.PART_TEMPLATE__IS_EDITABLE:
				return isIsEditable();
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
			case TemplatePackage.PART_TEMPLATE__ORDER:
				setOrder((Integer)newValue);
				return;
			case TemplatePackage.PART_TEMPLATE__NUMBER:
				setNumber((String)newValue);
				return;
			case TemplatePackage.PART_TEMPLATE__TITLE:
				setTitle((String)newValue);
				return;
			case TemplatePackage.PART_TEMPLATE__BODY_TEMPLATE:
				setBodyTemplate((String)newValue);
				return;
			case TemplatePackage.PART_TEMPLATE__IS_MANDATORY:
				setIsMandatory((Boolean)newValue);
				return;
			case TemplatePackage.PART_TEMPLATE__IS_EDITABLE:
				setIsEditable((Boolean)newValue);
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
			case TemplatePackage.PART_TEMPLATE__ORDER:
				setOrder(ORDER_EDEFAULT);
				return;
			case TemplatePackage.PART_TEMPLATE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case TemplatePackage.PART_TEMPLATE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TemplatePackage.PART_TEMPLATE__BODY_TEMPLATE:
				setBodyTemplate(BODY_TEMPLATE_EDEFAULT);
				return;
			case TemplatePackage.PART_TEMPLATE__IS_MANDATORY:
				setIsMandatory(IS_MANDATORY_EDEFAULT);
				return;
			case TemplatePackage.PART_TEMPLATE__IS_EDITABLE:
				setIsEditable(IS_EDITABLE_EDEFAULT);
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
			case TemplatePackage.PART_TEMPLATE__ORDER:
				return order != ORDER_EDEFAULT;
			case TemplatePackage.PART_TEMPLATE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case TemplatePackage.PART_TEMPLATE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TemplatePackage.PART_TEMPLATE__BODY_TEMPLATE:
				return BODY_TEMPLATE_EDEFAULT == null ? bodyTemplate != null : !BODY_TEMPLATE_EDEFAULT.equals(bodyTemplate);
			case TemplatePackage.PART_TEMPLATE__IS_MANDATORY:
				return isMandatory != IS_MANDATORY_EDEFAULT;
			case TemplatePackage.PART_TEMPLATE__IS_EDITABLE:
				return isEditable != IS_EDITABLE_EDEFAULT;
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
		result.append(" (order: ");
		result.append(order);
		result.append(", number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", bodyTemplate: ");
		result.append(bodyTemplate);
		result.append(", isMandatory: ");
		result.append(isMandatory);
		result.append(", isEditable: ");
		result.append(isEditable);
		result.append(')');
		return result.toString();
	}

} //PartTemplateImpl
