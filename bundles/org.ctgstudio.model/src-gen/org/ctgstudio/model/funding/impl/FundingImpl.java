/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.impl;

import java.math.BigDecimal;

import org.ctgstudio.model.Organisation;

import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.FundingBasis;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.FundingSource;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.PlanPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Funding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getBeneficiary <em>Beneficiary</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getFacility <em>Facility</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getBasis <em>Basis</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getUnitAmount <em>Unit Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.FundingImpl#getQuantity <em>Quantity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FundingImpl extends IdentifiedImpl implements Funding {
	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final FundingSource SOURCE_EDEFAULT = FundingSource.TERRITORY_BONUS;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected FundingSource source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFunder() <em>Funder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunder()
	 * @generated
	 * @ordered
	 */
	protected Organisation funder;

	/**
	 * The cached value of the '{@link #getBeneficiary() <em>Beneficiary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiary()
	 * @generated
	 * @ordered
	 */
	protected Organisation beneficiary;

	/**
	 * The cached value of the '{@link #getFacility() <em>Facility</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacility()
	 * @generated
	 * @ordered
	 */
	protected Facility facility;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected Action action;

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
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected static final FundingBasis BASIS_EDEFAULT = FundingBasis.PER_PLACE;

	/**
	 * The cached value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected FundingBasis basis = BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitAmount() <em>Unit Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal UNIT_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitAmount() <em>Unit Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal unitAmount = UNIT_AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal QUANTITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal quantity = QUANTITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FundingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FundingPackage.Literals.FUNDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(FundingSource newSource) {
		FundingSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getFunder() {
		if (funder != null && funder.eIsProxy()) {
			InternalEObject oldFunder = (InternalEObject)funder;
			funder = (Organisation)eResolveProxy(oldFunder);
			if (funder != oldFunder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.FUNDING__FUNDER, oldFunder, funder));
			}
		}
		return funder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetFunder() {
		return funder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunder(Organisation newFunder) {
		Organisation oldFunder = funder;
		funder = newFunder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__FUNDER, oldFunder, funder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getBeneficiary() {
		if (beneficiary != null && beneficiary.eIsProxy()) {
			InternalEObject oldBeneficiary = (InternalEObject)beneficiary;
			beneficiary = (Organisation)eResolveProxy(oldBeneficiary);
			if (beneficiary != oldBeneficiary) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.FUNDING__BENEFICIARY, oldBeneficiary, beneficiary));
			}
		}
		return beneficiary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetBeneficiary() {
		return beneficiary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficiary(Organisation newBeneficiary) {
		Organisation oldBeneficiary = beneficiary;
		beneficiary = newBeneficiary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__BENEFICIARY, oldBeneficiary, beneficiary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Facility getFacility() {
		if (facility != null && facility.eIsProxy()) {
			InternalEObject oldFacility = (InternalEObject)facility;
			facility = (Facility)eResolveProxy(oldFacility);
			if (facility != oldFacility) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.FUNDING__FACILITY, oldFacility, facility));
			}
		}
		return facility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Facility basicGetFacility() {
		return facility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacility(Facility newFacility) {
		Facility oldFacility = facility;
		facility = newFacility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__FACILITY, oldFacility, facility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action getAction() {
		if (action != null && action.eIsProxy()) {
			InternalEObject oldAction = (InternalEObject)action;
			action = (Action)eResolveProxy(oldAction);
			if (action != oldAction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.FUNDING__ACTION, oldAction, action));
			}
		}
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Action basicGetAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAction(Action newAction, NotificationChain msgs) {
		Action oldAction = action;
		action = newAction;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__ACTION, oldAction, newAction);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(Action newAction) {
		if (newAction != action) {
			NotificationChain msgs = null;
			if (action != null)
				msgs = ((InternalEObject)action).eInverseRemove(this, PlanPackage.ACTION__FUNDINGS, Action.class, msgs);
			if (newAction != null)
				msgs = ((InternalEObject)newAction).eInverseAdd(this, PlanPackage.ACTION__FUNDINGS, Action.class, msgs);
			msgs = basicSetAction(newAction, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__ACTION, newAction, newAction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingBasis getBasis() {
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasis(FundingBasis newBasis) {
		FundingBasis oldBasis = basis;
		basis = newBasis == null ? BASIS_EDEFAULT : newBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__BASIS, oldBasis, basis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getUnitAmount() {
		return unitAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitAmount(BigDecimal newUnitAmount) {
		BigDecimal oldUnitAmount = unitAmount;
		unitAmount = newUnitAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__UNIT_AMOUNT, oldUnitAmount, unitAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(BigDecimal newQuantity) {
		BigDecimal oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.FUNDING__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FundingPackage.FUNDING__ACTION:
				if (action != null)
					msgs = ((InternalEObject)action).eInverseRemove(this, PlanPackage.ACTION__FUNDINGS, Action.class, msgs);
				return basicSetAction((Action)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FundingPackage.FUNDING__ACTION:
				return basicSetAction(null, msgs);
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
			case FundingPackage.FUNDING__SOURCE:
				return getSource();
			case FundingPackage.FUNDING__FUNDER:
				if (resolve) return getFunder();
				return basicGetFunder();
			case FundingPackage.FUNDING__BENEFICIARY:
				if (resolve) return getBeneficiary();
				return basicGetBeneficiary();
			case FundingPackage.FUNDING__FACILITY:
				if (resolve) return getFacility();
				return basicGetFacility();
			case FundingPackage.FUNDING__ACTION:
				if (resolve) return getAction();
				return basicGetAction();
			case FundingPackage.FUNDING__YEAR:
				return getYear();
			case FundingPackage.FUNDING__AMOUNT:
				return getAmount();
			case FundingPackage.FUNDING__BASIS:
				return getBasis();
			case FundingPackage.FUNDING__UNIT_AMOUNT:
				return getUnitAmount();
			case FundingPackage.FUNDING__QUANTITY:
				return getQuantity();
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
			case FundingPackage.FUNDING__SOURCE:
				setSource((FundingSource)newValue);
				return;
			case FundingPackage.FUNDING__FUNDER:
				setFunder((Organisation)newValue);
				return;
			case FundingPackage.FUNDING__BENEFICIARY:
				setBeneficiary((Organisation)newValue);
				return;
			case FundingPackage.FUNDING__FACILITY:
				setFacility((Facility)newValue);
				return;
			case FundingPackage.FUNDING__ACTION:
				setAction((Action)newValue);
				return;
			case FundingPackage.FUNDING__YEAR:
				setYear((Integer)newValue);
				return;
			case FundingPackage.FUNDING__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case FundingPackage.FUNDING__BASIS:
				setBasis((FundingBasis)newValue);
				return;
			case FundingPackage.FUNDING__UNIT_AMOUNT:
				setUnitAmount((BigDecimal)newValue);
				return;
			case FundingPackage.FUNDING__QUANTITY:
				setQuantity((BigDecimal)newValue);
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
			case FundingPackage.FUNDING__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FundingPackage.FUNDING__FUNDER:
				setFunder((Organisation)null);
				return;
			case FundingPackage.FUNDING__BENEFICIARY:
				setBeneficiary((Organisation)null);
				return;
			case FundingPackage.FUNDING__FACILITY:
				setFacility((Facility)null);
				return;
			case FundingPackage.FUNDING__ACTION:
				setAction((Action)null);
				return;
			case FundingPackage.FUNDING__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case FundingPackage.FUNDING__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case FundingPackage.FUNDING__BASIS:
				setBasis(BASIS_EDEFAULT);
				return;
			case FundingPackage.FUNDING__UNIT_AMOUNT:
				setUnitAmount(UNIT_AMOUNT_EDEFAULT);
				return;
			case FundingPackage.FUNDING__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
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
			case FundingPackage.FUNDING__SOURCE:
				return source != SOURCE_EDEFAULT;
			case FundingPackage.FUNDING__FUNDER:
				return funder != null;
			case FundingPackage.FUNDING__BENEFICIARY:
				return beneficiary != null;
			case FundingPackage.FUNDING__FACILITY:
				return facility != null;
			case FundingPackage.FUNDING__ACTION:
				return action != null;
			case FundingPackage.FUNDING__YEAR:
				return year != YEAR_EDEFAULT;
			case FundingPackage.FUNDING__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case FundingPackage.FUNDING__BASIS:
				return basis != BASIS_EDEFAULT;
			case FundingPackage.FUNDING__UNIT_AMOUNT:
				return UNIT_AMOUNT_EDEFAULT == null ? unitAmount != null : !UNIT_AMOUNT_EDEFAULT.equals(unitAmount);
			case FundingPackage.FUNDING__QUANTITY:
				return QUANTITY_EDEFAULT == null ? quantity != null : !QUANTITY_EDEFAULT.equals(quantity);
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
		result.append(" (source: ");
		result.append(source);
		result.append(", year: ");
		result.append(year);
		result.append(", amount: ");
		result.append(amount);
		result.append(", basis: ");
		result.append(basis);
		result.append(", unitAmount: ");
		result.append(unitAmount);
		result.append(", quantity: ");
		result.append(quantity);
		result.append(')');
		return result.toString();
	}

} //FundingImpl
