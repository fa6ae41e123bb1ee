/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.impl;

import java.math.BigDecimal;

import org.ctgstudio.model.Organisation;

import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.FundingSource;
import org.ctgstudio.model.funding.PastSupport;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Past Support</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.impl.PastSupportImpl#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.PastSupportImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.PastSupportImpl#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.PastSupportImpl#getLastYear <em>Last Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.PastSupportImpl#getTotalAmount <em>Total Amount</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.PastSupportImpl#getMunicipalShare <em>Municipal Share</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.impl.PastSupportImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PastSupportImpl extends IdentifiedImpl implements PastSupport {
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
	 * The default value of the '{@link #getFirstYear() <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstYear() <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYear()
	 * @generated
	 * @ordered
	 */
	protected int firstYear = FIRST_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastYear() <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastYear()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastYear() <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastYear()
	 * @generated
	 * @ordered
	 */
	protected int lastYear = LAST_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalAmount() <em>Total Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TOTAL_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalAmount() <em>Total Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal totalAmount = TOTAL_AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMunicipalShare() <em>Municipal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MUNICIPAL_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMunicipalShare() <em>Municipal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal municipalShare = MUNICIPAL_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PastSupportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FundingPackage.Literals.PAST_SUPPORT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FundingPackage.PAST_SUPPORT__FUNDER, oldFunder, funder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.PAST_SUPPORT__FUNDER, oldFunder, funder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.PAST_SUPPORT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstYear() {
		return firstYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstYear(int newFirstYear) {
		int oldFirstYear = firstYear;
		firstYear = newFirstYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.PAST_SUPPORT__FIRST_YEAR, oldFirstYear, firstYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastYear() {
		return lastYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastYear(int newLastYear) {
		int oldLastYear = lastYear;
		lastYear = newLastYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.PAST_SUPPORT__LAST_YEAR, oldLastYear, lastYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTotalAmount() {
		return totalAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalAmount(BigDecimal newTotalAmount) {
		BigDecimal oldTotalAmount = totalAmount;
		totalAmount = newTotalAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.PAST_SUPPORT__TOTAL_AMOUNT, oldTotalAmount, totalAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMunicipalShare() {
		return municipalShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipalShare(BigDecimal newMunicipalShare) {
		BigDecimal oldMunicipalShare = municipalShare;
		municipalShare = newMunicipalShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.PAST_SUPPORT__MUNICIPAL_SHARE, oldMunicipalShare, municipalShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FundingPackage.PAST_SUPPORT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FundingPackage.PAST_SUPPORT__FUNDER:
				if (resolve) return getFunder();
				return basicGetFunder();
			case FundingPackage.PAST_SUPPORT__SOURCE:
				return getSource();
			case FundingPackage.PAST_SUPPORT__FIRST_YEAR:
				return getFirstYear();
			case FundingPackage.PAST_SUPPORT__LAST_YEAR:
				return getLastYear();
			case FundingPackage.PAST_SUPPORT__TOTAL_AMOUNT:
				return getTotalAmount();
			case FundingPackage.PAST_SUPPORT__MUNICIPAL_SHARE:
				return getMunicipalShare();
			case FundingPackage.PAST_SUPPORT__DESCRIPTION:
				return getDescription();
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
			case FundingPackage.PAST_SUPPORT__FUNDER:
				setFunder((Organisation)newValue);
				return;
			case FundingPackage.PAST_SUPPORT__SOURCE:
				setSource((FundingSource)newValue);
				return;
			case FundingPackage.PAST_SUPPORT__FIRST_YEAR:
				setFirstYear((Integer)newValue);
				return;
			case FundingPackage.PAST_SUPPORT__LAST_YEAR:
				setLastYear((Integer)newValue);
				return;
			case FundingPackage.PAST_SUPPORT__TOTAL_AMOUNT:
				setTotalAmount((BigDecimal)newValue);
				return;
			case FundingPackage.PAST_SUPPORT__MUNICIPAL_SHARE:
				setMunicipalShare((BigDecimal)newValue);
				return;
			case FundingPackage.PAST_SUPPORT__DESCRIPTION:
				setDescription((String)newValue);
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
			case FundingPackage.PAST_SUPPORT__FUNDER:
				setFunder((Organisation)null);
				return;
			case FundingPackage.PAST_SUPPORT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FundingPackage.PAST_SUPPORT__FIRST_YEAR:
				setFirstYear(FIRST_YEAR_EDEFAULT);
				return;
			case FundingPackage.PAST_SUPPORT__LAST_YEAR:
				setLastYear(LAST_YEAR_EDEFAULT);
				return;
			case FundingPackage.PAST_SUPPORT__TOTAL_AMOUNT:
				setTotalAmount(TOTAL_AMOUNT_EDEFAULT);
				return;
			case FundingPackage.PAST_SUPPORT__MUNICIPAL_SHARE:
				setMunicipalShare(MUNICIPAL_SHARE_EDEFAULT);
				return;
			case FundingPackage.PAST_SUPPORT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case FundingPackage.PAST_SUPPORT__FUNDER:
				return funder != null;
			case FundingPackage.PAST_SUPPORT__SOURCE:
				return source != SOURCE_EDEFAULT;
			case FundingPackage.PAST_SUPPORT__FIRST_YEAR:
				return firstYear != FIRST_YEAR_EDEFAULT;
			case FundingPackage.PAST_SUPPORT__LAST_YEAR:
				return lastYear != LAST_YEAR_EDEFAULT;
			case FundingPackage.PAST_SUPPORT__TOTAL_AMOUNT:
				return TOTAL_AMOUNT_EDEFAULT == null ? totalAmount != null : !TOTAL_AMOUNT_EDEFAULT.equals(totalAmount);
			case FundingPackage.PAST_SUPPORT__MUNICIPAL_SHARE:
				return MUNICIPAL_SHARE_EDEFAULT == null ? municipalShare != null : !MUNICIPAL_SHARE_EDEFAULT.equals(municipalShare);
			case FundingPackage.PAST_SUPPORT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(", firstYear: ");
		result.append(firstYear);
		result.append(", lastYear: ");
		result.append(lastYear);
		result.append(", totalAmount: ");
		result.append(totalAmount);
		result.append(", municipalShare: ");
		result.append(municipalShare);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //PastSupportImpl
