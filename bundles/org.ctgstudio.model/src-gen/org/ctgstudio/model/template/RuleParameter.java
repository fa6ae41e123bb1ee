/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import java.time.LocalDate;

import org.ctgstudio.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.RuleParameter#getKey <em>Key</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.RuleParameter#getValue <em>Value</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.RuleParameter#getValidFrom <em>Valid From</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getRuleParameter()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Param\350tre de contr\364le' en='Rule parameter'"
 * @generated
 */
public interface RuleParameter extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getRuleParameter_Key()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Cl\351' en='Key'"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.RuleParameter#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getRuleParameter_Value()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Valeur' en='Value'"
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.RuleParameter#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.ctgstudio.model.template.TemplatePackage#getRuleParameter_ValidFrom()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Valide \340 partir du' en='Valid from'"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.RuleParameter#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

} // RuleParameter
