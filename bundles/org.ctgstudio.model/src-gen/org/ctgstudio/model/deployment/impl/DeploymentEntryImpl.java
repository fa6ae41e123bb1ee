/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment.impl;

import java.util.Collection;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Territory;

import org.ctgstudio.model.deployment.CoveragePeriod;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.deployment.DeploymentStatus;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.impl.DeploymentEntryImpl#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.DeploymentEntryImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.DeploymentEntryImpl#getPlannedSignatureYear <em>Planned Signature Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.DeploymentEntryImpl#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.impl.DeploymentEntryImpl#getPeriods <em>Periods</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeploymentEntryImpl extends IdentifiedImpl implements DeploymentEntry {
	/**
	 * The cached value of the '{@link #getTerritory() <em>Territory</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritory()
	 * @generated
	 * @ordered
	 */
	protected Territory territory;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DeploymentStatus STATUS_EDEFAULT = DeploymentStatus.NOT_ENGAGED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DeploymentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedSignatureYear() <em>Planned Signature Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedSignatureYear()
	 * @generated
	 * @ordered
	 */
	protected static final int PLANNED_SIGNATURE_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlannedSignatureYear() <em>Planned Signature Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedSignatureYear()
	 * @generated
	 * @ordered
	 */
	protected int plannedSignatureYear = PLANNED_SIGNATURE_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<GlobalTerritorialAgreement> agreements;

	/**
	 * The cached value of the '{@link #getPeriods() <em>Periods</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriods()
	 * @generated
	 * @ordered
	 */
	protected EList<CoveragePeriod> periods;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeploymentEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.DEPLOYMENT_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Territory getTerritory() {
		if (territory != null && territory.eIsProxy()) {
			InternalEObject oldTerritory = (InternalEObject)territory;
			territory = (Territory)eResolveProxy(oldTerritory);
			if (territory != oldTerritory) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DeploymentPackage.DEPLOYMENT_ENTRY__TERRITORY, oldTerritory, territory));
			}
		}
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Territory basicGetTerritory() {
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerritory(Territory newTerritory) {
		Territory oldTerritory = territory;
		territory = newTerritory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT_ENTRY__TERRITORY, oldTerritory, territory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DeploymentStatus newStatus) {
		DeploymentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT_ENTRY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlannedSignatureYear() {
		return plannedSignatureYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedSignatureYear(int newPlannedSignatureYear) {
		int oldPlannedSignatureYear = plannedSignatureYear;
		plannedSignatureYear = newPlannedSignatureYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT_ENTRY__PLANNED_SIGNATURE_YEAR, oldPlannedSignatureYear, plannedSignatureYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GlobalTerritorialAgreement> getAgreements() {
		if (agreements == null) {
			agreements = new EObjectResolvingEList<GlobalTerritorialAgreement>(GlobalTerritorialAgreement.class, this, DeploymentPackage.DEPLOYMENT_ENTRY__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CoveragePeriod> getPeriods() {
		if (periods == null) {
			periods = new EObjectContainmentEList<CoveragePeriod>(CoveragePeriod.class, this, DeploymentPackage.DEPLOYMENT_ENTRY__PERIODS);
		}
		return periods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.DEPLOYMENT_ENTRY__PERIODS:
				return ((InternalEList<?>)getPeriods()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.DEPLOYMENT_ENTRY__TERRITORY:
				if (resolve) return getTerritory();
				return basicGetTerritory();
			case DeploymentPackage.DEPLOYMENT_ENTRY__STATUS:
				return getStatus();
			case DeploymentPackage.DEPLOYMENT_ENTRY__PLANNED_SIGNATURE_YEAR:
				return getPlannedSignatureYear();
			case DeploymentPackage.DEPLOYMENT_ENTRY__AGREEMENTS:
				return getAgreements();
			case DeploymentPackage.DEPLOYMENT_ENTRY__PERIODS:
				return getPeriods();
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
			case DeploymentPackage.DEPLOYMENT_ENTRY__TERRITORY:
				setTerritory((Territory)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT_ENTRY__STATUS:
				setStatus((DeploymentStatus)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT_ENTRY__PLANNED_SIGNATURE_YEAR:
				setPlannedSignatureYear((Integer)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT_ENTRY__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends GlobalTerritorialAgreement>)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT_ENTRY__PERIODS:
				getPeriods().clear();
				getPeriods().addAll((Collection<? extends CoveragePeriod>)newValue);
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
			case DeploymentPackage.DEPLOYMENT_ENTRY__TERRITORY:
				setTerritory((Territory)null);
				return;
			case DeploymentPackage.DEPLOYMENT_ENTRY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case DeploymentPackage.DEPLOYMENT_ENTRY__PLANNED_SIGNATURE_YEAR:
				setPlannedSignatureYear(PLANNED_SIGNATURE_YEAR_EDEFAULT);
				return;
			case DeploymentPackage.DEPLOYMENT_ENTRY__AGREEMENTS:
				getAgreements().clear();
				return;
			case DeploymentPackage.DEPLOYMENT_ENTRY__PERIODS:
				getPeriods().clear();
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
			case DeploymentPackage.DEPLOYMENT_ENTRY__TERRITORY:
				return territory != null;
			case DeploymentPackage.DEPLOYMENT_ENTRY__STATUS:
				return status != STATUS_EDEFAULT;
			case DeploymentPackage.DEPLOYMENT_ENTRY__PLANNED_SIGNATURE_YEAR:
				return plannedSignatureYear != PLANNED_SIGNATURE_YEAR_EDEFAULT;
			case DeploymentPackage.DEPLOYMENT_ENTRY__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
			case DeploymentPackage.DEPLOYMENT_ENTRY__PERIODS:
				return periods != null && !periods.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(", plannedSignatureYear: ");
		result.append(plannedSignatureYear);
		result.append(')');
		return result.toString();
	}

} //DeploymentEntryImpl
