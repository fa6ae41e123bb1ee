/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Representative</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person signing for a party: name and capacity (Présidente du conseil d'administration, Maire...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.Representative#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.Representative#getCapacity <em>Capacity</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getRepresentative()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Repr\351sentant\267e' en='Representative'"
 * @generated
 */
public interface Representative extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.CtgPackage#getRepresentative_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Representative#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(String)
	 * @see org.ctgstudio.model.CtgPackage#getRepresentative_Capacity()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Qualit\351' en='Capacity'"
	 * @generated
	 */
	String getCapacity();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Representative#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(String value);

} // Representative
