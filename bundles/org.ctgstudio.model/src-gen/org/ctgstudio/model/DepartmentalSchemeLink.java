/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Departmental Scheme Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.DepartmentalSchemeLink#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.ctgstudio.model.DepartmentalSchemeLink#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.DepartmentalSchemeLink#getPeriod <em>Period</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getDepartmentalSchemeLink()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma d\351partemental' en='Departmental scheme link'"
 * @generated
 */
public interface DepartmentalSchemeLink extends Identified {
	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.SchemeType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheme</em>' attribute.
	 * @see org.ctgstudio.model.SchemeType
	 * @see #setScheme(SchemeType)
	 * @see org.ctgstudio.model.CtgPackage#getDepartmentalSchemeLink_Scheme()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma' en='Scheme'"
	 * @generated
	 */
	SchemeType getScheme();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.DepartmentalSchemeLink#getScheme <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' attribute.
	 * @see org.ctgstudio.model.SchemeType
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(SchemeType value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.ctgstudio.model.CtgPackage#getDepartmentalSchemeLink_Title()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intitul\351' en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.DepartmentalSchemeLink#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.ctgstudio.model.CtgPackage#getDepartmentalSchemeLink_Period()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='P\351riode' en='Period'"
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.DepartmentalSchemeLink#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

} // DepartmentalSchemeLink
