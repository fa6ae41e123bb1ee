/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.CtgPackage;

import org.ctgstudio.model.template.ArticleTemplate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.ArticleInstanceImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ArticleInstanceImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ArticleInstanceImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ArticleInstanceImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ArticleInstanceImpl#isIsLocallyModified <em>Is Locally Modified</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticleInstanceImpl extends IdentifiedImpl implements ArticleInstance {
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
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected ArticleTemplate template;

	/**
	 * The default value of the '{@link #isIsLocallyModified() <em>Is Locally Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsLocallyModified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_LOCALLY_MODIFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsLocallyModified() <em>Is Locally Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsLocallyModified()
	 * @generated
	 * @ordered
	 */
	protected boolean isLocallyModified = IS_LOCALLY_MODIFIED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleInstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.ARTICLE_INSTANCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ARTICLE_INSTANCE__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ARTICLE_INSTANCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ARTICLE_INSTANCE__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleTemplate getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (ArticleTemplate)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.ARTICLE_INSTANCE__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArticleTemplate basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(ArticleTemplate newTemplate) {
		ArticleTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ARTICLE_INSTANCE__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsLocallyModified() {
		return isLocallyModified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsLocallyModified(boolean newIsLocallyModified) {
		boolean oldIsLocallyModified = isLocallyModified;
		isLocallyModified = newIsLocallyModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ARTICLE_INSTANCE__IS_LOCALLY_MODIFIED, oldIsLocallyModified, isLocallyModified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CtgPackage.ARTICLE_INSTANCE__NUMBER:
				return getNumber();
			case CtgPackage.ARTICLE_INSTANCE__TITLE:
				return getTitle();
			case CtgPackage.ARTICLE_INSTANCE__BODY:
				return getBody();
			case CtgPackage.ARTICLE_INSTANCE__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
			case CtgPackage.ARTICLE_INSTANCE__IS_LOCALLY_MODIFIED:
				return isIsLocallyModified();
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
			case CtgPackage.ARTICLE_INSTANCE__NUMBER:
				setNumber((String)newValue);
				return;
			case CtgPackage.ARTICLE_INSTANCE__TITLE:
				setTitle((String)newValue);
				return;
			case CtgPackage.ARTICLE_INSTANCE__BODY:
				setBody((String)newValue);
				return;
			case CtgPackage.ARTICLE_INSTANCE__TEMPLATE:
				setTemplate((ArticleTemplate)newValue);
				return;
			case CtgPackage.ARTICLE_INSTANCE__IS_LOCALLY_MODIFIED:
				setIsLocallyModified((Boolean)newValue);
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
			case CtgPackage.ARTICLE_INSTANCE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CtgPackage.ARTICLE_INSTANCE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CtgPackage.ARTICLE_INSTANCE__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case CtgPackage.ARTICLE_INSTANCE__TEMPLATE:
				setTemplate((ArticleTemplate)null);
				return;
			case CtgPackage.ARTICLE_INSTANCE__IS_LOCALLY_MODIFIED:
				setIsLocallyModified(IS_LOCALLY_MODIFIED_EDEFAULT);
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
			case CtgPackage.ARTICLE_INSTANCE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CtgPackage.ARTICLE_INSTANCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CtgPackage.ARTICLE_INSTANCE__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case CtgPackage.ARTICLE_INSTANCE__TEMPLATE:
				return template != null;
			case CtgPackage.ARTICLE_INSTANCE__IS_LOCALLY_MODIFIED:
				return isLocallyModified != IS_LOCALLY_MODIFIED_EDEFAULT;
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
		result.append(", body: ");
		result.append(body);
		result.append(", isLocallyModified: ");
		result.append(isLocallyModified);
		result.append(')');
		return result.toString();
	}

} //ArticleInstanceImpl
