/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment;

import java.time.LocalDate;

import org.ctgstudio.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coverage Period</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.CoveragePeriod#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CoveragePeriod#getEndDate <em>End Date</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoveragePeriod()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='P\351riode de couverture' en='Coverage period'"
 * @generated
 */
public interface CoveragePeriod extends Identified {
	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoveragePeriod_StartDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='D\351but' en='Start date'"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CoveragePeriod#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoveragePeriod_EndDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Fin' en='End date'"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CoveragePeriod#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

} // CoveragePeriod
