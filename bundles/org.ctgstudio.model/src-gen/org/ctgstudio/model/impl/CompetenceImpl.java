/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.util.Collection;

import org.ctgstudio.model.Competence;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.ThematicDomain;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.CompetenceImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CompetenceImpl#isIsTransferred <em>Is Transferred</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CompetenceImpl#getRetainingMunicipalities <em>Retaining Municipalities</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CompetenceImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompetenceImpl extends IdentifiedImpl implements Competence {
	/**
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final ThematicDomain THEME_EDEFAULT = ThematicDomain.EARLY_CHILDHOOD;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected ThematicDomain theme = THEME_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsTransferred() <em>Is Transferred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsTransferred()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_TRANSFERRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsTransferred() <em>Is Transferred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsTransferred()
	 * @generated
	 * @ordered
	 */
	protected boolean isTransferred = IS_TRANSFERRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRetainingMunicipalities() <em>Retaining Municipalities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetainingMunicipalities()
	 * @generated
	 * @ordered
	 */
	protected EList<Municipality> retainingMunicipalities;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.COMPETENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThematicDomain getTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(ThematicDomain newTheme) {
		ThematicDomain oldTheme = theme;
		theme = newTheme == null ? THEME_EDEFAULT : newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.COMPETENCE__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsTransferred() {
		return isTransferred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsTransferred(boolean newIsTransferred) {
		boolean oldIsTransferred = isTransferred;
		isTransferred = newIsTransferred;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.COMPETENCE__IS_TRANSFERRED, oldIsTransferred, isTransferred));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Municipality> getRetainingMunicipalities() {
		if (retainingMunicipalities == null) {
			retainingMunicipalities = new EObjectResolvingEList<Municipality>(Municipality.class, this, CtgPackage.COMPETENCE__RETAINING_MUNICIPALITIES);
		}
		return retainingMunicipalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.COMPETENCE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CtgPackage.COMPETENCE__THEME:
				return getTheme();
			case CtgPackage.COMPETENCE__IS_TRANSFERRED:
				return isIsTransferred();
			case CtgPackage.COMPETENCE__RETAINING_MUNICIPALITIES:
				return getRetainingMunicipalities();
			case CtgPackage.COMPETENCE__DESCRIPTION:
				return getDescription();
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
			case CtgPackage.COMPETENCE__THEME:
				setTheme((ThematicDomain)newValue);
				return;
			case CtgPackage.COMPETENCE__IS_TRANSFERRED:
				setIsTransferred((Boolean)newValue);
				return;
			case CtgPackage.COMPETENCE__RETAINING_MUNICIPALITIES:
				getRetainingMunicipalities().clear();
				getRetainingMunicipalities().addAll((Collection<? extends Municipality>)newValue);
				return;
			case CtgPackage.COMPETENCE__DESCRIPTION:
				setDescription((String)newValue);
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
			case CtgPackage.COMPETENCE__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case CtgPackage.COMPETENCE__IS_TRANSFERRED:
				setIsTransferred(IS_TRANSFERRED_EDEFAULT);
				return;
			case CtgPackage.COMPETENCE__RETAINING_MUNICIPALITIES:
				getRetainingMunicipalities().clear();
				return;
			case CtgPackage.COMPETENCE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case CtgPackage.COMPETENCE__THEME:
				return theme != THEME_EDEFAULT;
			case CtgPackage.COMPETENCE__IS_TRANSFERRED:
				return isTransferred != IS_TRANSFERRED_EDEFAULT;
			case CtgPackage.COMPETENCE__RETAINING_MUNICIPALITIES:
				return retainingMunicipalities != null && !retainingMunicipalities.isEmpty();
			case CtgPackage.COMPETENCE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (theme: ");
		result.append(theme);
		result.append(", isTransferred: ");
		result.append(isTransferred);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //CompetenceImpl
