/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.Municipality#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.Municipality#getInseeCode <em>Insee Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.Municipality#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.Municipality#getPopulationYear <em>Population Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.Municipality#isHasQpv <em>Has Qpv</em>}</li>
 *   <li>{@link org.ctgstudio.model.Municipality#isIsZrr <em>Is Zrr</em>}</li>
 *   <li>{@link org.ctgstudio.model.Municipality#isIsNewMunicipality <em>Is New Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.Municipality#getDelegatedMunicipalities <em>Delegated Municipalities</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getMunicipality()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune' en='Municipality'"
 * @generated
 */
public interface Municipality extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.CtgPackage#getMunicipality_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Municipality#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Insee Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insee Code</em>' attribute.
	 * @see #setInseeCode(String)
	 * @see org.ctgstudio.model.CtgPackage#getMunicipality_InseeCode()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Code INSEE' en='Insee code'"
	 * @generated
	 */
	String getInseeCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Municipality#getInseeCode <em>Insee Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insee Code</em>' attribute.
	 * @see #getInseeCode()
	 * @generated
	 */
	void setInseeCode(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty when not known: an unknown population is not 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(Integer)
	 * @see org.ctgstudio.model.CtgPackage#getMunicipality_Population()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Population' en='Population'"
	 * @generated
	 */
	Integer getPopulation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Municipality#getPopulation <em>Population</em>}' attribute.
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
	 * @see org.ctgstudio.model.CtgPackage#getMunicipality_PopulationYear()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mill\351sime' en='Population year'"
	 * @generated
	 */
	int getPopulationYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Municipality#getPopulationYear <em>Population Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population Year</em>' attribute.
	 * @see #getPopulationYear()
	 * @generated
	 */
	void setPopulationYear(int value);

	/**
	 * Returns the value of the '<em><b>Has Qpv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Has Qpv</em>' attribute.
	 * @see #setHasQpv(boolean)
	 * @see org.ctgstudio.model.CtgPackage#getMunicipality_HasQpv()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Comprend un QPV' en='Has qpv'"
	 * @generated
	 */
	boolean isHasQpv();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Municipality#isHasQpv <em>Has Qpv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Has Qpv</em>' attribute.
	 * @see #isHasQpv()
	 * @generated
	 */
	void setHasQpv(boolean value);

	/**
	 * Returns the value of the '<em><b>Is Zrr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Zrr</em>' attribute.
	 * @see #setIsZrr(boolean)
	 * @see org.ctgstudio.model.CtgPackage#getMunicipality_IsZrr()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Class\351e ZRR' en='Is zrr'"
	 * @generated
	 */
	boolean isIsZrr();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Municipality#isIsZrr <em>Is Zrr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Zrr</em>' attribute.
	 * @see #isIsZrr()
	 * @generated
	 */
	void setIsZrr(boolean value);

	/**
	 * Returns the value of the '<em><b>Is New Municipality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A commune nouvelle, formed by merging former communes (its communes déléguées).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Is New Municipality</em>' attribute.
	 * @see #setIsNewMunicipality(boolean)
	 * @see org.ctgstudio.model.CtgPackage#getMunicipality_IsNewMunicipality()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune nouvelle' en='Is new municipality'"
	 * @generated
	 */
	boolean isIsNewMunicipality();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Municipality#isIsNewMunicipality <em>Is New Municipality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is New Municipality</em>' attribute.
	 * @see #isIsNewMunicipality()
	 * @generated
	 */
	void setIsNewMunicipality(boolean value);

	/**
	 * Returns the value of the '<em><b>Delegated Municipalities</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.DelegatedMunicipality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delegated Municipalities</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getMunicipality_DelegatedMunicipalities()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Communes d\351l\351gu\351es' en='Delegated municipalities'"
	 * @generated
	 */
	EList<DelegatedMunicipality> getDelegatedMunicipalities();

} // Municipality
