/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.representation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Representation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One diagram: which description, which semantic root, and what the user changed (layout, hidden and collapsed elements, layers, filters). Stored in its own small file beside the model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getDescriptionId <em>Description Id</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getSemanticRoot <em>Semantic Root</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getKnownLayers <em>Known Layers</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getHiddenElements <em>Hidden Elements</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getCollapsedElements <em>Collapsed Elements</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.Representation#getLayouts <em>Layouts</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation()
 * @model
 * @generated
 */
public interface Representation extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.representation.Representation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description Id</em>' attribute.
	 * @see #setDescriptionId(String)
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_DescriptionId()
	 * @model
	 * @generated
	 */
	String getDescriptionId();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.representation.Representation#getDescriptionId <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Id</em>' attribute.
	 * @see #getDescriptionId()
	 * @generated
	 */
	void setDescriptionId(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Semantic Root</em>' reference.
	 * @see #setSemanticRoot(EObject)
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_SemanticRoot()
	 * @model
	 * @generated
	 */
	EObject getSemanticRoot();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.representation.Representation#getSemanticRoot <em>Semantic Root</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Root</em>' reference.
	 * @see #getSemanticRoot()
	 * @generated
	 */
	void setSemanticRoot(EObject value);

	/**
	 * Returns the value of the '<em><b>Active Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Layers</em>' attribute list.
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_ActiveLayers()
	 * @model
	 * @generated
	 */
	EList<String> getActiveLayers();

	/**
	 * Returns the value of the '<em><b>Known Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the description's layers when the diagram was made or last opened: a layer added since (by an extension installed since) is shown if it is active by default, one the user switched off stays off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Known Layers</em>' attribute list.
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_KnownLayers()
	 * @model
	 * @generated
	 */
	EList<String> getKnownLayers();

	/**
	 * Returns the value of the '<em><b>Active Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Filters</em>' attribute list.
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_ActiveFilters()
	 * @model
	 * @generated
	 */
	EList<String> getActiveFilters();

	/**
	 * Returns the value of the '<em><b>Hidden Elements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of diagram elements hidden by the user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Elements</em>' attribute list.
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_HiddenElements()
	 * @model
	 * @generated
	 */
	EList<String> getHiddenElements();

	/**
	 * Returns the value of the '<em><b>Collapsed Elements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collapsed Elements</em>' attribute list.
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_CollapsedElements()
	 * @model
	 * @generated
	 */
	EList<String> getCollapsedElements();

	/**
	 * Returns the value of the '<em><b>Layouts</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.representation.ElementLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stored positions and sizes, sorted by element id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layouts</em>' containment reference list.
	 * @see org.ctgstudio.diagram.representation.RepresentationPackage#getRepresentation_Layouts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ElementLayout> getLayouts();

} // Representation
