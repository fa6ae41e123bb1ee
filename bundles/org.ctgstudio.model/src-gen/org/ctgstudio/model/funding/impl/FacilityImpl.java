/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.impl;

import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;

import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Facility</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#isOperatorToBeDesignated <em>Operator To Be Designated</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#getCapacityPlaces <em>Capacity Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#getExistingPlaces <em>Existing Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#getNewPlaces <em>New Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#getAnnualHours <em>Annual Hours</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#isIsPsuFunded <em>Is Psu Funded</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FacilityImpl#isIsInQpv <em>Is In Qpv</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FacilityImpl extends IdentifiedImpl implements Facility {
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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final FacilityType TYPE_EDEFAULT = FacilityType.EAJE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected FacilityType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected Organisation operator;

	/**
	 * The default value of the '{@link #isOperatorToBeDesignated() <em>Operator To Be Designated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOperatorToBeDesignated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OPERATOR_TO_BE_DESIGNATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOperatorToBeDesignated() <em>Operator To Be Designated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOperatorToBeDesignated()
	 * @generated
	 * @ordered
	 */
	protected boolean operatorToBeDesignated = OPERATOR_TO_BE_DESIGNATED_EDEFAULT;

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
	 * The default value of the '{@link #getCapacityPlaces() <em>Capacity Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityPlaces()
	 * @generated
	 * @ordered
	 */
	protected static final int CAPACITY_PLACES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCapacityPlaces() <em>Capacity Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityPlaces()
	 * @generated
	 * @ordered
	 */
	protected int capacityPlaces = CAPACITY_PLACES_EDEFAULT;

	/**
	 * The default value of the '{@link #getExistingPlaces() <em>Existing Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExistingPlaces()
	 * @generated
	 * @ordered
	 */
	protected static final int EXISTING_PLACES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExistingPlaces() <em>Existing Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExistingPlaces()
	 * @generated
	 * @ordered
	 */
	protected int existingPlaces = EXISTING_PLACES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewPlaces() <em>New Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewPlaces()
	 * @generated
	 * @ordered
	 */
	protected static final int NEW_PLACES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNewPlaces() <em>New Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewPlaces()
	 * @generated
	 * @ordered
	 */
	protected int newPlaces = NEW_PLACES_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualHours() <em>Annual Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualHours()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNUAL_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnnualHours() <em>Annual Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualHours()
	 * @generated
	 * @ordered
	 */
	protected int annualHours = ANNUAL_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsPsuFunded() <em>Is Psu Funded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsPsuFunded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_PSU_FUNDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsPsuFunded() <em>Is Psu Funded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsPsuFunded()
	 * @generated
	 * @ordered
	 */
	protected boolean isPsuFunded = IS_PSU_FUNDED_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsInQpv() <em>Is In Qpv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsInQpv()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_IN_QPV_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsInQpv() <em>Is In Qpv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsInQpv()
	 * @generated
	 * @ordered
	 */
	protected boolean isInQpv = IS_IN_QPV_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FacilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FundingPackage.Literals.FACILITY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FacilityType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(FacilityType newType) {
		FacilityType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOperator() {
		if (operator != null && operator.eIsProxy()) {
			InternalEObject oldOperator = (InternalEObject)operator;
			operator = (Organisation)eResolveProxy(oldOperator);
			if (operator != oldOperator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.FACILITY__OPERATOR, oldOperator, operator));
			}
		}
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(Organisation newOperator) {
		Organisation oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOperatorToBeDesignated() {
		return operatorToBeDesignated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatorToBeDesignated(boolean newOperatorToBeDesignated) {
		boolean oldOperatorToBeDesignated = operatorToBeDesignated;
		operatorToBeDesignated = newOperatorToBeDesignated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__OPERATOR_TO_BE_DESIGNATED, oldOperatorToBeDesignated, operatorToBeDesignated));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.FACILITY__MUNICIPALITY, oldMunicipality, municipality));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__MUNICIPALITY, oldMunicipality, municipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCapacityPlaces() {
		return capacityPlaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityPlaces(int newCapacityPlaces) {
		int oldCapacityPlaces = capacityPlaces;
		capacityPlaces = newCapacityPlaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__CAPACITY_PLACES, oldCapacityPlaces, capacityPlaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExistingPlaces() {
		return existingPlaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExistingPlaces(int newExistingPlaces) {
		int oldExistingPlaces = existingPlaces;
		existingPlaces = newExistingPlaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__EXISTING_PLACES, oldExistingPlaces, existingPlaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNewPlaces() {
		return newPlaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewPlaces(int newNewPlaces) {
		int oldNewPlaces = newPlaces;
		newPlaces = newNewPlaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__NEW_PLACES, oldNewPlaces, newPlaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnnualHours() {
		return annualHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualHours(int newAnnualHours) {
		int oldAnnualHours = annualHours;
		annualHours = newAnnualHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__ANNUAL_HOURS, oldAnnualHours, annualHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsPsuFunded() {
		return isPsuFunded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsPsuFunded(boolean newIsPsuFunded) {
		boolean oldIsPsuFunded = isPsuFunded;
		isPsuFunded = newIsPsuFunded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__IS_PSU_FUNDED, oldIsPsuFunded, isPsuFunded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsInQpv() {
		return isInQpv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsInQpv(boolean newIsInQpv) {
		boolean oldIsInQpv = isInQpv;
		isInQpv = newIsInQpv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FACILITY__IS_IN_QPV, oldIsInQpv, isInQpv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FundingPackage.FACILITY__NAME:
				return getName();
			case FundingPackage.FACILITY__TYPE:
				return getType();
			case FundingPackage.FACILITY__OPERATOR:
				if (resolve) return getOperator();
				return basicGetOperator();
			case FundingPackage.FACILITY__OPERATOR_TO_BE_DESIGNATED:
				return isOperatorToBeDesignated();
			case FundingPackage.FACILITY__MUNICIPALITY:
				if (resolve) return getMunicipality();
				return basicGetMunicipality();
			case FundingPackage.FACILITY__CAPACITY_PLACES:
				return getCapacityPlaces();
			case FundingPackage.FACILITY__EXISTING_PLACES:
				return getExistingPlaces();
			case FundingPackage.FACILITY__NEW_PLACES:
				return getNewPlaces();
			case FundingPackage.FACILITY__ANNUAL_HOURS:
				return getAnnualHours();
			case FundingPackage.FACILITY__IS_PSU_FUNDED:
				return isIsPsuFunded();
			case FundingPackage.FACILITY__IS_IN_QPV:
				return isIsInQpv();
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
			case FundingPackage.FACILITY__NAME:
				setName((String)newValue);
				return;
			case FundingPackage.FACILITY__TYPE:
				setType((FacilityType)newValue);
				return;
			case FundingPackage.FACILITY__OPERATOR:
				setOperator((Organisation)newValue);
				return;
			case FundingPackage.FACILITY__OPERATOR_TO_BE_DESIGNATED:
				setOperatorToBeDesignated((Boolean)newValue);
				return;
			case FundingPackage.FACILITY__MUNICIPALITY:
				setMunicipality((Municipality)newValue);
				return;
			case FundingPackage.FACILITY__CAPACITY_PLACES:
				setCapacityPlaces((Integer)newValue);
				return;
			case FundingPackage.FACILITY__EXISTING_PLACES:
				setExistingPlaces((Integer)newValue);
				return;
			case FundingPackage.FACILITY__NEW_PLACES:
				setNewPlaces((Integer)newValue);
				return;
			case FundingPackage.FACILITY__ANNUAL_HOURS:
				setAnnualHours((Integer)newValue);
				return;
			case FundingPackage.FACILITY__IS_PSU_FUNDED:
				setIsPsuFunded((Boolean)newValue);
				return;
			case FundingPackage.FACILITY__IS_IN_QPV:
				setIsInQpv((Boolean)newValue);
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
			case FundingPackage.FACILITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FundingPackage.FACILITY__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case FundingPackage.FACILITY__OPERATOR:
				setOperator((Organisation)null);
				return;
			case FundingPackage.FACILITY__OPERATOR_TO_BE_DESIGNATED:
				setOperatorToBeDesignated(OPERATOR_TO_BE_DESIGNATED_EDEFAULT);
				return;
			case FundingPackage.FACILITY__MUNICIPALITY:
				setMunicipality((Municipality)null);
				return;
			case FundingPackage.FACILITY__CAPACITY_PLACES:
				setCapacityPlaces(CAPACITY_PLACES_EDEFAULT);
				return;
			case FundingPackage.FACILITY__EXISTING_PLACES:
				setExistingPlaces(EXISTING_PLACES_EDEFAULT);
				return;
			case FundingPackage.FACILITY__NEW_PLACES:
				setNewPlaces(NEW_PLACES_EDEFAULT);
				return;
			case FundingPackage.FACILITY__ANNUAL_HOURS:
				setAnnualHours(ANNUAL_HOURS_EDEFAULT);
				return;
			case FundingPackage.FACILITY__IS_PSU_FUNDED:
				setIsPsuFunded(IS_PSU_FUNDED_EDEFAULT);
				return;
			case FundingPackage.FACILITY__IS_IN_QPV:
				setIsInQpv(IS_IN_QPV_EDEFAULT);
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
			case FundingPackage.FACILITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FundingPackage.FACILITY__TYPE:
				return type != TYPE_EDEFAULT;
			case FundingPackage.FACILITY__OPERATOR:
				return operator != null;
			case FundingPackage.FACILITY__OPERATOR_TO_BE_DESIGNATED:
				return operatorToBeDesignated != OPERATOR_TO_BE_DESIGNATED_EDEFAULT;
			case FundingPackage.FACILITY__MUNICIPALITY:
				return municipality != null;
			case FundingPackage.FACILITY__CAPACITY_PLACES:
				return capacityPlaces != CAPACITY_PLACES_EDEFAULT;
			case FundingPackage.FACILITY__EXISTING_PLACES:
				return existingPlaces != EXISTING_PLACES_EDEFAULT;
			case FundingPackage.FACILITY__NEW_PLACES:
				return newPlaces != NEW_PLACES_EDEFAULT;
			case FundingPackage.FACILITY__ANNUAL_HOURS:
				return annualHours != ANNUAL_HOURS_EDEFAULT;
			case FundingPackage.FACILITY__IS_PSU_FUNDED:
				return isPsuFunded != IS_PSU_FUNDED_EDEFAULT;
			case FundingPackage.FACILITY__IS_IN_QPV:
				return isInQpv != IS_IN_QPV_EDEFAULT;
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
		result.append(", type: ");
		result.append(type);
		result.append(", operatorToBeDesignated: ");
		result.append(operatorToBeDesignated);
		result.append(", capacityPlaces: ");
		result.append(capacityPlaces);
		result.append(", existingPlaces: ");
		result.append(existingPlaces);
		result.append(", newPlaces: ");
		result.append(newPlaces);
		result.append(", annualHours: ");
		result.append(annualHours);
		result.append(", isPsuFunded: ");
		result.append(isPsuFunded);
		result.append(", isInQpv: ");
		result.append(isInQpv);
		result.append(')');
		return result.toString();
	}

} //FacilityImpl
