/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Connects two elements: adds the target to the reference of a relation-based mapping, or creates an edge element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeCreationTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeCreationTool#getEClass <em>EClass</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeCreationTool#getContainerExpression <em>Container Expression</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeCreationTool#getInitialValues <em>Initial Values</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeCreationTool()
 * @model
 * @generated
 */
public interface EdgeCreationTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(EdgeMapping)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeCreationTool_Mapping()
	 * @model
	 * @generated
	 */
	EdgeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(EdgeMapping value);

	/**
	 * Returns the value of the '<em><b>EClass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>EClass</em>' attribute.
	 * @see #setEClass(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeCreationTool_EClass()
	 * @model
	 * @generated
	 */
	String getEClass();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getEClass <em>EClass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>EClass</em>' attribute.
	 * @see #getEClass()
	 * @generated
	 */
	void setEClass(String value);

	/**
	 * Returns the value of the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeCreationTool_ContainmentFeature()
	 * @model
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

	/**
	 * Returns the value of the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Expression</em>' attribute.
	 * @see #setContainerExpression(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeCreationTool_ContainerExpression()
	 * @model
	 * @generated
	 */
	String getContainerExpression();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getContainerExpression <em>Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Expression</em>' attribute.
	 * @see #getContainerExpression()
	 * @generated
	 */
	void setContainerExpression(String value);

	/**
	 * Returns the value of the '<em><b>Initial Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.FeatureValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial Values</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeCreationTool_InitialValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureValue> getInitialValues();

} // EdgeCreationTool
