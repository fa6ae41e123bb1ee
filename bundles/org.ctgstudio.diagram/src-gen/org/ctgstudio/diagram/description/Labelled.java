/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Labelled</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything with a stable id and French / English labels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.Labelled#getId <em>Id</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Labelled#getLabelFr <em>Label Fr</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Labelled#getLabelEn <em>Label En</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getLabelled()
 * @model abstract="true"
 * @generated
 */
public interface Labelled extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier, unique in its description file; diagram element ids and stored state refer to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getLabelled_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Labelled#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Fr</em>' attribute.
	 * @see #setLabelFr(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getLabelled_LabelFr()
	 * @model
	 * @generated
	 */
	String getLabelFr();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Labelled#getLabelFr <em>Label Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Fr</em>' attribute.
	 * @see #getLabelFr()
	 * @generated
	 */
	void setLabelFr(String value);

	/**
	 * Returns the value of the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label En</em>' attribute.
	 * @see #setLabelEn(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getLabelled_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Labelled#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

} // Labelled
