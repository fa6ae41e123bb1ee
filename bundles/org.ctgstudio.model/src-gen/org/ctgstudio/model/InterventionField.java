/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.InterventionField#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.ctgstudio.model.InterventionField#isIsPriority <em>Is Priority</em>}</li>
 *   <li>{@link org.ctgstudio.model.InterventionField#getJustification <em>Justification</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getInterventionField()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Champ d\'intervention' en='Intervention field'"
 * @generated
 */
public interface InterventionField extends Identified {
	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.ThematicDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see #setTheme(ThematicDomain)
	 * @see org.ctgstudio.model.CtgPackage#getInterventionField_Theme()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Th\351matique' en='Theme'"
	 * @generated
	 */
	ThematicDomain getTheme();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.InterventionField#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(ThematicDomain value);

	/**
	 * Returns the value of the '<em><b>Is Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Priority</em>' attribute.
	 * @see #setIsPriority(boolean)
	 * @see org.ctgstudio.model.CtgPackage#getInterventionField_IsPriority()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\300 privil\351gier' en='Is priority'"
	 * @generated
	 */
	boolean isIsPriority();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.InterventionField#isIsPriority <em>Is Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Priority</em>' attribute.
	 * @see #isIsPriority()
	 * @generated
	 */
	void setIsPriority(boolean value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see org.ctgstudio.model.CtgPackage#getInterventionField_Justification()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311cart offre/besoin' en='Justification'"
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.InterventionField#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

} // InterventionField
