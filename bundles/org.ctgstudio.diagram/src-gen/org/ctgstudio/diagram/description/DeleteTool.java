/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delete Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Deletes elements of the mappings: from the model, or from the diagram only (hidden).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.DeleteTool#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.DeleteTool#isFromModel <em>From Model</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDeleteTool()
 * @model
 * @generated
 */
public interface DeleteTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.diagram.description.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDeleteTool_Mappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>From Model</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Model</em>' attribute.
	 * @see #setFromModel(boolean)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getDeleteTool_FromModel()
	 * @model default="true"
	 * @generated
	 */
	boolean isFromModel();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.DeleteTool#isFromModel <em>From Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Model</em>' attribute.
	 * @see #isFromModel()
	 * @generated
	 */
	void setFromModel(boolean value);

} // DeleteTool
