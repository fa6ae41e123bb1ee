/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.ctgstudio.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.Measurement#getDate <em>Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Measurement#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.plan.PlanPackage#getMeasurement()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mesure' en='Measurement'"
 * @generated
 */
public interface Measurement extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.ctgstudio.model.plan.PlanPackage#getMeasurement_Date()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date' en='Date'"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Measurement#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.ctgstudio.model.plan.PlanPackage#getMeasurement_Value()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Valeur' en='Value'"
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Measurement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

} // Measurement
