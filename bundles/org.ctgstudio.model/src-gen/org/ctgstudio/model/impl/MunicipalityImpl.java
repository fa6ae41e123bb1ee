/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.util.Collection;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.DelegatedMunicipality;
import org.ctgstudio.model.Municipality;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.MunicipalityImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.MunicipalityImpl#getInseeCode <em>Insee Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.MunicipalityImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.MunicipalityImpl#getPopulationYear <em>Population Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.MunicipalityImpl#isHasQpv <em>Has Qpv</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.MunicipalityImpl#isIsZrr <em>Is Zrr</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.MunicipalityImpl#isIsNewMunicipality <em>Is New Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.MunicipalityImpl#getDelegatedMunicipalities <em>Delegated Municipalities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MunicipalityImpl extends IdentifiedImpl implements Municipality {
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
	 * The default value of the '{@link #getInseeCode() <em>Insee Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInseeCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INSEE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInseeCode() <em>Insee Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInseeCode()
	 * @generated
	 * @ordered
	 */
	protected String inseeCode = INSEE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final Integer POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected Integer population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulationYear() <em>Population Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationYear()
	 * @generated
	 * @ordered
	 */
	protected static final int POPULATION_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPopulationYear() <em>Population Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationYear()
	 * @generated
	 * @ordered
	 */
	protected int populationYear = POPULATION_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #isHasQpv() <em>Has Qpv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasQpv()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HAS_QPV_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHasQpv() <em>Has Qpv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasQpv()
	 * @generated
	 * @ordered
	 */
	protected boolean hasQpv = HAS_QPV_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsZrr() <em>Is Zrr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsZrr()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_ZRR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsZrr() <em>Is Zrr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsZrr()
	 * @generated
	 * @ordered
	 */
	protected boolean isZrr = IS_ZRR_EDEFAULT;

	/**
	 * The default value of the '{@link #isIsNewMunicipality() <em>Is New Municipality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsNewMunicipality()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_NEW_MUNICIPALITY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsNewMunicipality() <em>Is New Municipality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsNewMunicipality()
	 * @generated
	 * @ordered
	 */
	protected boolean isNewMunicipality = IS_NEW_MUNICIPALITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDelegatedMunicipalities() <em>Delegated Municipalities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelegatedMunicipalities()
	 * @generated
	 * @ordered
	 */
	protected EList<DelegatedMunicipality> delegatedMunicipalities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MunicipalityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.MUNICIPALITY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.MUNICIPALITY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInseeCode() {
		return inseeCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInseeCode(String newInseeCode) {
		String oldInseeCode = inseeCode;
		inseeCode = newInseeCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.MUNICIPALITY__INSEE_CODE, oldInseeCode, inseeCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(Integer newPopulation) {
		Integer oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.MUNICIPALITY__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPopulationYear() {
		return populationYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulationYear(int newPopulationYear) {
		int oldPopulationYear = populationYear;
		populationYear = newPopulationYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.MUNICIPALITY__POPULATION_YEAR, oldPopulationYear, populationYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHasQpv() {
		return hasQpv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHasQpv(boolean newHasQpv) {
		boolean oldHasQpv = hasQpv;
		hasQpv = newHasQpv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.MUNICIPALITY__HAS_QPV, oldHasQpv, hasQpv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsZrr() {
		return isZrr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsZrr(boolean newIsZrr) {
		boolean oldIsZrr = isZrr;
		isZrr = newIsZrr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.MUNICIPALITY__IS_ZRR, oldIsZrr, isZrr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsNewMunicipality() {
		return isNewMunicipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsNewMunicipality(boolean newIsNewMunicipality) {
		boolean oldIsNewMunicipality = isNewMunicipality;
		isNewMunicipality = newIsNewMunicipality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.MUNICIPALITY__IS_NEW_MUNICIPALITY, oldIsNewMunicipality, isNewMunicipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DelegatedMunicipality> getDelegatedMunicipalities() {
		if (delegatedMunicipalities == null) {
			delegatedMunicipalities = new EObjectContainmentEList<DelegatedMunicipality>(DelegatedMunicipality.class, this, CtgPackage.MUNICIPALITY__DELEGATED_MUNICIPALITIES);
		}
		return delegatedMunicipalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CtgPackage.MUNICIPALITY__DELEGATED_MUNICIPALITIES:
				return ((InternalEList<?>)getDelegatedMunicipalities()).basicRemove(otherEnd, msgs);
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
			case CtgPackage.MUNICIPALITY__NAME:
				return getName();
			case CtgPackage.MUNICIPALITY__INSEE_CODE:
				return getInseeCode();
			case CtgPackage.MUNICIPALITY__POPULATION:
				return getPopulation();
			case CtgPackage.MUNICIPALITY__POPULATION_YEAR:
				return getPopulationYear();
			case CtgPackage.MUNICIPALITY__HAS_QPV:
				return isHasQpv();
			case CtgPackage.MUNICIPALITY__IS_ZRR:
				return isIsZrr();
			case CtgPackage.MUNICIPALITY__IS_NEW_MUNICIPALITY:
				return isIsNewMunicipality();
			case CtgPackage.MUNICIPALITY__DELEGATED_MUNICIPALITIES:
				return getDelegatedMunicipalities();
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
			case CtgPackage.MUNICIPALITY__NAME:
				setName((String)newValue);
				return;
			case CtgPackage.MUNICIPALITY__INSEE_CODE:
				setInseeCode((String)newValue);
				return;
			case CtgPackage.MUNICIPALITY__POPULATION:
				setPopulation((Integer)newValue);
				return;
			case CtgPackage.MUNICIPALITY__POPULATION_YEAR:
				setPopulationYear((Integer)newValue);
				return;
			case CtgPackage.MUNICIPALITY__HAS_QPV:
				setHasQpv((Boolean)newValue);
				return;
			case CtgPackage.MUNICIPALITY__IS_ZRR:
				setIsZrr((Boolean)newValue);
				return;
			case CtgPackage.MUNICIPALITY__IS_NEW_MUNICIPALITY:
				setIsNewMunicipality((Boolean)newValue);
				return;
			case CtgPackage.MUNICIPALITY__DELEGATED_MUNICIPALITIES:
				getDelegatedMunicipalities().clear();
				getDelegatedMunicipalities().addAll((Collection<? extends DelegatedMunicipality>)newValue);
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
			case CtgPackage.MUNICIPALITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CtgPackage.MUNICIPALITY__INSEE_CODE:
				setInseeCode(INSEE_CODE_EDEFAULT);
				return;
			case CtgPackage.MUNICIPALITY__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case CtgPackage.MUNICIPALITY__POPULATION_YEAR:
				setPopulationYear(POPULATION_YEAR_EDEFAULT);
				return;
			case CtgPackage.MUNICIPALITY__HAS_QPV:
				setHasQpv(HAS_QPV_EDEFAULT);
				return;
			case CtgPackage.MUNICIPALITY__IS_ZRR:
				setIsZrr(IS_ZRR_EDEFAULT);
				return;
			case CtgPackage.MUNICIPALITY__IS_NEW_MUNICIPALITY:
				setIsNewMunicipality(IS_NEW_MUNICIPALITY_EDEFAULT);
				return;
			case CtgPackage.MUNICIPALITY__DELEGATED_MUNICIPALITIES:
				getDelegatedMunicipalities().clear();
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
			case CtgPackage.MUNICIPALITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CtgPackage.MUNICIPALITY__INSEE_CODE:
				return INSEE_CODE_EDEFAULT == null ? inseeCode != null : !INSEE_CODE_EDEFAULT.equals(inseeCode);
			case CtgPackage.MUNICIPALITY__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case CtgPackage.MUNICIPALITY__POPULATION_YEAR:
				return populationYear != POPULATION_YEAR_EDEFAULT;
			case CtgPackage.MUNICIPALITY__HAS_QPV:
				return hasQpv != HAS_QPV_EDEFAULT;
			case CtgPackage.MUNICIPALITY__IS_ZRR:
				return isZrr != IS_ZRR_EDEFAULT;
			case CtgPackage.MUNICIPALITY__IS_NEW_MUNICIPALITY:
				return isNewMunicipality != IS_NEW_MUNICIPALITY_EDEFAULT;
			case CtgPackage.MUNICIPALITY__DELEGATED_MUNICIPALITIES:
				return delegatedMunicipalities != null && !delegatedMunicipalities.isEmpty();
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
		result.append(", inseeCode: ");
		result.append(inseeCode);
		result.append(", population: ");
		result.append(population);
		result.append(", populationYear: ");
		result.append(populationYear);
		result.append(", hasQpv: ");
		result.append(hasQpv);
		result.append(", isZrr: ");
		result.append(isZrr);
		result.append(", isNewMunicipality: ");
		result.append(isNewMunicipality);
		result.append(')');
		return result.toString();
	}

} //MunicipalityImpl
