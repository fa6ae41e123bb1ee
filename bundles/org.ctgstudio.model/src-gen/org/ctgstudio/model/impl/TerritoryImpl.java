/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.TerritoryType;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Territory</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getPopulationYear <em>Population Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getFinancialPotentialPerInhabitant <em>Financial Potential Per Inhabitant</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getIncomePerInhabitant <em>Income Per Inhabitant</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getCaf <em>Caf</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getMunicipalities <em>Municipalities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TerritoryImpl extends IdentifiedImpl implements Territory {
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
	protected static final TerritoryType TYPE_EDEFAULT = TerritoryType.MUNICIPALITY;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected TerritoryType type = TYPE_EDEFAULT;

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
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final int POPULATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected int population = POPULATION_EDEFAULT;

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
	 * The default value of the '{@link #getFinancialPotentialPerInhabitant() <em>Financial Potential Per Inhabitant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinancialPotentialPerInhabitant()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FINANCIAL_POTENTIAL_PER_INHABITANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinancialPotentialPerInhabitant() <em>Financial Potential Per Inhabitant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinancialPotentialPerInhabitant()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal financialPotentialPerInhabitant = FINANCIAL_POTENTIAL_PER_INHABITANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getIncomePerInhabitant() <em>Income Per Inhabitant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomePerInhabitant()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INCOME_PER_INHABITANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIncomePerInhabitant() <em>Income Per Inhabitant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncomePerInhabitant()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal incomePerInhabitant = INCOME_PER_INHABITANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaf() <em>Caf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaf()
	 * @generated
	 * @ordered
	 */
	protected static final String CAF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaf() <em>Caf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaf()
	 * @generated
	 * @ordered
	 */
	protected String caf = CAF_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMunicipalities() <em>Municipalities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalities()
	 * @generated
	 * @ordered
	 */
	protected EList<Municipality> municipalities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TerritoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.TERRITORY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerritoryType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(TerritoryType newType) {
		TerritoryType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__TYPE, oldType, type));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(int newPopulation) {
		int oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__POPULATION, oldPopulation, population));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__POPULATION_YEAR, oldPopulationYear, populationYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getFinancialPotentialPerInhabitant() {
		return financialPotentialPerInhabitant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinancialPotentialPerInhabitant(BigDecimal newFinancialPotentialPerInhabitant) {
		BigDecimal oldFinancialPotentialPerInhabitant = financialPotentialPerInhabitant;
		financialPotentialPerInhabitant = newFinancialPotentialPerInhabitant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT, oldFinancialPotentialPerInhabitant, financialPotentialPerInhabitant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIncomePerInhabitant() {
		return incomePerInhabitant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncomePerInhabitant(BigDecimal newIncomePerInhabitant) {
		BigDecimal oldIncomePerInhabitant = incomePerInhabitant;
		incomePerInhabitant = newIncomePerInhabitant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__INCOME_PER_INHABITANT, oldIncomePerInhabitant, incomePerInhabitant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaf() {
		return caf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaf(String newCaf) {
		String oldCaf = caf;
		caf = newCaf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__CAF, oldCaf, caf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Municipality> getMunicipalities() {
		if (municipalities == null) {
			municipalities = new EObjectResolvingEList<Municipality>(Municipality.class, this, CtgPackage.TERRITORY__MUNICIPALITIES);
		}
		return municipalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CtgPackage.TERRITORY__NAME:
				return getName();
			case CtgPackage.TERRITORY__TYPE:
				return getType();
			case CtgPackage.TERRITORY__CODE:
				return getCode();
			case CtgPackage.TERRITORY__POPULATION:
				return getPopulation();
			case CtgPackage.TERRITORY__POPULATION_YEAR:
				return getPopulationYear();
			case CtgPackage.TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT:
				return getFinancialPotentialPerInhabitant();
			case CtgPackage.TERRITORY__INCOME_PER_INHABITANT:
				return getIncomePerInhabitant();
			case CtgPackage.TERRITORY__CAF:
				return getCaf();
			case CtgPackage.TERRITORY__MUNICIPALITIES:
				return getMunicipalities();
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
			case CtgPackage.TERRITORY__NAME:
				setName((String)newValue);
				return;
			case CtgPackage.TERRITORY__TYPE:
				setType((TerritoryType)newValue);
				return;
			case CtgPackage.TERRITORY__CODE:
				setCode((String)newValue);
				return;
			case CtgPackage.TERRITORY__POPULATION:
				setPopulation((Integer)newValue);
				return;
			case CtgPackage.TERRITORY__POPULATION_YEAR:
				setPopulationYear((Integer)newValue);
				return;
			case CtgPackage.TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT:
				setFinancialPotentialPerInhabitant((BigDecimal)newValue);
				return;
			case CtgPackage.TERRITORY__INCOME_PER_INHABITANT:
				setIncomePerInhabitant((BigDecimal)newValue);
				return;
			case CtgPackage.TERRITORY__CAF:
				setCaf((String)newValue);
				return;
			case CtgPackage.TERRITORY__MUNICIPALITIES:
				getMunicipalities().clear();
				getMunicipalities().addAll((Collection<? extends Municipality>)newValue);
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
			case CtgPackage.TERRITORY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CtgPackage.TERRITORY__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CtgPackage.TERRITORY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CtgPackage.TERRITORY__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case CtgPackage.TERRITORY__POPULATION_YEAR:
				setPopulationYear(POPULATION_YEAR_EDEFAULT);
				return;
			case CtgPackage.TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT:
				setFinancialPotentialPerInhabitant(FINANCIAL_POTENTIAL_PER_INHABITANT_EDEFAULT);
				return;
			case CtgPackage.TERRITORY__INCOME_PER_INHABITANT:
				setIncomePerInhabitant(INCOME_PER_INHABITANT_EDEFAULT);
				return;
			case CtgPackage.TERRITORY__CAF:
				setCaf(CAF_EDEFAULT);
				return;
			case CtgPackage.TERRITORY__MUNICIPALITIES:
				getMunicipalities().clear();
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
			case CtgPackage.TERRITORY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CtgPackage.TERRITORY__TYPE:
				return type != TYPE_EDEFAULT;
			case CtgPackage.TERRITORY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CtgPackage.TERRITORY__POPULATION:
				return population != POPULATION_EDEFAULT;
			case CtgPackage.TERRITORY__POPULATION_YEAR:
				return populationYear != POPULATION_YEAR_EDEFAULT;
			case CtgPackage.TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT:
				return FINANCIAL_POTENTIAL_PER_INHABITANT_EDEFAULT == null ? financialPotentialPerInhabitant != null : !FINANCIAL_POTENTIAL_PER_INHABITANT_EDEFAULT.equals(financialPotentialPerInhabitant);
			case CtgPackage.TERRITORY__INCOME_PER_INHABITANT:
				return INCOME_PER_INHABITANT_EDEFAULT == null ? incomePerInhabitant != null : !INCOME_PER_INHABITANT_EDEFAULT.equals(incomePerInhabitant);
			case CtgPackage.TERRITORY__CAF:
				return CAF_EDEFAULT == null ? caf != null : !CAF_EDEFAULT.equals(caf);
			case CtgPackage.TERRITORY__MUNICIPALITIES:
				return municipalities != null && !municipalities.isEmpty();
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
		result.append(", code: ");
		result.append(code);
		result.append(", population: ");
		result.append(population);
		result.append(", populationYear: ");
		result.append(populationYear);
		result.append(", financialPotentialPerInhabitant: ");
		result.append(financialPotentialPerInhabitant);
		result.append(", incomePerInhabitant: ");
		result.append(incomePerInhabitant);
		result.append(", caf: ");
		result.append(caf);
		result.append(')');
		return result.toString();
	}

} //TerritoryImpl
