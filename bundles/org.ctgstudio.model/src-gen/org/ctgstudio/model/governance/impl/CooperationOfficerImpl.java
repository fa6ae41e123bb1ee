/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance.impl;

import java.math.BigDecimal;

import org.ctgstudio.model.Organisation;

import org.ctgstudio.model.governance.CooperationOfficer;
import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cooperation Officer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.impl.CooperationOfficerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.CooperationOfficerImpl#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.CooperationOfficerImpl#getFte <em>Fte</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.CooperationOfficerImpl#isIsFundedByBonus <em>Is Funded By Bonus</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CooperationOfficerImpl extends IdentifiedImpl implements CooperationOfficer {
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
	 * The cached value of the '{@link #getEmployer() <em>Employer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected Organisation employer;

	/**
	 * The default value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal fte = FTE_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsFundedByBonus() <em>Is Funded By Bonus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsFundedByBonus()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_FUNDED_BY_BONUS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsFundedByBonus() <em>Is Funded By Bonus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsFundedByBonus()
	 * @generated
	 * @ordered
	 */
	protected boolean isFundedByBonus = IS_FUNDED_BY_BONUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CooperationOfficerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.COOPERATION_OFFICER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.COOPERATION_OFFICER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getEmployer() {
		if (employer != null && employer.eIsProxy()) {
			InternalEObject oldEmployer = (InternalEObject)employer;
			employer = (Organisation)eResolveProxy(oldEmployer);
			if (employer != oldEmployer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.COOPERATION_OFFICER__EMPLOYER, oldEmployer, employer));
			}
		}
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetEmployer() {
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployer(Organisation newEmployer) {
		Organisation oldEmployer = employer;
		employer = newEmployer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.COOPERATION_OFFICER__EMPLOYER, oldEmployer, employer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getFte() {
		return fte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFte(BigDecimal newFte) {
		BigDecimal oldFte = fte;
		fte = newFte;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.COOPERATION_OFFICER__FTE, oldFte, fte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsFundedByBonus() {
		return isFundedByBonus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsFundedByBonus(boolean newIsFundedByBonus) {
		boolean oldIsFundedByBonus = isFundedByBonus;
		isFundedByBonus = newIsFundedByBonus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.COOPERATION_OFFICER__IS_FUNDED_BY_BONUS, oldIsFundedByBonus, isFundedByBonus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.COOPERATION_OFFICER__NAME:
				return getName();
			case GovernancePackage.COOPERATION_OFFICER__EMPLOYER:
				if (resolve) return getEmployer();
				return basicGetEmployer();
			case GovernancePackage.COOPERATION_OFFICER__FTE:
				return getFte();
			case GovernancePackage.COOPERATION_OFFICER__IS_FUNDED_BY_BONUS:
				return isIsFundedByBonus();
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
			case GovernancePackage.COOPERATION_OFFICER__NAME:
				setName((String)newValue);
				return;
			case GovernancePackage.COOPERATION_OFFICER__EMPLOYER:
				setEmployer((Organisation)newValue);
				return;
			case GovernancePackage.COOPERATION_OFFICER__FTE:
				setFte((BigDecimal)newValue);
				return;
			case GovernancePackage.COOPERATION_OFFICER__IS_FUNDED_BY_BONUS:
				setIsFundedByBonus((Boolean)newValue);
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
			case GovernancePackage.COOPERATION_OFFICER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GovernancePackage.COOPERATION_OFFICER__EMPLOYER:
				setEmployer((Organisation)null);
				return;
			case GovernancePackage.COOPERATION_OFFICER__FTE:
				setFte(FTE_EDEFAULT);
				return;
			case GovernancePackage.COOPERATION_OFFICER__IS_FUNDED_BY_BONUS:
				setIsFundedByBonus(IS_FUNDED_BY_BONUS_EDEFAULT);
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
			case GovernancePackage.COOPERATION_OFFICER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GovernancePackage.COOPERATION_OFFICER__EMPLOYER:
				return employer != null;
			case GovernancePackage.COOPERATION_OFFICER__FTE:
				return FTE_EDEFAULT == null ? fte != null : !FTE_EDEFAULT.equals(fte);
			case GovernancePackage.COOPERATION_OFFICER__IS_FUNDED_BY_BONUS:
				return isFundedByBonus != IS_FUNDED_BY_BONUS_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", fte: ");
		result.append(fte);
		result.append(", isFundedByBonus: ");
		result.append(isFundedByBonus);
		result.append(')');
		return result.toString();
	}

} //CooperationOfficerImpl
