/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.Operator#getNature <em>Nature</em>}</li>
 *   <li>{@link org.ctgstudio.model.Operator#getSiret <em>Siret</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getOperator()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gestionnaire' en='Operator'"
 * @generated
 */
public interface Operator extends Organisation {
	/**
	 * Returns the value of the '<em><b>Nature</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.OperatorNature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nature</em>' attribute.
	 * @see org.ctgstudio.model.OperatorNature
	 * @see #setNature(OperatorNature)
	 * @see org.ctgstudio.model.CtgPackage#getOperator_Nature()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nature' en='Nature'"
	 * @generated
	 */
	OperatorNature getNature();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Operator#getNature <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nature</em>' attribute.
	 * @see org.ctgstudio.model.OperatorNature
	 * @see #getNature()
	 * @generated
	 */
	void setNature(OperatorNature value);

	/**
	 * Returns the value of the '<em><b>Siret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Siret</em>' attribute.
	 * @see #setSiret(String)
	 * @see org.ctgstudio.model.CtgPackage#getOperator_Siret()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='SIRET' en='Siret'"
	 * @generated
	 */
	String getSiret();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Operator#getSiret <em>Siret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Siret</em>' attribute.
	 * @see #getSiret()
	 * @generated
	 */
	void setSiret(String value);

} // Operator
