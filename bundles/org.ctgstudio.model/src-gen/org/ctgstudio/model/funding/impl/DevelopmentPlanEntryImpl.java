/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.impl;

import org.ctgstudio.model.Municipality;

import org.ctgstudio.model.funding.DevelopmentPlanEntry;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Development Plan Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.impl.DevelopmentPlanEntryImpl#getFacilityType <em>Facility Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.DevelopmentPlanEntryImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.DevelopmentPlanEntryImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.DevelopmentPlanEntryImpl#getPlannedNewPlaces <em>Planned New Places</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DevelopmentPlanEntryImpl extends IdentifiedImpl implements DevelopmentPlanEntry {
	/**
	 * The default value of the '{@link #getFacilityType() <em>Facility Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilityType()
	 * @generated
	 * @ordered
	 */
	protected static final FacilityType FACILITY_TYPE_EDEFAULT = FacilityType.EAJE;

	/**
	 * The cached value of the '{@link #getFacilityType() <em>Facility Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilityType()
	 * @generated
	 * @ordered
	 */
	protected FacilityType facilityType = FACILITY_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMunicipality() <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipality()
	 * @generated
	 * @ordered
	 */
	protected Municipality municipality;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedNewPlaces() <em>Planned New Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedNewPlaces()
	 * @generated
	 * @ordered
	 */
	protected static final int PLANNED_NEW_PLACES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlannedNewPlaces() <em>Planned New Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedNewPlaces()
	 * @generated
	 * @ordered
	 */
	protected int plannedNewPlaces = PLANNED_NEW_PLACES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DevelopmentPlanEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FundingPackage.Literals.DEVELOPMENT_PLAN_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FacilityType getFacilityType() {
		return facilityType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacilityType(FacilityType newFacilityType) {
		FacilityType oldFacilityType = facilityType;
		facilityType = newFacilityType == null ? FACILITY_TYPE_EDEFAULT : newFacilityType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.DEVELOPMENT_PLAN_ENTRY__FACILITY_TYPE, oldFacilityType, facilityType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Municipality getMunicipality() {
		if (municipality != null && municipality.eIsProxy()) {
			InternalEObject oldMunicipality = (InternalEObject)municipality;
			municipality = (Municipality)eResolveProxy(oldMunicipality);
			if (municipality != oldMunicipality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY, oldMunicipality, municipality));
			}
		}
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Municipality basicGetMunicipality() {
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipality(Municipality newMunicipality) {
		Municipality oldMunicipality = municipality;
		municipality = newMunicipality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY, oldMunicipality, municipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.DEVELOPMENT_PLAN_ENTRY__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlannedNewPlaces() {
		return plannedNewPlaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedNewPlaces(int newPlannedNewPlaces) {
		int oldPlannedNewPlaces = plannedNewPlaces;
		plannedNewPlaces = newPlannedNewPlaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.DEVELOPMENT_PLAN_ENTRY__PLANNED_NEW_PLACES, oldPlannedNewPlaces, plannedNewPlaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__FACILITY_TYPE:
				return getFacilityType();
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY:
				if (resolve) return getMunicipality();
				return basicGetMunicipality();
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__YEAR:
				return getYear();
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__PLANNED_NEW_PLACES:
				return getPlannedNewPlaces();
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
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__FACILITY_TYPE:
				setFacilityType((FacilityType)newValue);
				return;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY:
				setMunicipality((Municipality)newValue);
				return;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__YEAR:
				setYear((Integer)newValue);
				return;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__PLANNED_NEW_PLACES:
				setPlannedNewPlaces((Integer)newValue);
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
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__FACILITY_TYPE:
				setFacilityType(FACILITY_TYPE_EDEFAULT);
				return;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY:
				setMunicipality((Municipality)null);
				return;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__PLANNED_NEW_PLACES:
				setPlannedNewPlaces(PLANNED_NEW_PLACES_EDEFAULT);
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
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__FACILITY_TYPE:
				return facilityType != FACILITY_TYPE_EDEFAULT;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__MUNICIPALITY:
				return municipality != null;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__YEAR:
				return year != YEAR_EDEFAULT;
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY__PLANNED_NEW_PLACES:
				return plannedNewPlaces != PLANNED_NEW_PLACES_EDEFAULT;
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
		result.append(" (facilityType: ");
		result.append(facilityType);
		result.append(", year: ");
		result.append(year);
		result.append(", plannedNewPlaces: ");
		result.append(plannedNewPlaces);
		result.append(')');
		return result.toString();
	}

} //DevelopmentPlanEntryImpl
