/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Representation Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One kind of diagram: what its root is, which elements it shows and how, its layers, filters and palette.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationDescription#getLayoutDirection <em>Layout Direction</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationDescription#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationDescription#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationDescription#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationDescription#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.RepresentationDescription#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationDescription()
 * @model
 * @generated
 */
public interface RepresentationDescription extends Labelled {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the EClass of the semantic root (e.g. GlobalTerritorialAgreement).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationDescription_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.RepresentationDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Layout Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.diagram.description.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout Direction</em>' attribute.
	 * @see org.ctgstudio.diagram.description.LayoutDirection
	 * @see #setLayoutDirection(LayoutDirection)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationDescription_LayoutDirection()
	 * @model
	 * @generated
	 */
	LayoutDirection getLayoutDirection();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.RepresentationDescription#getLayoutDirection <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Direction</em>' attribute.
	 * @see org.ctgstudio.diagram.description.LayoutDirection
	 * @see #getLayoutDirection()
	 * @generated
	 */
	void setLayoutDirection(LayoutDirection value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationDescription_NodeMappings()
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
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationDescription_EdgeMappings()
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
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationDescription_Layers()
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
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationDescription_Filters()
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
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getRepresentationDescription_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

} // RepresentationDescription
