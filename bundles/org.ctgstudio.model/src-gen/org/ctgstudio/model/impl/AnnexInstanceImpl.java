/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.AnnexKind;
import org.ctgstudio.model.CtgPackage;

import org.ctgstudio.model.template.AnnexTemplate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annex Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.AnnexInstanceImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AnnexInstanceImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AnnexInstanceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AnnexInstanceImpl#getAttachmentUri <em>Attachment Uri</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.AnnexInstanceImpl#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnexInstanceImpl extends IdentifiedImpl implements AnnexInstance {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AnnexKind KIND_EDEFAULT = AnnexKind.PARTNER_MEANS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AnnexKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttachmentUri() <em>Attachment Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentUri()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTACHMENT_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachmentUri() <em>Attachment Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachmentUri()
	 * @generated
	 * @ordered
	 */
	protected String attachmentUri = ATTACHMENT_URI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected AnnexTemplate template;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnexInstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.ANNEX_INSTANCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ANNEX_INSTANCE__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ANNEX_INSTANCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnexKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AnnexKind newKind) {
		AnnexKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ANNEX_INSTANCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttachmentUri() {
		return attachmentUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachmentUri(String newAttachmentUri) {
		String oldAttachmentUri = attachmentUri;
		attachmentUri = newAttachmentUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ANNEX_INSTANCE__ATTACHMENT_URI, oldAttachmentUri, attachmentUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnexTemplate getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (AnnexTemplate)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.ANNEX_INSTANCE__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnexTemplate basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(AnnexTemplate newTemplate) {
		AnnexTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ANNEX_INSTANCE__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CtgPackage.ANNEX_INSTANCE__NUMBER:
				return getNumber();
			case CtgPackage.ANNEX_INSTANCE__TITLE:
				return getTitle();
			case CtgPackage.ANNEX_INSTANCE__KIND:
				return getKind();
			case CtgPackage.ANNEX_INSTANCE__ATTACHMENT_URI:
				return getAttachmentUri();
			case CtgPackage.ANNEX_INSTANCE__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
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
			case CtgPackage.ANNEX_INSTANCE__NUMBER:
				setNumber((String)newValue);
				return;
			case CtgPackage.ANNEX_INSTANCE__TITLE:
				setTitle((String)newValue);
				return;
			case CtgPackage.ANNEX_INSTANCE__KIND:
				setKind((AnnexKind)newValue);
				return;
			case CtgPackage.ANNEX_INSTANCE__ATTACHMENT_URI:
				setAttachmentUri((String)newValue);
				return;
			case CtgPackage.ANNEX_INSTANCE__TEMPLATE:
				setTemplate((AnnexTemplate)newValue);
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
			case CtgPackage.ANNEX_INSTANCE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CtgPackage.ANNEX_INSTANCE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CtgPackage.ANNEX_INSTANCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CtgPackage.ANNEX_INSTANCE__ATTACHMENT_URI:
				setAttachmentUri(ATTACHMENT_URI_EDEFAULT);
				return;
			case CtgPackage.ANNEX_INSTANCE__TEMPLATE:
				setTemplate((AnnexTemplate)null);
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
			case CtgPackage.ANNEX_INSTANCE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CtgPackage.ANNEX_INSTANCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CtgPackage.ANNEX_INSTANCE__KIND:
				return kind != KIND_EDEFAULT;
			case CtgPackage.ANNEX_INSTANCE__ATTACHMENT_URI:
				return ATTACHMENT_URI_EDEFAULT == null ? attachmentUri != null : !ATTACHMENT_URI_EDEFAULT.equals(attachmentUri);
			case CtgPackage.ANNEX_INSTANCE__TEMPLATE:
				return template != null;
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
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", kind: ");
		result.append(kind);
		result.append(", attachmentUri: ");
		result.append(attachmentUri);
		result.append(')');
		return result.toString();
	}

} //AnnexInstanceImpl
