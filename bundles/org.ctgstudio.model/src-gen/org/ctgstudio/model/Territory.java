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
 *   <li>{@link org.ctgstudio.model.Territory#getCharacter <em>Character</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getPopulationYear <em>Population Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getFinancialPotentialPerInhabitant <em>Financial Potential Per Inhabitant</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getIncomePerInhabitant <em>Income Per Inhabitant</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getCompetentCaf <em>Competent Caf</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getMunicipalities <em>Municipalities</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getSeat <em>Seat</em>}</li>
 *   <li>{@link org.ctgstudio.model.Territory#getCompetences <em>Competences</em>}</li>
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
	 * Returns the value of the '<em><b>Character</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.AreaCharacter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Character</em>' attribute.
	 * @see org.ctgstudio.model.AreaCharacter
	 * @see #setCharacter(AreaCharacter)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Character()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Caract\350re' en='Character'"
	 * @generated
	 */
	AreaCharacter getCharacter();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getCharacter <em>Character</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Character</em>' attribute.
	 * @see org.ctgstudio.model.AreaCharacter
	 * @see #getCharacter()
	 * @generated
	 */
	void setCharacter(AreaCharacter value);

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
	 * <!-- begin-model-doc -->
	 * Empty when not known: an unknown population is not 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(Integer)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Population()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Population' en='Population'"
	 * @generated
	 */
	Integer getPopulation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(Integer value);

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
	 * Returns the value of the '<em><b>Competent Caf</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competent Caf</em>' reference.
	 * @see #setCompetentCaf(Organisation)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_CompetentCaf()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Caf comp\351tente' en='Competent Caf'"
	 * @generated
	 */
	Organisation getCompetentCaf();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getCompetentCaf <em>Competent Caf</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competent Caf</em>' reference.
	 * @see #getCompetentCaf()
	 * @generated
	 */
	void setCompetentCaf(Organisation value);

	/**
	 * Returns the value of the '<em><b>Municipalities</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Municipality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member communes; empty for a territory described without its communes (the coverage then counts it as one unit with its own population).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Municipalities</em>' reference list.
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Municipalities()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Communes membres' en='Municipalities'"
	 * @generated
	 */
	EList<Municipality> getMunicipalities();

	/**
	 * Returns the value of the '<em><b>Seat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seat</em>' reference.
	 * @see #setSeat(Municipality)
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Seat()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune si\350ge' en='Seat'"
	 * @generated
	 */
	Municipality getSeat();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Territory#getSeat <em>Seat</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seat</em>' reference.
	 * @see #getSeat()
	 * @generated
	 */
	void setSeat(Municipality value);

	/**
	 * Returns the value of the '<em><b>Competences</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Competence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who holds the competences the CTG acts on (petite enfance, enfance-jeunesse...): the intercommunality or the communes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Competences</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getTerritory_Competences()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Comp\351tences' en='Competences'"
	 * @generated
	 */
	EList<Competence> getCompetences();

} // Territory
