/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description.util;

import org.ctgstudio.diagram.description.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.diagram.description.DescriptionPackage
 * @generated
 */
public class DescriptionSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DescriptionPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptionSwitch() {
		if (modelPackage == null) {
			modelPackage = DescriptionPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case DescriptionPackage.LABELLED: {
				Labelled labelled = (Labelled)theEObject;
				T result = caseLabelled(labelled);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET: {
				DiagramDescriptionSet diagramDescriptionSet = (DiagramDescriptionSet)theEObject;
				T result = caseDiagramDescriptionSet(diagramDescriptionSet);
				if (result == null) result = caseLabelled(diagramDescriptionSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.REPRESENTATION_EXTENSION: {
				RepresentationExtension representationExtension = (RepresentationExtension)theEObject;
				T result = caseRepresentationExtension(representationExtension);
				if (result == null) result = caseLabelled(representationExtension);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.REPRESENTATION_DESCRIPTION: {
				RepresentationDescription representationDescription = (RepresentationDescription)theEObject;
				T result = caseRepresentationDescription(representationDescription);
				if (result == null) result = caseLabelled(representationDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DIAGRAM_ELEMENT_MAPPING: {
				DiagramElementMapping diagramElementMapping = (DiagramElementMapping)theEObject;
				T result = caseDiagramElementMapping(diagramElementMapping);
				if (result == null) result = caseLabelled(diagramElementMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.NODE_MAPPING: {
				NodeMapping nodeMapping = (NodeMapping)theEObject;
				T result = caseNodeMapping(nodeMapping);
				if (result == null) result = caseDiagramElementMapping(nodeMapping);
				if (result == null) result = caseLabelled(nodeMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.EDGE_MAPPING: {
				EdgeMapping edgeMapping = (EdgeMapping)theEObject;
				T result = caseEdgeMapping(edgeMapping);
				if (result == null) result = caseDiagramElementMapping(edgeMapping);
				if (result == null) result = caseLabelled(edgeMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.STYLE: {
				Style style = (Style)theEObject;
				T result = caseStyle(style);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.CONDITIONAL_STYLE: {
				ConditionalStyle conditionalStyle = (ConditionalStyle)theEObject;
				T result = caseConditionalStyle(conditionalStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.LAYER: {
				Layer layer = (Layer)theEObject;
				T result = caseLayer(layer);
				if (result == null) result = caseLabelled(layer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.FILTER: {
				Filter filter = (Filter)theEObject;
				T result = caseFilter(filter);
				if (result == null) result = caseLabelled(filter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.FEATURE_VALUE: {
				FeatureValue featureValue = (FeatureValue)theEObject;
				T result = caseFeatureValue(featureValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.TOOL: {
				Tool tool = (Tool)theEObject;
				T result = caseTool(tool);
				if (result == null) result = caseLabelled(tool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.NODE_CREATION_TOOL: {
				NodeCreationTool nodeCreationTool = (NodeCreationTool)theEObject;
				T result = caseNodeCreationTool(nodeCreationTool);
				if (result == null) result = caseTool(nodeCreationTool);
				if (result == null) result = caseLabelled(nodeCreationTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.EDGE_CREATION_TOOL: {
				EdgeCreationTool edgeCreationTool = (EdgeCreationTool)theEObject;
				T result = caseEdgeCreationTool(edgeCreationTool);
				if (result == null) result = caseTool(edgeCreationTool);
				if (result == null) result = caseLabelled(edgeCreationTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DELETE_TOOL: {
				DeleteTool deleteTool = (DeleteTool)theEObject;
				T result = caseDeleteTool(deleteTool);
				if (result == null) result = caseTool(deleteTool);
				if (result == null) result = caseLabelled(deleteTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DIRECT_EDIT_TOOL: {
				DirectEditTool directEditTool = (DirectEditTool)theEObject;
				T result = caseDirectEditTool(directEditTool);
				if (result == null) result = caseTool(directEditTool);
				if (result == null) result = caseLabelled(directEditTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.RECONNECT_TOOL: {
				ReconnectTool reconnectTool = (ReconnectTool)theEObject;
				T result = caseReconnectTool(reconnectTool);
				if (result == null) result = caseTool(reconnectTool);
				if (result == null) result = caseLabelled(reconnectTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DROP_TOOL: {
				DropTool dropTool = (DropTool)theEObject;
				T result = caseDropTool(dropTool);
				if (result == null) result = caseTool(dropTool);
				if (result == null) result = caseLabelled(dropTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Labelled</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Labelled</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabelled(Labelled object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Description Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Description Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramDescriptionSet(DiagramDescriptionSet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Representation Extension</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Representation Extension</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRepresentationExtension(RepresentationExtension object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Representation Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Representation Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRepresentationDescription(RepresentationDescription object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Element Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Element Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramElementMapping(DiagramElementMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodeMapping(NodeMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgeMapping(EdgeMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStyle(Style object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditional Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditional Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionalStyle(ConditionalStyle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayer(Layer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Filter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Filter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFilter(Filter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Feature Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Feature Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFeatureValue(FeatureValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTool(Tool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Creation Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodeCreationTool(NodeCreationTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Creation Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgeCreationTool(EdgeCreationTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delete Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delete Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeleteTool(DeleteTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Direct Edit Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Direct Edit Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDirectEditTool(DirectEditTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reconnect Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reconnect Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReconnectTool(ReconnectTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Drop Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Drop Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDropTool(DropTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //DescriptionSwitch
