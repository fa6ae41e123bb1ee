/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.ctgstudio.model.AreaCharacter;
import org.ctgstudio.model.Competence;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.TerritoryType;

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
 * An implementation of the model object '<em><b>Territory</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getCharacter <em>Character</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getPopulationYear <em>Population Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getFinancialPotentialPerInhabitant <em>Financial Potential Per Inhabitant</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getIncomePerInhabitant <em>Income Per Inhabitant</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getCompetentCaf <em>Competent Caf</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getMunicipalities <em>Municipalities</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getSeat <em>Seat</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.TerritoryImpl#getCompetences <em>Competences</em>}</li>
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
	 * The default value of the '{@link #getCharacter() <em>Character</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacter()
	 * @generated
	 * @ordered
	 */
	protected static final AreaCharacter CHARACTER_EDEFAULT = AreaCharacter.NOT_SPECIFIED;

	/**
	 * The cached value of the '{@link #getCharacter() <em>Character</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacter()
	 * @generated
	 * @ordered
	 */
	protected AreaCharacter character = CHARACTER_EDEFAULT;

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
	 * The cached value of the '{@link #getCompetentCaf() <em>Competent Caf</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetentCaf()
	 * @generated
	 * @ordered
	 */
	protected Organisation competentCaf;

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
	 * The cached value of the '{@link #getSeat() <em>Seat</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeat()
	 * @generated
	 * @ordered
	 */
	protected Municipality seat;

	/**
	 * The cached value of the '{@link #getCompetences() <em>Competences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetences()
	 * @generated
	 * @ordered
	 */
	protected EList<Competence> competences;

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
	public AreaCharacter getCharacter() {
		return character;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCharacter(AreaCharacter newCharacter) {
		AreaCharacter oldCharacter = character;
		character = newCharacter == null ? CHARACTER_EDEFAULT : newCharacter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__CHARACTER, oldCharacter, character));
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
	public Organisation getCompetentCaf() {
		if (competentCaf != null && competentCaf.eIsProxy()) {
			InternalEObject oldCompetentCaf = (InternalEObject)competentCaf;
			competentCaf = (Organisation)eResolveProxy(oldCompetentCaf);
			if (competentCaf != oldCompetentCaf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.TERRITORY__COMPETENT_CAF, oldCompetentCaf, competentCaf));
			}
		}
		return competentCaf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetCompetentCaf() {
		return competentCaf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetentCaf(Organisation newCompetentCaf) {
		Organisation oldCompetentCaf = competentCaf;
		competentCaf = newCompetentCaf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__COMPETENT_CAF, oldCompetentCaf, competentCaf));
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
	public Municipality getSeat() {
		if (seat != null && seat.eIsProxy()) {
			InternalEObject oldSeat = (InternalEObject)seat;
			seat = (Municipality)eResolveProxy(oldSeat);
			if (seat != oldSeat) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.TERRITORY__SEAT, oldSeat, seat));
			}
		}
		return seat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Municipality basicGetSeat() {
		return seat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeat(Municipality newSeat) {
		Municipality oldSeat = seat;
		seat = newSeat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.TERRITORY__SEAT, oldSeat, seat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Competence> getCompetences() {
		if (competences == null) {
			competences = new EObjectContainmentEList<Competence>(Competence.class, this, CtgPackage.TERRITORY__COMPETENCES);
		}
		return competences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CtgPackage.TERRITORY__COMPETENCES:
				return ((InternalEList<?>)getCompetences()).basicRemove(otherEnd, msgs);
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
			case CtgPackage.TERRITORY__NAME:
				return getName();
			case CtgPackage.TERRITORY__TYPE:
				return getType();
			case CtgPackage.TERRITORY__CHARACTER:
				return getCharacter();
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
			case CtgPackage.TERRITORY__COMPETENT_CAF:
				if (resolve) return getCompetentCaf();
				return basicGetCompetentCaf();
			case CtgPackage.TERRITORY__MUNICIPALITIES:
				return getMunicipalities();
			case CtgPackage.TERRITORY__SEAT:
				if (resolve) return getSeat();
				return basicGetSeat();
			case CtgPackage.TERRITORY__COMPETENCES:
				return getCompetences();
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
			case CtgPackage.TERRITORY__CHARACTER:
				setCharacter((AreaCharacter)newValue);
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
			case CtgPackage.TERRITORY__COMPETENT_CAF:
				setCompetentCaf((Organisation)newValue);
				return;
			case CtgPackage.TERRITORY__MUNICIPALITIES:
				getMunicipalities().clear();
				getMunicipalities().addAll((Collection<? extends Municipality>)newValue);
				return;
			case CtgPackage.TERRITORY__SEAT:
				setSeat((Municipality)newValue);
				return;
			case CtgPackage.TERRITORY__COMPETENCES:
				getCompetences().clear();
				getCompetences().addAll((Collection<? extends Competence>)newValue);
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
			case CtgPackage.TERRITORY__CHARACTER:
				setCharacter(CHARACTER_EDEFAULT);
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
			case CtgPackage.TERRITORY__COMPETENT_CAF:
				setCompetentCaf((Organisation)null);
				return;
			case CtgPackage.TERRITORY__MUNICIPALITIES:
				getMunicipalities().clear();
				return;
			case CtgPackage.TERRITORY__SEAT:
				setSeat((Municipality)null);
				return;
			case CtgPackage.TERRITORY__COMPETENCES:
				getCompetences().clear();
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
			case CtgPackage.TERRITORY__CHARACTER:
				return character != CHARACTER_EDEFAULT;
			case CtgPackage.TERRITORY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CtgPackage.TERRITORY__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case CtgPackage.TERRITORY__POPULATION_YEAR:
				return populationYear != POPULATION_YEAR_EDEFAULT;
			case CtgPackage.TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT:
				return FINANCIAL_POTENTIAL_PER_INHABITANT_EDEFAULT == null ? financialPotentialPerInhabitant != null : !FINANCIAL_POTENTIAL_PER_INHABITANT_EDEFAULT.equals(financialPotentialPerInhabitant);
			case CtgPackage.TERRITORY__INCOME_PER_INHABITANT:
				return INCOME_PER_INHABITANT_EDEFAULT == null ? incomePerInhabitant != null : !INCOME_PER_INHABITANT_EDEFAULT.equals(incomePerInhabitant);
			case CtgPackage.TERRITORY__COMPETENT_CAF:
				return competentCaf != null;
			case CtgPackage.TERRITORY__MUNICIPALITIES:
				return municipalities != null && !municipalities.isEmpty();
			case CtgPackage.TERRITORY__SEAT:
				return seat != null;
			case CtgPackage.TERRITORY__COMPETENCES:
				return competences != null && !competences.isEmpty();
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
		result.append(", character: ");
		result.append(character);
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
		result.append(')');
		return result.toString();
	}

} //TerritoryImpl
