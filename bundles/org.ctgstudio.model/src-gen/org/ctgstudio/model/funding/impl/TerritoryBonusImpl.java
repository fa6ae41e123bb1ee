/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.impl;

import java.math.BigDecimal;

import org.ctgstudio.model.funding.BonusType;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.TerritoryBonus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Territory Bonus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl#getBonusType <em>Bonus Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl#getExistingPlaces <em>Existing Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl#getNewPlaces <em>New Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl#getAmountPerExistingPlace <em>Amount Per Existing Place</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl#getAmountPerNewPlace <em>Amount Per New Place</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.TerritoryBonusImpl#getReferenceCejAmount <em>Reference Cej Amount</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TerritoryBonusImpl extends FundingImpl implements TerritoryBonus {
	/**
	 * The default value of the '{@link #getBonusType() <em>Bonus Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBonusType()
	 * @generated
	 * @ordered
	 */
	protected static final BonusType BONUS_TYPE_EDEFAULT = BonusType.EAJE;

	/**
	 * The cached value of the '{@link #getBonusType() <em>Bonus Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBonusType()
	 * @generated
	 * @ordered
	 */
	protected BonusType bonusType = BONUS_TYPE_EDEFAULT;

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
	 * The default value of the '{@link #getAmountPerExistingPlace() <em>Amount Per Existing Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountPerExistingPlace()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_PER_EXISTING_PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmountPerExistingPlace() <em>Amount Per Existing Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountPerExistingPlace()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amountPerExistingPlace = AMOUNT_PER_EXISTING_PLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmountPerNewPlace() <em>Amount Per New Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountPerNewPlace()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_PER_NEW_PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmountPerNewPlace() <em>Amount Per New Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountPerNewPlace()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amountPerNewPlace = AMOUNT_PER_NEW_PLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal hours = HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceCejAmount() <em>Reference Cej Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceCejAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal REFERENCE_CEJ_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceCejAmount() <em>Reference Cej Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceCejAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal referenceCejAmount = REFERENCE_CEJ_AMOUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TerritoryBonusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FundingPackage.Literals.TERRITORY_BONUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BonusType getBonusType() {
		return bonusType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBonusType(BonusType newBonusType) {
		BonusType oldBonusType = bonusType;
		bonusType = newBonusType == null ? BONUS_TYPE_EDEFAULT : newBonusType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.TERRITORY_BONUS__BONUS_TYPE, oldBonusType, bonusType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.TERRITORY_BONUS__EXISTING_PLACES, oldExistingPlaces, existingPlaces));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.TERRITORY_BONUS__NEW_PLACES, oldNewPlaces, newPlaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmountPerExistingPlace() {
		return amountPerExistingPlace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmountPerExistingPlace(BigDecimal newAmountPerExistingPlace) {
		BigDecimal oldAmountPerExistingPlace = amountPerExistingPlace;
		amountPerExistingPlace = newAmountPerExistingPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE, oldAmountPerExistingPlace, amountPerExistingPlace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmountPerNewPlace() {
		return amountPerNewPlace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmountPerNewPlace(BigDecimal newAmountPerNewPlace) {
		BigDecimal oldAmountPerNewPlace = amountPerNewPlace;
		amountPerNewPlace = newAmountPerNewPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE, oldAmountPerNewPlace, amountPerNewPlace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getHours() {
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(BigDecimal newHours) {
		BigDecimal oldHours = hours;
		hours = newHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.TERRITORY_BONUS__HOURS, oldHours, hours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getReferenceCejAmount() {
		return referenceCejAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceCejAmount(BigDecimal newReferenceCejAmount) {
		BigDecimal oldReferenceCejAmount = referenceCejAmount;
		referenceCejAmount = newReferenceCejAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT, oldReferenceCejAmount, referenceCejAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FundingPackage.TERRITORY_BONUS__BONUS_TYPE:
				return getBonusType();
			case FundingPackage.TERRITORY_BONUS__EXISTING_PLACES:
				return getExistingPlaces();
			case FundingPackage.TERRITORY_BONUS__NEW_PLACES:
				return getNewPlaces();
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE:
				return getAmountPerExistingPlace();
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE:
				return getAmountPerNewPlace();
			case FundingPackage.TERRITORY_BONUS__HOURS:
				return getHours();
			case FundingPackage.TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT:
				return getReferenceCejAmount();
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
			case FundingPackage.TERRITORY_BONUS__BONUS_TYPE:
				setBonusType((BonusType)newValue);
				return;
			case FundingPackage.TERRITORY_BONUS__EXISTING_PLACES:
				setExistingPlaces((Integer)newValue);
				return;
			case FundingPackage.TERRITORY_BONUS__NEW_PLACES:
				setNewPlaces((Integer)newValue);
				return;
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE:
				setAmountPerExistingPlace((BigDecimal)newValue);
				return;
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE:
				setAmountPerNewPlace((BigDecimal)newValue);
				return;
			case FundingPackage.TERRITORY_BONUS__HOURS:
				setHours((BigDecimal)newValue);
				return;
			case FundingPackage.TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT:
				setReferenceCejAmount((BigDecimal)newValue);
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
			case FundingPackage.TERRITORY_BONUS__BONUS_TYPE:
				setBonusType(BONUS_TYPE_EDEFAULT);
				return;
			case FundingPackage.TERRITORY_BONUS__EXISTING_PLACES:
				setExistingPlaces(EXISTING_PLACES_EDEFAULT);
				return;
			case FundingPackage.TERRITORY_BONUS__NEW_PLACES:
				setNewPlaces(NEW_PLACES_EDEFAULT);
				return;
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE:
				setAmountPerExistingPlace(AMOUNT_PER_EXISTING_PLACE_EDEFAULT);
				return;
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE:
				setAmountPerNewPlace(AMOUNT_PER_NEW_PLACE_EDEFAULT);
				return;
			case FundingPackage.TERRITORY_BONUS__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case FundingPackage.TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT:
				setReferenceCejAmount(REFERENCE_CEJ_AMOUNT_EDEFAULT);
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
			case FundingPackage.TERRITORY_BONUS__BONUS_TYPE:
				return bonusType != BONUS_TYPE_EDEFAULT;
			case FundingPackage.TERRITORY_BONUS__EXISTING_PLACES:
				return existingPlaces != EXISTING_PLACES_EDEFAULT;
			case FundingPackage.TERRITORY_BONUS__NEW_PLACES:
				return newPlaces != NEW_PLACES_EDEFAULT;
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE:
				return AMOUNT_PER_EXISTING_PLACE_EDEFAULT == null ? amountPerExistingPlace != null : !AMOUNT_PER_EXISTING_PLACE_EDEFAULT.equals(amountPerExistingPlace);
			case FundingPackage.TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE:
				return AMOUNT_PER_NEW_PLACE_EDEFAULT == null ? amountPerNewPlace != null : !AMOUNT_PER_NEW_PLACE_EDEFAULT.equals(amountPerNewPlace);
			case FundingPackage.TERRITORY_BONUS__HOURS:
				return HOURS_EDEFAULT == null ? hours != null : !HOURS_EDEFAULT.equals(hours);
			case FundingPackage.TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT:
				return REFERENCE_CEJ_AMOUNT_EDEFAULT == null ? referenceCejAmount != null : !REFERENCE_CEJ_AMOUNT_EDEFAULT.equals(referenceCejAmount);
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
		result.append(" (bonusType: ");
		result.append(bonusType);
		result.append(", existingPlaces: ");
		result.append(existingPlaces);
		result.append(", newPlaces: ");
		result.append(newPlaces);
		result.append(", amountPerExistingPlace: ");
		result.append(amountPerExistingPlace);
		result.append(", amountPerNewPlace: ");
		result.append(amountPerNewPlace);
		result.append(", hours: ");
		result.append(hours);
		result.append(", referenceCejAmount: ");
		result.append(referenceCejAmount);
		result.append(')');
		return result.toString();
	}

} //TerritoryBonusImpl
