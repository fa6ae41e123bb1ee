/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delegated Municipality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A former commune inside a commune nouvelle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.DelegatedMunicipality#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.DelegatedMunicipality#getInseeCode <em>Insee Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.DelegatedMunicipality#getPopulation <em>Population</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getDelegatedMunicipality()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune d\351l\351gu\351e' en='Delegated municipality'"
 * @generated
 */
public interface DelegatedMunicipality extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.CtgPackage#getDelegatedMunicipality_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.DelegatedMunicipality#getName <em>Name</em>}' attribute.
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
	 * @see org.ctgstudio.model.CtgPackage#getDelegatedMunicipality_InseeCode()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Code INSEE (ancienne commune)' en='Former INSEE code'"
	 * @generated
	 */
	String getInseeCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.DelegatedMunicipality#getInseeCode <em>Insee Code</em>}' attribute.
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
	 * @see org.ctgstudio.model.CtgPackage#getDelegatedMunicipality_Population()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Population' en='Population'"
	 * @generated
	 */
	Integer getPopulation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.DelegatedMunicipality#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(Integer value);

} // DelegatedMunicipality
