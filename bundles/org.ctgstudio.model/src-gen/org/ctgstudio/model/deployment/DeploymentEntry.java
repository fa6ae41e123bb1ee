/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Territory;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.deployment.DeploymentEntry#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.DeploymentEntry#getStatus <em>Status</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.DeploymentEntry#getPlannedSignatureYear <em>Planned Signature Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.DeploymentEntry#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link org.ctgstudio.model.deployment.DeploymentEntry#getPeriods <em>Periods</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.deployment.DeploymentPackage#getDeploymentEntry()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Territoire du plan' en='Deployment entry'"
 * @generated
 */
public interface DeploymentEntry extends Identified {
	/**
	 * Returns the value of the '<em><b>Territory</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Territory</em>' reference.
	 * @see #setTerritory(Territory)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getDeploymentEntry_Territory()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Territoire' en='Territory'"
	 * @generated
	 */
	Territory getTerritory();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.DeploymentEntry#getTerritory <em>Territory</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Territory</em>' reference.
	 * @see #getTerritory()
	 * @generated
	 */
	void setTerritory(Territory value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.deployment.DeploymentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.ctgstudio.model.deployment.DeploymentStatus
	 * @see #setStatus(DeploymentStatus)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getDeploymentEntry_Status()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311tat' en='Status'"
	 * @generated
	 */
	DeploymentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.DeploymentEntry#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.ctgstudio.model.deployment.DeploymentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DeploymentStatus value);

	/**
	 * Returns the value of the '<em><b>Planned Signature Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Signature Year</em>' attribute.
	 * @see #setPlannedSignatureYear(int)
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getDeploymentEntry_PlannedSignatureYear()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Signature vis\351e' en='Planned signature year'"
	 * @generated
	 */
	int getPlannedSignatureYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.deployment.DeploymentEntry#getPlannedSignatureYear <em>Planned Signature Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Signature Year</em>' attribute.
	 * @see #getPlannedSignatureYear()
	 * @generated
	 */
	void setPlannedSignatureYear(int value);

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.GlobalTerritorialAgreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreements</em>' reference list.
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getDeploymentEntry_Agreements()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='CTG successives' en='Agreements'"
	 * @generated
	 */
	EList<GlobalTerritorialAgreement> getAgreements();

	/**
	 * Returns the value of the '<em><b>Periods</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.deployment.CoveragePeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Periods</em>' containment reference list.
	 * @see org.ctgstudio.model.deployment.DeploymentPackage#getDeploymentEntry_Periods()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='P\351riodes de couverture' en='Periods'"
	 * @generated
	 */
	EList<CoveragePeriod> getPeriods();

} // DeploymentEntry
