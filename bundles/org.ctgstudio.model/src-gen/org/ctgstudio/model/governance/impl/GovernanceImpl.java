/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance.impl;

import java.util.Collection;

import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.CooperationOfficer;
import org.ctgstudio.model.governance.Governance;
import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Governance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.impl.GovernanceImpl#getCommittees <em>Committees</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.GovernanceImpl#getCooperationOfficers <em>Cooperation Officers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceImpl extends IdentifiedImpl implements Governance {
	/**
	 * The cached value of the '{@link #getCommittees() <em>Committees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommittees()
	 * @generated
	 * @ordered
	 */
	protected EList<Committee> committees;

	/**
	 * The cached value of the '{@link #getCooperationOfficers() <em>Cooperation Officers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCooperationOfficers()
	 * @generated
	 * @ordered
	 */
	protected EList<CooperationOfficer> cooperationOfficers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.GOVERNANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Committee> getCommittees() {
		if (committees == null) {
			committees = new EObjectContainmentEList<Committee>(Committee.class, this, GovernancePackage.GOVERNANCE__COMMITTEES);
		}
		return committees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CooperationOfficer> getCooperationOfficers() {
		if (cooperationOfficers == null) {
			cooperationOfficers = new EObjectContainmentEList<CooperationOfficer>(CooperationOfficer.class, this, GovernancePackage.GOVERNANCE__COOPERATION_OFFICERS);
		}
		return cooperationOfficers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.GOVERNANCE__COMMITTEES:
				return ((InternalEList<?>)getCommittees()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE__COOPERATION_OFFICERS:
				return ((InternalEList<?>)getCooperationOfficers()).basicRemove(otherEnd, msgs);
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
			case GovernancePackage.GOVERNANCE__COMMITTEES:
				return getCommittees();
			case GovernancePackage.GOVERNANCE__COOPERATION_OFFICERS:
				return getCooperationOfficers();
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
			case GovernancePackage.GOVERNANCE__COMMITTEES:
				getCommittees().clear();
				getCommittees().addAll((Collection<? extends Committee>)newValue);
				return;
			case GovernancePackage.GOVERNANCE__COOPERATION_OFFICERS:
				getCooperationOfficers().clear();
				getCooperationOfficers().addAll((Collection<? extends CooperationOfficer>)newValue);
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
			case GovernancePackage.GOVERNANCE__COMMITTEES:
				getCommittees().clear();
				return;
			case GovernancePackage.GOVERNANCE__COOPERATION_OFFICERS:
				getCooperationOfficers().clear();
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
			case GovernancePackage.GOVERNANCE__COMMITTEES:
				return committees != null && !committees.isEmpty();
			case GovernancePackage.GOVERNANCE__COOPERATION_OFFICERS:
				return cooperationOfficers != null && !cooperationOfficers.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GovernanceImpl
