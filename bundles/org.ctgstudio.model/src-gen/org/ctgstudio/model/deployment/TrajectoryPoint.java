/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment;

import java.math.BigDecimal;

import org.ctgstudio.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trajectory Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.TrajectoryPoint#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.TrajectoryPoint#getTargetRate <em>Target Rate</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.deployment.DeploymentPackage#getTrajectoryPoint()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Point de trajectoire' en='Trajectory point'"
 * @generated
 */
public interface TrajectoryPoint extends Identified {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getTrajectoryPoint_Year()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ann\351e' en='Year'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.TrajectoryPoint#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Target Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Rate</em>' attribute.
	 * @see #setTargetRate(BigDecimal)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getTrajectoryPoint_TargetRate()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Taux cible %' en='Target rate'"
	 * @generated
	 */
	BigDecimal getTargetRate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.TrajectoryPoint#getTargetRate <em>Target Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Rate</em>' attribute.
	 * @see #getTargetRate()
	 * @generated
	 */
	void setTargetRate(BigDecimal value);

} // TrajectoryPoint
