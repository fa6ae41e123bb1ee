/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who holds a competence of a territory: the intercommunality once transferred (except in the retaining communes), each member commune otherwise. A theme without a competence entry stays with the communes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.Competence#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.ctgstudio.model.Competence#isIsTransferred <em>Is Transferred</em>}</li>
 *   <li>{@link org.ctgstudio.model.Competence#getRetainingMunicipalities <em>Retaining Municipalities</em>}</li>
 *   <li>{@link org.ctgstudio.model.Competence#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getCompetence()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Comp\351tence' en='Competence'"
 * @generated
 */
public interface Competence extends Identified {
	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.ThematicDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see #setTheme(ThematicDomain)
	 * @see org.ctgstudio.model.CtgPackage#getCompetence_Theme()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Domaine de comp\351tence' en='Theme'"
	 * @generated
	 */
	ThematicDomain getTheme();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Competence#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(ThematicDomain value);

	/**
	 * Returns the value of the '<em><b>Is Transferred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Transferred</em>' attribute.
	 * @see #setIsTransferred(boolean)
	 * @see org.ctgstudio.model.CtgPackage#getCompetence_IsTransferred()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Transf\351r\351e \340 l\'intercommunalit\351' en='Is transferred'"
	 * @generated
	 */
	boolean isIsTransferred();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Competence#isIsTransferred <em>Is Transferred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Transferred</em>' attribute.
	 * @see #isIsTransferred()
	 * @generated
	 */
	void setIsTransferred(boolean value);

	/**
	 * Returns the value of the '<em><b>Retaining Municipalities</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Municipality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When transferred: the member communes that still exercise it (partial transfer, intérêt communautaire). Ignored when not transferred: every member commune then holds it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retaining Municipalities</em>' reference list.
	 * @see org.ctgstudio.model.CtgPackage#getCompetence_RetainingMunicipalities()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Communes qui l\'exercent encore' en='Retaining municipalities'"
	 * @generated
	 */
	EList<Municipality> getRetainingMunicipalities();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.ctgstudio.model.CtgPackage#getCompetence_Description()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pr\351cisions (int\351r\352t communautaire\u2026)' en='Details'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Competence#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Competence
