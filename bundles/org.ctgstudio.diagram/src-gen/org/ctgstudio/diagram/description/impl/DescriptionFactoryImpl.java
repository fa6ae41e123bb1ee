/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description.impl;

import org.ctgstudio.diagram.description.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DescriptionFactoryImpl extends EFactoryImpl implements DescriptionFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DescriptionFactory init() {
		try {
			DescriptionFactory theDescriptionFactory = (DescriptionFactory)EPackage.Registry.INSTANCE.getEFactory(DescriptionPackage.eNS_URI);
			if (theDescriptionFactory != null) {
				return theDescriptionFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DescriptionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptionFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET: return createDiagramDescriptionSet();
			case DescriptionPackage.REPRESENTATION_EXTENSION: return createRepresentationExtension();
			case DescriptionPackage.REPRESENTATION_DESCRIPTION: return createRepresentationDescription();
			case DescriptionPackage.NODE_MAPPING: return createNodeMapping();
			case DescriptionPackage.EDGE_MAPPING: return createEdgeMapping();
			case DescriptionPackage.STYLE: return createStyle();
			case DescriptionPackage.CONDITIONAL_STYLE: return createConditionalStyle();
			case DescriptionPackage.LAYER: return createLayer();
			case DescriptionPackage.FILTER: return createFilter();
			case DescriptionPackage.FEATURE_VALUE: return createFeatureValue();
			case DescriptionPackage.NODE_CREATION_TOOL: return createNodeCreationTool();
			case DescriptionPackage.EDGE_CREATION_TOOL: return createEdgeCreationTool();
			case DescriptionPackage.DELETE_TOOL: return createDeleteTool();
			case DescriptionPackage.DIRECT_EDIT_TOOL: return createDirectEditTool();
			case DescriptionPackage.RECONNECT_TOOL: return createReconnectTool();
			case DescriptionPackage.DROP_TOOL: return createDropTool();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case DescriptionPackage.NODE_SHAPE:
				return createNodeShapeFromString(eDataType, initialValue);
			case DescriptionPackage.LINE_STYLE:
				return createLineStyleFromString(eDataType, initialValue);
			case DescriptionPackage.ARROW_KIND:
				return createArrowKindFromString(eDataType, initialValue);
			case DescriptionPackage.LAYOUT_DIRECTION:
				return createLayoutDirectionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case DescriptionPackage.NODE_SHAPE:
				return convertNodeShapeToString(eDataType, instanceValue);
			case DescriptionPackage.LINE_STYLE:
				return convertLineStyleToString(eDataType, instanceValue);
			case DescriptionPackage.ARROW_KIND:
				return convertArrowKindToString(eDataType, instanceValue);
			case DescriptionPackage.LAYOUT_DIRECTION:
				return convertLayoutDirectionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramDescriptionSet createDiagramDescriptionSet() {
		DiagramDescriptionSetImpl diagramDescriptionSet = new DiagramDescriptionSetImpl();
		return diagramDescriptionSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RepresentationExtension createRepresentationExtension() {
		RepresentationExtensionImpl representationExtension = new RepresentationExtensionImpl();
		return representationExtension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RepresentationDescription createRepresentationDescription() {
		RepresentationDescriptionImpl representationDescription = new RepresentationDescriptionImpl();
		return representationDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeMapping createNodeMapping() {
		NodeMappingImpl nodeMapping = new NodeMappingImpl();
		return nodeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeMapping createEdgeMapping() {
		EdgeMappingImpl edgeMapping = new EdgeMappingImpl();
		return edgeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Style createStyle() {
		StyleImpl style = new StyleImpl();
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalStyle createConditionalStyle() {
		ConditionalStyleImpl conditionalStyle = new ConditionalStyleImpl();
		return conditionalStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer createLayer() {
		LayerImpl layer = new LayerImpl();
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filter createFilter() {
		FilterImpl filter = new FilterImpl();
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureValue createFeatureValue() {
		FeatureValueImpl featureValue = new FeatureValueImpl();
		return featureValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeCreationTool createNodeCreationTool() {
		NodeCreationToolImpl nodeCreationTool = new NodeCreationToolImpl();
		return nodeCreationTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeCreationTool createEdgeCreationTool() {
		EdgeCreationToolImpl edgeCreationTool = new EdgeCreationToolImpl();
		return edgeCreationTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeleteTool createDeleteTool() {
		DeleteToolImpl deleteTool = new DeleteToolImpl();
		return deleteTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectEditTool createDirectEditTool() {
		DirectEditToolImpl directEditTool = new DirectEditToolImpl();
		return directEditTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReconnectTool createReconnectTool() {
		ReconnectToolImpl reconnectTool = new ReconnectToolImpl();
		return reconnectTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DropTool createDropTool() {
		DropToolImpl dropTool = new DropToolImpl();
		return dropTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeShape createNodeShapeFromString(EDataType eDataType, String initialValue) {
		NodeShape result = NodeShape.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNodeShapeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineStyle createLineStyleFromString(EDataType eDataType, String initialValue) {
		LineStyle result = LineStyle.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineStyleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArrowKind createArrowKindFromString(EDataType eDataType, String initialValue) {
		ArrowKind result = ArrowKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArrowKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayoutDirection createLayoutDirectionFromString(EDataType eDataType, String initialValue) {
		LayoutDirection result = LayoutDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayoutDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DescriptionPackage getDescriptionPackage() {
		return (DescriptionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DescriptionPackage getPackage() {
		return DescriptionPackage.eINSTANCE;
	}

} //DescriptionFactoryImpl
