/**
 * CTG Studio example extension - generated from departement.genmodel; do not edit.
 */
package org.ctgstudio.example.extension.departement;

import org.ctgstudio.model.funding.Funding;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Departmental Funding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A funding line of one of the département's own schemes (not a Caf service), voted by its council: its source is the département.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.example.extension.departement.DepartmentalFunding#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.ctgstudio.example.extension.departement.DepartmentalFunding#getCouncilDecision <em>Council Decision</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.example.extension.departement.DepartementPackage#getDepartmentalFunding()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Financement d\351partemental' en='Departmental funding'"
 * @generated
 */
public interface DepartmentalFunding extends Funding {
	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheme</em>' attribute.
	 * @see #setScheme(String)
	 * @see org.ctgstudio.example.extension.departement.DepartementPackage#getDepartmentalFunding_Scheme()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Dispositif d\351partemental' en='Departmental scheme'"
	 * @generated
	 */
	String getScheme();

	/**
	 * Sets the value of the '{@link org.ctgstudio.example.extension.departement.DepartmentalFunding#getScheme <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' attribute.
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(String value);

	/**
	 * Returns the value of the '<em><b>Council Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Council Decision</em>' attribute.
	 * @see #setCouncilDecision(String)
	 * @see org.ctgstudio.example.extension.departement.DepartementPackage#getDepartmentalFunding_CouncilDecision()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='D\351lib\351ration du D\351partement' en='Council decision'"
	 * @generated
	 */
	String getCouncilDecision();

	/**
	 * Sets the value of the '{@link org.ctgstudio.example.extension.departement.DepartmentalFunding#getCouncilDecision <em>Council Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Council Decision</em>' attribute.
	 * @see #getCouncilDecision()
	 * @generated
	 */
	void setCouncilDecision(String value);

} // DepartmentalFunding
