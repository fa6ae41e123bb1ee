/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drop Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Model elements dropped onto the diagram: moved into containmentFeature of the target element, or shown again when hidden.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.DropTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.DropTool#getContainmentFeature <em>Containment Feature</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDropTool()
 * @model
 * @generated
 */
public interface DropTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(NodeMapping)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDropTool_Mapping()
	 * @model
	 * @generated
	 */
	NodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.DropTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(NodeMapping value);

	/**
	 * Returns the value of the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDropTool_ContainmentFeature()
	 * @model
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.DropTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

} // DropTool
