/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description.util;

import org.ctgstudio.diagram.description.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.diagram.description.DescriptionPackage
 * @generated
 */
public class DescriptionAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DescriptionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptionAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = DescriptionPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DescriptionSwitch<Adapter> modelSwitch =
		new DescriptionSwitch<Adapter>() {
			@Override
			public Adapter caseLabelled(Labelled object) {
				return createLabelledAdapter();
			}
			@Override
			public Adapter caseDiagramDescriptionSet(DiagramDescriptionSet object) {
				return createDiagramDescriptionSetAdapter();
			}
			@Override
			public Adapter caseRepresentationExtension(RepresentationExtension object) {
				return createRepresentationExtensionAdapter();
			}
			@Override
			public Adapter caseRepresentationDescription(RepresentationDescription object) {
				return createRepresentationDescriptionAdapter();
			}
			@Override
			public Adapter caseDiagramElementMapping(DiagramElementMapping object) {
				return createDiagramElementMappingAdapter();
			}
			@Override
			public Adapter caseNodeMapping(NodeMapping object) {
				return createNodeMappingAdapter();
			}
			@Override
			public Adapter caseEdgeMapping(EdgeMapping object) {
				return createEdgeMappingAdapter();
			}
			@Override
			public Adapter caseStyle(Style object) {
				return createStyleAdapter();
			}
			@Override
			public Adapter caseConditionalStyle(ConditionalStyle object) {
				return createConditionalStyleAdapter();
			}
			@Override
			public Adapter caseLayer(Layer object) {
				return createLayerAdapter();
			}
			@Override
			public Adapter caseFilter(Filter object) {
				return createFilterAdapter();
			}
			@Override
			public Adapter caseFeatureValue(FeatureValue object) {
				return createFeatureValueAdapter();
			}
			@Override
			public Adapter caseTool(Tool object) {
				return createToolAdapter();
			}
			@Override
			public Adapter caseNodeCreationTool(NodeCreationTool object) {
				return createNodeCreationToolAdapter();
			}
			@Override
			public Adapter caseEdgeCreationTool(EdgeCreationTool object) {
				return createEdgeCreationToolAdapter();
			}
			@Override
			public Adapter caseDeleteTool(DeleteTool object) {
				return createDeleteToolAdapter();
			}
			@Override
			public Adapter caseDirectEditTool(DirectEditTool object) {
				return createDirectEditToolAdapter();
			}
			@Override
			public Adapter caseReconnectTool(ReconnectTool object) {
				return createReconnectToolAdapter();
			}
			@Override
			public Adapter caseDropTool(DropTool object) {
				return createDropToolAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.Labelled <em>Labelled</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.Labelled
	 * @generated
	 */
	public Adapter createLabelledAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.DiagramDescriptionSet <em>Diagram Description Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.DiagramDescriptionSet
	 * @generated
	 */
	public Adapter createDiagramDescriptionSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.RepresentationExtension <em>Representation Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.RepresentationExtension
	 * @generated
	 */
	public Adapter createRepresentationExtensionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.RepresentationDescription <em>Representation Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription
	 * @generated
	 */
	public Adapter createRepresentationDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping
	 * @generated
	 */
	public Adapter createDiagramElementMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.NodeMapping
	 * @generated
	 */
	public Adapter createNodeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.EdgeMapping
	 * @generated
	 */
	public Adapter createEdgeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.Style
	 * @generated
	 */
	public Adapter createStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.ConditionalStyle
	 * @generated
	 */
	public Adapter createConditionalStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.Layer
	 * @generated
	 */
	public Adapter createLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.Filter
	 * @generated
	 */
	public Adapter createFilterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.FeatureValue <em>Feature Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.FeatureValue
	 * @generated
	 */
	public Adapter createFeatureValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.Tool
	 * @generated
	 */
	public Adapter createToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.NodeCreationTool
	 * @generated
	 */
	public Adapter createNodeCreationToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.EdgeCreationTool
	 * @generated
	 */
	public Adapter createEdgeCreationToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.DeleteTool
	 * @generated
	 */
	public Adapter createDeleteToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.DirectEditTool
	 * @generated
	 */
	public Adapter createDirectEditToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.ReconnectTool <em>Reconnect Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.ReconnectTool
	 * @generated
	 */
	public Adapter createReconnectToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ctgstudio.diagram.description.DropTool <em>Drop Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ctgstudio.diagram.description.DropTool
	 * @generated
	 */
	public Adapter createDropToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //DescriptionAdapterFactory
