/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identified</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.Identified#getId <em>Id</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getIdentified()
 * @model abstract="true"
 *        annotation="http://ctgstudio.org/ctg/labels fr='\311l\351ment identifi\351' en='Identified'"
 * @generated
 */
public interface Identified extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.ctgstudio.model.CtgPackage#getIdentified_Id()
	 * @model id="true" transient="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Identifiant' en='Id'"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Identified#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

} // Identified
