/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Linked Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.LinkedContract#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.LinkedContract#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.LinkedContract#getPeriod <em>Period</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getLinkedContract()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Contrat articul\351' en='Linked contract'"
 * @generated
 */
public interface LinkedContract extends Identified {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.ContractType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.ContractType
	 * @see #setType(ContractType)
	 * @see org.ctgstudio.model.CtgPackage#getLinkedContract_Type()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Type'"
	 * @generated
	 */
	ContractType getType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.LinkedContract#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.ContractType
	 * @see #getType()
	 * @generated
	 */
	void setType(ContractType value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.ctgstudio.model.CtgPackage#getLinkedContract_Title()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intitul\351' en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.LinkedContract#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.ctgstudio.model.CtgPackage#getLinkedContract_Period()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='P\351riode' en='Period'"
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.LinkedContract#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

} // LinkedContract
