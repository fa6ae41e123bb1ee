/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Territory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.Territory#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getPopulationYear <em>Population Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getFinancialPotentialPerInhabitant <em>Financial Potential Per Inhabitant</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getIncomePerInhabitant <em>Income Per Inhabitant</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getCaf <em>Caf</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getMunicipalities <em>Municipalities</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getTerritory()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Territoire' en='Territory'"
 * @generated
 */
public interface Territory extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.TerritoryType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.TerritoryType
	 * @see #setType(TerritoryType)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Type()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Type'"
	 * @generated
	 */
	TerritoryType getType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.TerritoryType
	 * @see #getType()
	 * @generated
	 */
	void setType(TerritoryType value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Code()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='SIREN / INSEE' en='Code'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(int)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Population()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Population' en='Population'"
	 * @generated
	 */
	int getPopulation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(int value);

	/**
	 * Returns the value of the '<em><b>Population Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population Year</em>' attribute.
	 * @see #setPopulationYear(int)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_PopulationYear()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mill\351sime' en='Population year'"
	 * @generated
	 */
	int getPopulationYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getPopulationYear <em>Population Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population Year</em>' attribute.
	 * @see #getPopulationYear()
	 * @generated
	 */
	void setPopulationYear(int value);

	/**
	 * Returns the value of the '<em><b>Financial Potential Per Inhabitant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Financial Potential Per Inhabitant</em>' attribute.
	 * @see #setFinancialPotentialPerInhabitant(BigDecimal)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_FinancialPotentialPerInhabitant()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Potentiel financier / hab.' en='Financial potential per inhabitant'"
	 * @generated
	 */
	BigDecimal getFinancialPotentialPerInhabitant();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getFinancialPotentialPerInhabitant <em>Financial Potential Per Inhabitant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Financial Potential Per Inhabitant</em>' attribute.
	 * @see #getFinancialPotentialPerInhabitant()
	 * @generated
	 */
	void setFinancialPotentialPerInhabitant(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Income Per Inhabitant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Income Per Inhabitant</em>' attribute.
	 * @see #setIncomePerInhabitant(BigDecimal)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_IncomePerInhabitant()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Revenu / hab.' en='Income per inhabitant'"
	 * @generated
	 */
	BigDecimal getIncomePerInhabitant();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getIncomePerInhabitant <em>Income Per Inhabitant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Income Per Inhabitant</em>' attribute.
	 * @see #getIncomePerInhabitant()
	 * @generated
	 */
	void setIncomePerInhabitant(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Caf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caf</em>' attribute.
	 * @see #setCaf(String)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Caf()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Caf comp\351tente' en='Caf'"
	 * @generated
	 */
	String getCaf();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getCaf <em>Caf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caf</em>' attribute.
	 * @see #getCaf()
	 * @generated
	 */
	void setCaf(String value);

	/**
	 * Returns the value of the '<em><b>Municipalities</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Municipality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipalities</em>' reference list.
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Municipalities()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Communes membres' en='Municipalities'"
	 * @generated
	 */
	EList<Municipality> getMunicipalities();

} // Territory
