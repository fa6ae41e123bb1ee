/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.ctgstudio.model.ChildhoodYouthContract;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.Organisation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Childhood Youth Contract</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl#getReplacementDate <em>Replacement Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl#getAnnualCafAmount <em>Annual Caf Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.ChildhoodYouthContractImpl#getSignatories <em>Signatories</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChildhoodYouthContractImpl extends IdentifiedImpl implements ChildhoodYouthContract {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplacementDate() <em>Replacement Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacementDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REPLACEMENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplacementDate() <em>Replacement Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacementDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate replacementDate = REPLACEMENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualCafAmount() <em>Annual Caf Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualCafAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ANNUAL_CAF_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnualCafAmount() <em>Annual Caf Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualCafAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal annualCafAmount = ANNUAL_CAF_AMOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignatories() <em>Signatories</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatories()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> signatories;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChildhoodYouthContractImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.CHILDHOOD_YOUTH_CONTRACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.CHILDHOOD_YOUTH_CONTRACT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.CHILDHOOD_YOUTH_CONTRACT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.CHILDHOOD_YOUTH_CONTRACT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.CHILDHOOD_YOUTH_CONTRACT__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReplacementDate() {
		return replacementDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacementDate(LocalDate newReplacementDate) {
		LocalDate oldReplacementDate = replacementDate;
		replacementDate = newReplacementDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE, oldReplacementDate, replacementDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAnnualCafAmount() {
		return annualCafAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualCafAmount(BigDecimal newAnnualCafAmount) {
		BigDecimal oldAnnualCafAmount = annualCafAmount;
		annualCafAmount = newAnnualCafAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT, oldAnnualCafAmount, annualCafAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getSignatories() {
		if (signatories == null) {
			signatories = new EObjectResolvingEList<Organisation>(Organisation.class, this, CtgPackage.CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES);
		}
		return signatories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__CODE:
				return getCode();
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__TITLE:
				return getTitle();
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__START_DATE:
				return getStartDate();
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__END_DATE:
				return getEndDate();
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE:
				return getReplacementDate();
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT:
				return getAnnualCafAmount();
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES:
				return getSignatories();
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
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__CODE:
				setCode((String)newValue);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__TITLE:
				setTitle((String)newValue);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE:
				setReplacementDate((LocalDate)newValue);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT:
				setAnnualCafAmount((BigDecimal)newValue);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES:
				getSignatories().clear();
				getSignatories().addAll((Collection<? extends Organisation>)newValue);
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
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE:
				setReplacementDate(REPLACEMENT_DATE_EDEFAULT);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT:
				setAnnualCafAmount(ANNUAL_CAF_AMOUNT_EDEFAULT);
				return;
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES:
				getSignatories().clear();
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
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__REPLACEMENT_DATE:
				return REPLACEMENT_DATE_EDEFAULT == null ? replacementDate != null : !REPLACEMENT_DATE_EDEFAULT.equals(replacementDate);
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__ANNUAL_CAF_AMOUNT:
				return ANNUAL_CAF_AMOUNT_EDEFAULT == null ? annualCafAmount != null : !ANNUAL_CAF_AMOUNT_EDEFAULT.equals(annualCafAmount);
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT__SIGNATORIES:
				return signatories != null && !signatories.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", replacementDate: ");
		result.append(replacementDate);
		result.append(", annualCafAmount: ");
		result.append(annualCafAmount);
		result.append(')');
		return result.toString();
	}

} //ChildhoodYouthContractImpl
