/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Representation Extension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a bundle adds to an existing representation, like a Sirius diagram extension with its additional layers: mappings, layers, filters and tools, merged into the extended description when both are registered. The mappings usually sit in a layer of their own, so that users can hide them; they may name the extended description's mappings (edges to its nodes) by cross-document references.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationExtension#getRepresentation <em>Representation</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationExtension#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationExtension#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationExtension#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationExtension#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationExtension#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationExtension()
 * @model
 * @generated
 */
public interface RepresentationExtension extends Labelled {
	/**
	 * Returns the value of the '<em><b>Representation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the extended representation description (e.g. plan-actions).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Representation</em>' attribute.
	 * @see #setRepresentation(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationExtension_Representation()
	 * @model required="true"
	 * @generated
	 */
	String getRepresentation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.RepresentationExtension#getRepresentation <em>Representation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Representation</em>' attribute.
	 * @see #getRepresentation()
	 * @generated
	 */
	void setRepresentation(String value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationExtension_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationExtension_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationExtension_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationExtension_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationExtension_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

} // RepresentationExtension
