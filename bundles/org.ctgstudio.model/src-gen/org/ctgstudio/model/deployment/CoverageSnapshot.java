/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment;

import java.math.BigDecimal;

import org.ctgstudio.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coverage Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.CoverageSnapshot#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CoverageSnapshot#getCoveredPopulation <em>Covered Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CoverageSnapshot#getRate <em>Rate</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CoverageSnapshot#getTarget <em>Target</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CoverageSnapshot#getGap <em>Gap</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoverageSnapshot()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Taux annuel' en='Coverage snapshot'"
 * @generated
 */
public interface CoverageSnapshot extends Identified {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoverageSnapshot_Year()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ann\351e' en='Year'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Covered Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covered Population</em>' attribute.
	 * @see #setCoveredPopulation(int)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoverageSnapshot_CoveredPopulation()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Population couverte' en='Covered population'"
	 * @generated
	 */
	int getCoveredPopulation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getCoveredPopulation <em>Covered Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covered Population</em>' attribute.
	 * @see #getCoveredPopulation()
	 * @generated
	 */
	void setCoveredPopulation(int value);

	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(BigDecimal)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoverageSnapshot_Rate()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Taux %' en='Rate'"
	 * @generated
	 */
	BigDecimal getRate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoverageSnapshot_Target()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Cible %' en='Target'"
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gap</em>' attribute.
	 * @see #setGap(BigDecimal)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoverageSnapshot_Gap()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311cart' en='Gap'"
	 * @generated
	 */
	BigDecimal getGap();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CoverageSnapshot#getGap <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gap</em>' attribute.
	 * @see #getGap()
	 * @generated
	 */
	void setGap(BigDecimal value);

} // CoverageSnapshot
