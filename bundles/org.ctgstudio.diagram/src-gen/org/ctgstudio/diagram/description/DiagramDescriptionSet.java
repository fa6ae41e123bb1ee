/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of representation descriptions contributed by one bundle (like a Sirius viewpoint).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.DiagramDescriptionSet#getDescriptions <em>Descriptions</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.DiagramDescriptionSet#getExtensions <em>Extensions</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDiagramDescriptionSet()
 * @model
 * @generated
 */
public interface DiagramDescriptionSet extends Labelled {
	/**
	 * Returns the value of the '<em><b>Descriptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.RepresentationDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Descriptions</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDiagramDescriptionSet_Descriptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<RepresentationDescription> getDescriptions();

	/**
	 * Returns the value of the '<em><b>Extensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.RepresentationExtension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Additions of this bundle to representations described elsewhere (CTG Studio's own, or another bundle's).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extensions</em>' containment reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDiagramDescriptionSet_Extensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<RepresentationExtension> getExtensions();

} // DiagramDescriptionSet
