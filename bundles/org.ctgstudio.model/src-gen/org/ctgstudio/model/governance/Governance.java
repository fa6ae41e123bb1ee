/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance;

import org.ctgstudio.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Governance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.Governance#getCommittees <em>Committees</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.Governance#getCooperationOfficers <em>Cooperation Officers</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.governance.GovernancePackage#getGovernance()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gouvernance' en='Governance'"
 * @generated
 */
public interface Governance extends Identified {
	/**
	 * Returns the value of the '<em><b>Committees</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.governance.Committee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Committees</em>' containment reference list.
	 * @see org.ctgstudio.model.governance.GovernancePackage#getGovernance_Committees()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Instances' en='Committees'"
	 * @generated
	 */
	EList<Committee> getCommittees();

	/**
	 * Returns the value of the '<em><b>Cooperation Officers</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.governance.CooperationOfficer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cooperation Officers</em>' containment reference list.
	 * @see org.ctgstudio.model.governance.GovernancePackage#getGovernance_CooperationOfficers()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Charg\351\267es de coop\351ration' en='Cooperation officers'"
	 * @generated
	 */
	EList<CooperationOfficer> getCooperationOfficers();

} // Governance
