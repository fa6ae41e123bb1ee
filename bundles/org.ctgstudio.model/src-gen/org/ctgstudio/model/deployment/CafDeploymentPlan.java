/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment;

import java.time.MonthDay;

import org.ctgstudio.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Caf Deployment Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCaf <em>Caf</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCogPeriod <em>Cog Period</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getReferencePopulation <em>Reference Population</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getPopulationYear <em>Population Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getReferenceDay <em>Reference Day</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCountingMode <em>Counting Mode</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getTrajectory <em>Trajectory</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getSnapshots <em>Snapshots</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Plan de d\351ploiement des CTG' en='Caf deployment plan'"
 * @generated
 */
public interface CafDeploymentPlan extends Identified {
	/**
	 * Returns the value of the '<em><b>Caf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caf</em>' attribute.
	 * @see #setCaf(String)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_Caf()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Caf' en='Caf'"
	 * @generated
	 */
	String getCaf();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCaf <em>Caf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caf</em>' attribute.
	 * @see #getCaf()
	 * @generated
	 */
	void setCaf(String value);

	/**
	 * Returns the value of the '<em><b>Cog Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cog Period</em>' attribute.
	 * @see #setCogPeriod(String)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_CogPeriod()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='P\351riode COG' en='Cog period'"
	 * @generated
	 */
	String getCogPeriod();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCogPeriod <em>Cog Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cog Period</em>' attribute.
	 * @see #getCogPeriod()
	 * @generated
	 */
	void setCogPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Reference Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Population</em>' attribute.
	 * @see #setReferencePopulation(int)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_ReferencePopulation()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Population de r\351f\351rence' en='Reference population'"
	 * @generated
	 */
	int getReferencePopulation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getReferencePopulation <em>Reference Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Population</em>' attribute.
	 * @see #getReferencePopulation()
	 * @generated
	 */
	void setReferencePopulation(int value);

	/**
	 * Returns the value of the '<em><b>Population Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population Year</em>' attribute.
	 * @see #setPopulationYear(int)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_PopulationYear()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mill\351sime' en='Population year'"
	 * @generated
	 */
	int getPopulationYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getPopulationYear <em>Population Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population Year</em>' attribute.
	 * @see #getPopulationYear()
	 * @generated
	 */
	void setPopulationYear(int value);

	/**
	 * Returns the value of the '<em><b>Reference Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Day</em>' attribute.
	 * @see #setReferenceDay(MonthDay)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_ReferenceDay()
	 * @model dataType="org.ctgstudio.model.MonthDay"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date de r\351f\351rence' en='Reference day'"
	 * @generated
	 */
	MonthDay getReferenceDay();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getReferenceDay <em>Reference Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Day</em>' attribute.
	 * @see #getReferenceDay()
	 * @generated
	 */
	void setReferenceDay(MonthDay value);

	/**
	 * Returns the value of the '<em><b>Counting Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.deployment.CoverageCountingMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counting Mode</em>' attribute.
	 * @see org.ctgstudio.model.deployment.CoverageCountingMode
	 * @see #setCountingMode(CoverageCountingMode)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_CountingMode()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mode de d\351compte' en='Counting mode'"
	 * @generated
	 */
	CoverageCountingMode getCountingMode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.CafDeploymentPlan#getCountingMode <em>Counting Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counting Mode</em>' attribute.
	 * @see org.ctgstudio.model.deployment.CoverageCountingMode
	 * @see #getCountingMode()
	 * @generated
	 */
	void setCountingMode(CoverageCountingMode value);

	/**
	 * Returns the value of the '<em><b>Trajectory</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.deployment.TrajectoryPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trajectory</em>' containment reference list.
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_Trajectory()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Trajectoire cible' en='Trajectory'"
	 * @generated
	 */
	EList<TrajectoryPoint> getTrajectory();

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.deployment.DeploymentEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_Entries()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Territoires' en='Entries'"
	 * @generated
	 */
	EList<DeploymentEntry> getEntries();

	/**
	 * Returns the value of the '<em><b>Snapshots</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.deployment.CoverageSnapshot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snapshots</em>' containment reference list.
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCafDeploymentPlan_Snapshots()
	 * @model containment="true" transient="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Taux annuels' en='Snapshots'"
	 * @generated
	 */
	EList<CoverageSnapshot> getSnapshots();

} // CafDeploymentPlan
