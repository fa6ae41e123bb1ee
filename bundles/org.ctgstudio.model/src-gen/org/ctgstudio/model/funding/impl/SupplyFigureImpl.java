/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.impl;

import org.ctgstudio.model.Municipality;

import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.SupplyFigure;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supply Figure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.impl.SupplyFigureImpl#getFacilityType <em>Facility Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.SupplyFigureImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.SupplyFigureImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.SupplyFigureImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.SupplyFigureImpl#getPlaces <em>Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.SupplyFigureImpl#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupplyFigureImpl extends IdentifiedImpl implements SupplyFigure {
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
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected Integer count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlaces() <em>Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaces()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PLACES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlaces() <em>Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaces()
	 * @generated
	 * @ordered
	 */
	protected Integer places = PLACES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected String dataSource = DATA_SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupplyFigureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FundingPackage.Literals.SUPPLY_FIGURE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.SUPPLY_FIGURE__FACILITY_TYPE, oldFacilityType, facilityType));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.SUPPLY_FIGURE__MUNICIPALITY, oldMunicipality, municipality));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.SUPPLY_FIGURE__MUNICIPALITY, oldMunicipality, municipality));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.SUPPLY_FIGURE__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(Integer newCount) {
		Integer oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.SUPPLY_FIGURE__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPlaces() {
		return places;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaces(Integer newPlaces) {
		Integer oldPlaces = places;
		places = newPlaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.SUPPLY_FIGURE__PLACES, oldPlaces, places));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(String newDataSource) {
		String oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.SUPPLY_FIGURE__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FundingPackage.SUPPLY_FIGURE__FACILITY_TYPE:
				return getFacilityType();
			case FundingPackage.SUPPLY_FIGURE__MUNICIPALITY:
				if (resolve) return getMunicipality();
				return basicGetMunicipality();
			case FundingPackage.SUPPLY_FIGURE__YEAR:
				return getYear();
			case FundingPackage.SUPPLY_FIGURE__COUNT:
				return getCount();
			case FundingPackage.SUPPLY_FIGURE__PLACES:
				return getPlaces();
			case FundingPackage.SUPPLY_FIGURE__DATA_SOURCE:
				return getDataSource();
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
			case FundingPackage.SUPPLY_FIGURE__FACILITY_TYPE:
				setFacilityType((FacilityType)newValue);
				return;
			case FundingPackage.SUPPLY_FIGURE__MUNICIPALITY:
				setMunicipality((Municipality)newValue);
				return;
			case FundingPackage.SUPPLY_FIGURE__YEAR:
				setYear((Integer)newValue);
				return;
			case FundingPackage.SUPPLY_FIGURE__COUNT:
				setCount((Integer)newValue);
				return;
			case FundingPackage.SUPPLY_FIGURE__PLACES:
				setPlaces((Integer)newValue);
				return;
			case FundingPackage.SUPPLY_FIGURE__DATA_SOURCE:
				setDataSource((String)newValue);
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
			case FundingPackage.SUPPLY_FIGURE__FACILITY_TYPE:
				setFacilityType(FACILITY_TYPE_EDEFAULT);
				return;
			case FundingPackage.SUPPLY_FIGURE__MUNICIPALITY:
				setMunicipality((Municipality)null);
				return;
			case FundingPackage.SUPPLY_FIGURE__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case FundingPackage.SUPPLY_FIGURE__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case FundingPackage.SUPPLY_FIGURE__PLACES:
				setPlaces(PLACES_EDEFAULT);
				return;
			case FundingPackage.SUPPLY_FIGURE__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
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
			case FundingPackage.SUPPLY_FIGURE__FACILITY_TYPE:
				return facilityType != FACILITY_TYPE_EDEFAULT;
			case FundingPackage.SUPPLY_FIGURE__MUNICIPALITY:
				return municipality != null;
			case FundingPackage.SUPPLY_FIGURE__YEAR:
				return year != YEAR_EDEFAULT;
			case FundingPackage.SUPPLY_FIGURE__COUNT:
				return COUNT_EDEFAULT == null ? count != null : !COUNT_EDEFAULT.equals(count);
			case FundingPackage.SUPPLY_FIGURE__PLACES:
				return PLACES_EDEFAULT == null ? places != null : !PLACES_EDEFAULT.equals(places);
			case FundingPackage.SUPPLY_FIGURE__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
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
		result.append(", count: ");
		result.append(count);
		result.append(", places: ");
		result.append(places);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(')');
		return result.toString();
	}

} //SupplyFigureImpl
