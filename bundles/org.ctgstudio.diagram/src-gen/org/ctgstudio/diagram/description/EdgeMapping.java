/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Edges. Without a domain class, relation-based: from each source element to the targets of targetExpression (or of the reference). With one, element-based: each candidate is an edge from sourceExpression to targetExpression.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeMapping#getReference <em>Reference</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeMapping#getSourceFeature <em>Source Feature</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.EdgeMapping#getTargetFeature <em>Target Feature</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeMapping()
 * @model
 * @generated
 */
public interface EdgeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeMapping_SourceMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeMapping_TargetMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relation-based edges: the reference of the source that holds the targets (edited by create and reconnect).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeMapping_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeMapping#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Expression</em>' attribute.
	 * @see #setSourceExpression(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeMapping_SourceExpression()
	 * @model
	 * @generated
	 */
	String getSourceExpression();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Expression</em>' attribute.
	 * @see #getSourceExpression()
	 * @generated
	 */
	void setSourceExpression(String value);

	/**
	 * Returns the value of the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Expression</em>' attribute.
	 * @see #setTargetExpression(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeMapping_TargetExpression()
	 * @model
	 * @generated
	 */
	String getTargetExpression();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Expression</em>' attribute.
	 * @see #getTargetExpression()
	 * @generated
	 */
	void setTargetExpression(String value);

	/**
	 * Returns the value of the '<em><b>Source Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based edges: the feature of the edge element that holds its source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Feature</em>' attribute.
	 * @see #setSourceFeature(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeMapping_SourceFeature()
	 * @model
	 * @generated
	 */
	String getSourceFeature();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeMapping#getSourceFeature <em>Source Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Feature</em>' attribute.
	 * @see #getSourceFeature()
	 * @generated
	 */
	void setSourceFeature(String value);

	/**
	 * Returns the value of the '<em><b>Target Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based edges: the feature of the edge element that holds its target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Feature</em>' attribute.
	 * @see #setTargetFeature(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getEdgeMapping_TargetFeature()
	 * @model
	 * @generated
	 */
	String getTargetFeature();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.EdgeMapping#getTargetFeature <em>Target Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Feature</em>' attribute.
	 * @see #getTargetFeature()
	 * @generated
	 */
	void setTargetFeature(String value);

} // EdgeMapping
