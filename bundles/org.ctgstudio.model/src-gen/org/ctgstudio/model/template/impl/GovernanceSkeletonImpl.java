/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.template.CommitteeTemplate;
import org.ctgstudio.model.template.GovernanceSkeleton;
import org.ctgstudio.model.template.TemplatePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Governance Skeleton</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.impl.GovernanceSkeletonImpl#getCommittees <em>Committees</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.GovernanceSkeletonImpl#isIsCooperationOfficerRequired <em>Is Cooperation Officer Required</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.GovernanceSkeletonImpl#getMinFte <em>Min Fte</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceSkeletonImpl extends IdentifiedImpl implements GovernanceSkeleton {
	/**
	 * The cached value of the '{@link #getCommittees() <em>Committees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommittees()
	 * @generated
	 * @ordered
	 */
	protected EList<CommitteeTemplate> committees;

	/**
	 * The default value of the '{@link #isIsCooperationOfficerRequired() <em>Is Cooperation Officer Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsCooperationOfficerRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_COOPERATION_OFFICER_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsCooperationOfficerRequired() <em>Is Cooperation Officer Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsCooperationOfficerRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean isCooperationOfficerRequired = IS_COOPERATION_OFFICER_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinFte() <em>Min Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinFte()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MIN_FTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinFte() <em>Min Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinFte()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal minFte = MIN_FTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceSkeletonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TemplatePackage.Literals.GOVERNANCE_SKELETON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommitteeTemplate> getCommittees() {
		if (committees == null) {
			committees = new EObjectContainmentEList<CommitteeTemplate>(CommitteeTemplate.class, this, TemplatePackage.GOVERNANCE_SKELETON__COMMITTEES);
		}
		return committees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsCooperationOfficerRequired() {
		return isCooperationOfficerRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsCooperationOfficerRequired(boolean newIsCooperationOfficerRequired) {
		boolean oldIsCooperationOfficerRequired = isCooperationOfficerRequired;
		isCooperationOfficerRequired = newIsCooperationOfficerRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED, oldIsCooperationOfficerRequired, isCooperationOfficerRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMinFte() {
		return minFte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinFte(BigDecimal newMinFte) {
		BigDecimal oldMinFte = minFte;
		minFte = newMinFte;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TemplatePackage.GOVERNANCE_SKELETON__MIN_FTE, oldMinFte, minFte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TemplatePackage.GOVERNANCE_SKELETON__COMMITTEES:
				return ((InternalEList<?>)getCommittees()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TemplatePackage.GOVERNANCE_SKELETON__COMMITTEES:
				return getCommittees();
			case TemplatePackage.GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED:
				return isIsCooperationOfficerRequired();
			case TemplatePackage.GOVERNANCE_SKELETON__MIN_FTE:
				return getMinFte();
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
			case TemplatePackage.GOVERNANCE_SKELETON__COMMITTEES:
				getCommittees().clear();
				getCommittees().addAll((Collection<? extends CommitteeTemplate>)newValue);
				return;
			case TemplatePackage.GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED:
				setIsCooperationOfficerRequired((Boolean)newValue);
				return;
			case TemplatePackage.GOVERNANCE_SKELETON__MIN_FTE:
				setMinFte((BigDecimal)newValue);
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
			case TemplatePackage.GOVERNANCE_SKELETON__COMMITTEES:
				getCommittees().clear();
				return;
			case TemplatePackage.GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED:
				setIsCooperationOfficerRequired(IS_COOPERATION_OFFICER_REQUIRED_EDEFAULT);
				return;
			case TemplatePackage.GOVERNANCE_SKELETON__MIN_FTE:
				setMinFte(MIN_FTE_EDEFAULT);
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
			case TemplatePackage.GOVERNANCE_SKELETON__COMMITTEES:
				return committees != null && !committees.isEmpty();
			case TemplatePackage.GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED:
				return isCooperationOfficerRequired != IS_COOPERATION_OFFICER_REQUIRED_EDEFAULT;
			case TemplatePackage.GOVERNANCE_SKELETON__MIN_FTE:
				return MIN_FTE_EDEFAULT == null ? minFte != null : !MIN_FTE_EDEFAULT.equals(minFte);
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
		result.append(" (isCooperationOfficerRequired: ");
		result.append(isCooperationOfficerRequired);
		result.append(", minFte: ");
		result.append(minFte);
		result.append(')');
		return result.toString();
	}

} //GovernanceSkeletonImpl
