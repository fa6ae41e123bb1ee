/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.diagram.description.DescriptionPackage
 * @generated
 */
public interface DescriptionFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionFactory eINSTANCE = org.ctgstudio.diagram.description.impl.DescriptionFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Diagram Description Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram Description Set</em>'.
	 * @generated
	 */
	DiagramDescriptionSet createDiagramDescriptionSet();

	/**
	 * Returns a new object of class '<em>Representation Extension</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Representation Extension</em>'.
	 * @generated
	 */
	RepresentationExtension createRepresentationExtension();

	/**
	 * Returns a new object of class '<em>Representation Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Representation Description</em>'.
	 * @generated
	 */
	RepresentationDescription createRepresentationDescription();

	/**
	 * Returns a new object of class '<em>Node Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Mapping</em>'.
	 * @generated
	 */
	NodeMapping createNodeMapping();

	/**
	 * Returns a new object of class '<em>Edge Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Mapping</em>'.
	 * @generated
	 */
	EdgeMapping createEdgeMapping();

	/**
	 * Returns a new object of class '<em>Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Style</em>'.
	 * @generated
	 */
	Style createStyle();

	/**
	 * Returns a new object of class '<em>Conditional Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conditional Style</em>'.
	 * @generated
	 */
	ConditionalStyle createConditionalStyle();

	/**
	 * Returns a new object of class '<em>Layer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layer</em>'.
	 * @generated
	 */
	Layer createLayer();

	/**
	 * Returns a new object of class '<em>Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Filter</em>'.
	 * @generated
	 */
	Filter createFilter();

	/**
	 * Returns a new object of class '<em>Feature Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feature Value</em>'.
	 * @generated
	 */
	FeatureValue createFeatureValue();

	/**
	 * Returns a new object of class '<em>Node Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Creation Tool</em>'.
	 * @generated
	 */
	NodeCreationTool createNodeCreationTool();

	/**
	 * Returns a new object of class '<em>Edge Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Creation Tool</em>'.
	 * @generated
	 */
	EdgeCreationTool createEdgeCreationTool();

	/**
	 * Returns a new object of class '<em>Delete Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delete Tool</em>'.
	 * @generated
	 */
	DeleteTool createDeleteTool();

	/**
	 * Returns a new object of class '<em>Direct Edit Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Direct Edit Tool</em>'.
	 * @generated
	 */
	DirectEditTool createDirectEditTool();

	/**
	 * Returns a new object of class '<em>Reconnect Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reconnect Tool</em>'.
	 * @generated
	 */
	ReconnectTool createReconnectTool();

	/**
	 * Returns a new object of class '<em>Drop Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Drop Tool</em>'.
	 * @generated
	 */
	DropTool createDropTool();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DescriptionPackage getDescriptionPackage();

} //DescriptionFactory
