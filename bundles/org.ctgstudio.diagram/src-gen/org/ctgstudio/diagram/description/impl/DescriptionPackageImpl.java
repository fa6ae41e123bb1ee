/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description.impl;

import org.ctgstudio.diagram.description.ArrowKind;
import org.ctgstudio.diagram.description.ConditionalStyle;
import org.ctgstudio.diagram.description.DeleteTool;
import org.ctgstudio.diagram.description.DescriptionFactory;
import org.ctgstudio.diagram.description.DescriptionPackage;
import org.ctgstudio.diagram.description.DiagramDescriptionSet;
import org.ctgstudio.diagram.description.DiagramElementMapping;
import org.ctgstudio.diagram.description.DirectEditTool;
import org.ctgstudio.diagram.description.DropTool;
import org.ctgstudio.diagram.description.EdgeCreationTool;
import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.description.FeatureValue;
import org.ctgstudio.diagram.description.Filter;
import org.ctgstudio.diagram.description.Labelled;
import org.ctgstudio.diagram.description.Layer;
import org.ctgstudio.diagram.description.LayoutDirection;
import org.ctgstudio.diagram.description.LineStyle;
import org.ctgstudio.diagram.description.NodeCreationTool;
import org.ctgstudio.diagram.description.NodeMapping;
import org.ctgstudio.diagram.description.NodeShape;
import org.ctgstudio.diagram.description.ReconnectTool;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.description.RepresentationExtension;
import org.ctgstudio.diagram.description.Style;
import org.ctgstudio.diagram.description.Tool;

import org.ctgstudio.diagram.representation.RepresentationPackage;

import org.ctgstudio.diagram.representation.impl.RepresentationPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DescriptionPackageImpl extends EPackageImpl implements DescriptionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelledEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramDescriptionSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass representationExtensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass representationDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramElementMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass styleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionalStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass filterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass featureValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass toolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeCreationToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeCreationToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deleteToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass directEditToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reconnectToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dropToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nodeShapeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineStyleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum arrowKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum layoutDirectionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DescriptionPackageImpl() {
		super(eNS_URI, DescriptionFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DescriptionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DescriptionPackage init() {
		if (isInited) return (DescriptionPackage)EPackage.Registry.INSTANCE.getEPackage(DescriptionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDescriptionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DescriptionPackageImpl theDescriptionPackage = registeredDescriptionPackage instanceof DescriptionPackageImpl ? (DescriptionPackageImpl)registeredDescriptionPackage : new DescriptionPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(RepresentationPackage.eNS_URI);
		RepresentationPackageImpl theRepresentationPackage = (RepresentationPackageImpl)(registeredPackage instanceof RepresentationPackageImpl ? registeredPackage : RepresentationPackage.eINSTANCE);

		// Create package meta-data objects
		theDescriptionPackage.createPackageContents();
		theRepresentationPackage.createPackageContents();

		// Initialize created meta-data
		theDescriptionPackage.initializePackageContents();
		theRepresentationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDescriptionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DescriptionPackage.eNS_URI, theDescriptionPackage);
		return theDescriptionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabelled() {
		return labelledEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelled_Id() {
		return (EAttribute)labelledEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelled_LabelFr() {
		return (EAttribute)labelledEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelled_LabelEn() {
		return (EAttribute)labelledEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramDescriptionSet() {
		return diagramDescriptionSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramDescriptionSet_Descriptions() {
		return (EReference)diagramDescriptionSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramDescriptionSet_Extensions() {
		return (EReference)diagramDescriptionSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepresentationExtension() {
		return representationExtensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationExtension_Representation() {
		return (EAttribute)representationExtensionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationExtension_NodeMappings() {
		return (EReference)representationExtensionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationExtension_EdgeMappings() {
		return (EReference)representationExtensionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationExtension_Layers() {
		return (EReference)representationExtensionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationExtension_Filters() {
		return (EReference)representationExtensionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationExtension_Tools() {
		return (EReference)representationExtensionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepresentationDescription() {
		return representationDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationDescription_DomainClass() {
		return (EAttribute)representationDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationDescription_LayoutDirection() {
		return (EAttribute)representationDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationDescription_NodeMappings() {
		return (EReference)representationDescriptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationDescription_EdgeMappings() {
		return (EReference)representationDescriptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationDescription_Layers() {
		return (EReference)representationDescriptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationDescription_Filters() {
		return (EReference)representationDescriptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepresentationDescription_Tools() {
		return (EReference)representationDescriptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramElementMapping() {
		return diagramElementMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElementMapping_DomainClass() {
		return (EAttribute)diagramElementMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElementMapping_SemanticCandidates() {
		return (EAttribute)diagramElementMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElementMapping_Precondition() {
		return (EAttribute)diagramElementMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElementMapping_LabelExpression() {
		return (EAttribute)diagramElementMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramElementMapping_Style() {
		return (EReference)diagramElementMappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramElementMapping_ConditionalStyles() {
		return (EReference)diagramElementMappingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramElementMapping_Layer() {
		return (EReference)diagramElementMappingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeMapping() {
		return nodeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeMapping_Children() {
		return (EReference)nodeMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeMapping() {
		return edgeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_SourceMappings() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_TargetMappings() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeMapping_Reference() {
		return (EAttribute)edgeMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeMapping_SourceExpression() {
		return (EAttribute)edgeMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeMapping_TargetExpression() {
		return (EAttribute)edgeMappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeMapping_SourceFeature() {
		return (EAttribute)edgeMappingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeMapping_TargetFeature() {
		return (EAttribute)edgeMappingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStyle() {
		return styleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_Shape() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_FillColor() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_BorderColor() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_BorderStyle() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_BorderWidth() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_LabelColor() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_FontSize() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_Bold() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_Italic() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_Icon() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_Width() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_Height() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_SourceArrow() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_TargetArrow() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionalStyle() {
		return conditionalStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionalStyle_Condition() {
		return (EAttribute)conditionalStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionalStyle_Style() {
		return (EReference)conditionalStyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayer() {
		return layerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_ActiveByDefault() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFilter() {
		return filterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_Condition() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFilter_Mappings() {
		return (EReference)filterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_ActiveByDefault() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeatureValue() {
		return featureValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureValue_Feature() {
		return (EAttribute)featureValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureValue_Expression() {
		return (EAttribute)featureValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTool() {
		return toolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTool_Icon() {
		return (EAttribute)toolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeCreationTool() {
		return nodeCreationToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeCreationTool_Mapping() {
		return (EReference)nodeCreationToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCreationTool_EClass() {
		return (EAttribute)nodeCreationToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCreationTool_ContainmentFeature() {
		return (EAttribute)nodeCreationToolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCreationTool_ContainerExpression() {
		return (EAttribute)nodeCreationToolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeCreationTool_InitialValues() {
		return (EReference)nodeCreationToolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeCreationTool() {
		return edgeCreationToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeCreationTool_Mapping() {
		return (EReference)edgeCreationToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeCreationTool_EClass() {
		return (EAttribute)edgeCreationToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeCreationTool_ContainmentFeature() {
		return (EAttribute)edgeCreationToolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeCreationTool_ContainerExpression() {
		return (EAttribute)edgeCreationToolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeCreationTool_InitialValues() {
		return (EReference)edgeCreationToolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeleteTool() {
		return deleteToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeleteTool_Mappings() {
		return (EReference)deleteToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeleteTool_FromModel() {
		return (EAttribute)deleteToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDirectEditTool() {
		return directEditToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectEditTool_Mappings() {
		return (EReference)directEditToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectEditTool_Feature() {
		return (EAttribute)directEditToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReconnectTool() {
		return reconnectToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReconnectTool_Mappings() {
		return (EReference)reconnectToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDropTool() {
		return dropToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDropTool_Mapping() {
		return (EReference)dropToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDropTool_ContainmentFeature() {
		return (EAttribute)dropToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNodeShape() {
		return nodeShapeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineStyle() {
		return lineStyleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArrowKind() {
		return arrowKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLayoutDirection() {
		return layoutDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DescriptionFactory getDescriptionFactory() {
		return (DescriptionFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		labelledEClass = createEClass(LABELLED);
		createEAttribute(labelledEClass, LABELLED__ID);
		createEAttribute(labelledEClass, LABELLED__LABEL_FR);
		createEAttribute(labelledEClass, LABELLED__LABEL_EN);

		diagramDescriptionSetEClass = createEClass(DIAGRAM_DESCRIPTION_SET);
		createEReference(diagramDescriptionSetEClass, DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS);
		createEReference(diagramDescriptionSetEClass, DIAGRAM_DESCRIPTION_SET__EXTENSIONS);

		representationExtensionEClass = createEClass(REPRESENTATION_EXTENSION);
		createEAttribute(representationExtensionEClass, REPRESENTATION_EXTENSION__REPRESENTATION);
		createEReference(representationExtensionEClass, REPRESENTATION_EXTENSION__NODE_MAPPINGS);
		createEReference(representationExtensionEClass, REPRESENTATION_EXTENSION__EDGE_MAPPINGS);
		createEReference(representationExtensionEClass, REPRESENTATION_EXTENSION__LAYERS);
		createEReference(representationExtensionEClass, REPRESENTATION_EXTENSION__FILTERS);
		createEReference(representationExtensionEClass, REPRESENTATION_EXTENSION__TOOLS);

		representationDescriptionEClass = createEClass(REPRESENTATION_DESCRIPTION);
		createEAttribute(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__DOMAIN_CLASS);
		createEAttribute(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__LAYOUT_DIRECTION);
		createEReference(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__NODE_MAPPINGS);
		createEReference(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__EDGE_MAPPINGS);
		createEReference(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__LAYERS);
		createEReference(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__FILTERS);
		createEReference(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__TOOLS);

		diagramElementMappingEClass = createEClass(DIAGRAM_ELEMENT_MAPPING);
		createEAttribute(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS);
		createEAttribute(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES);
		createEAttribute(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__PRECONDITION);
		createEAttribute(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION);
		createEReference(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__STYLE);
		createEReference(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES);
		createEReference(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__LAYER);

		nodeMappingEClass = createEClass(NODE_MAPPING);
		createEReference(nodeMappingEClass, NODE_MAPPING__CHILDREN);

		edgeMappingEClass = createEClass(EDGE_MAPPING);
		createEReference(edgeMappingEClass, EDGE_MAPPING__SOURCE_MAPPINGS);
		createEReference(edgeMappingEClass, EDGE_MAPPING__TARGET_MAPPINGS);
		createEAttribute(edgeMappingEClass, EDGE_MAPPING__REFERENCE);
		createEAttribute(edgeMappingEClass, EDGE_MAPPING__SOURCE_EXPRESSION);
		createEAttribute(edgeMappingEClass, EDGE_MAPPING__TARGET_EXPRESSION);
		createEAttribute(edgeMappingEClass, EDGE_MAPPING__SOURCE_FEATURE);
		createEAttribute(edgeMappingEClass, EDGE_MAPPING__TARGET_FEATURE);

		styleEClass = createEClass(STYLE);
		createEAttribute(styleEClass, STYLE__SHAPE);
		createEAttribute(styleEClass, STYLE__FILL_COLOR);
		createEAttribute(styleEClass, STYLE__BORDER_COLOR);
		createEAttribute(styleEClass, STYLE__BORDER_STYLE);
		createEAttribute(styleEClass, STYLE__BORDER_WIDTH);
		createEAttribute(styleEClass, STYLE__LABEL_COLOR);
		createEAttribute(styleEClass, STYLE__FONT_SIZE);
		createEAttribute(styleEClass, STYLE__BOLD);
		createEAttribute(styleEClass, STYLE__ITALIC);
		createEAttribute(styleEClass, STYLE__ICON);
		createEAttribute(styleEClass, STYLE__WIDTH);
		createEAttribute(styleEClass, STYLE__HEIGHT);
		createEAttribute(styleEClass, STYLE__SOURCE_ARROW);
		createEAttribute(styleEClass, STYLE__TARGET_ARROW);

		conditionalStyleEClass = createEClass(CONDITIONAL_STYLE);
		createEAttribute(conditionalStyleEClass, CONDITIONAL_STYLE__CONDITION);
		createEReference(conditionalStyleEClass, CONDITIONAL_STYLE__STYLE);

		layerEClass = createEClass(LAYER);
		createEAttribute(layerEClass, LAYER__ACTIVE_BY_DEFAULT);

		filterEClass = createEClass(FILTER);
		createEAttribute(filterEClass, FILTER__CONDITION);
		createEReference(filterEClass, FILTER__MAPPINGS);
		createEAttribute(filterEClass, FILTER__ACTIVE_BY_DEFAULT);

		featureValueEClass = createEClass(FEATURE_VALUE);
		createEAttribute(featureValueEClass, FEATURE_VALUE__FEATURE);
		createEAttribute(featureValueEClass, FEATURE_VALUE__EXPRESSION);

		toolEClass = createEClass(TOOL);
		createEAttribute(toolEClass, TOOL__ICON);

		nodeCreationToolEClass = createEClass(NODE_CREATION_TOOL);
		createEReference(nodeCreationToolEClass, NODE_CREATION_TOOL__MAPPING);
		createEAttribute(nodeCreationToolEClass, NODE_CREATION_TOOL__ECLASS);
		createEAttribute(nodeCreationToolEClass, NODE_CREATION_TOOL__CONTAINMENT_FEATURE);
		createEAttribute(nodeCreationToolEClass, NODE_CREATION_TOOL__CONTAINER_EXPRESSION);
		createEReference(nodeCreationToolEClass, NODE_CREATION_TOOL__INITIAL_VALUES);

		edgeCreationToolEClass = createEClass(EDGE_CREATION_TOOL);
		createEReference(edgeCreationToolEClass, EDGE_CREATION_TOOL__MAPPING);
		createEAttribute(edgeCreationToolEClass, EDGE_CREATION_TOOL__ECLASS);
		createEAttribute(edgeCreationToolEClass, EDGE_CREATION_TOOL__CONTAINMENT_FEATURE);
		createEAttribute(edgeCreationToolEClass, EDGE_CREATION_TOOL__CONTAINER_EXPRESSION);
		createEReference(edgeCreationToolEClass, EDGE_CREATION_TOOL__INITIAL_VALUES);

		deleteToolEClass = createEClass(DELETE_TOOL);
		createEReference(deleteToolEClass, DELETE_TOOL__MAPPINGS);
		createEAttribute(deleteToolEClass, DELETE_TOOL__FROM_MODEL);

		directEditToolEClass = createEClass(DIRECT_EDIT_TOOL);
		createEReference(directEditToolEClass, DIRECT_EDIT_TOOL__MAPPINGS);
		createEAttribute(directEditToolEClass, DIRECT_EDIT_TOOL__FEATURE);

		reconnectToolEClass = createEClass(RECONNECT_TOOL);
		createEReference(reconnectToolEClass, RECONNECT_TOOL__MAPPINGS);

		dropToolEClass = createEClass(DROP_TOOL);
		createEReference(dropToolEClass, DROP_TOOL__MAPPING);
		createEAttribute(dropToolEClass, DROP_TOOL__CONTAINMENT_FEATURE);

		// Create enums
		nodeShapeEEnum = createEEnum(NODE_SHAPE);
		lineStyleEEnum = createEEnum(LINE_STYLE);
		arrowKindEEnum = createEEnum(ARROW_KIND);
		layoutDirectionEEnum = createEEnum(LAYOUT_DIRECTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		diagramDescriptionSetEClass.getESuperTypes().add(this.getLabelled());
		representationExtensionEClass.getESuperTypes().add(this.getLabelled());
		representationDescriptionEClass.getESuperTypes().add(this.getLabelled());
		diagramElementMappingEClass.getESuperTypes().add(this.getLabelled());
		nodeMappingEClass.getESuperTypes().add(this.getDiagramElementMapping());
		edgeMappingEClass.getESuperTypes().add(this.getDiagramElementMapping());
		layerEClass.getESuperTypes().add(this.getLabelled());
		filterEClass.getESuperTypes().add(this.getLabelled());
		toolEClass.getESuperTypes().add(this.getLabelled());
		nodeCreationToolEClass.getESuperTypes().add(this.getTool());
		edgeCreationToolEClass.getESuperTypes().add(this.getTool());
		deleteToolEClass.getESuperTypes().add(this.getTool());
		directEditToolEClass.getESuperTypes().add(this.getTool());
		reconnectToolEClass.getESuperTypes().add(this.getTool());
		dropToolEClass.getESuperTypes().add(this.getTool());

		// Initialize classes, features, and operations; add parameters
		initEClass(labelledEClass, Labelled.class, "Labelled", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabelled_Id(), ecorePackage.getEString(), "id", null, 0, 1, Labelled.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelled_LabelFr(), ecorePackage.getEString(), "labelFr", null, 0, 1, Labelled.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelled_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, Labelled.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramDescriptionSetEClass, DiagramDescriptionSet.class, "DiagramDescriptionSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiagramDescriptionSet_Descriptions(), this.getRepresentationDescription(), null, "descriptions", null, 0, -1, DiagramDescriptionSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramDescriptionSet_Extensions(), this.getRepresentationExtension(), null, "extensions", null, 0, -1, DiagramDescriptionSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(representationExtensionEClass, RepresentationExtension.class, "RepresentationExtension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRepresentationExtension_Representation(), ecorePackage.getEString(), "representation", null, 1, 1, RepresentationExtension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationExtension_NodeMappings(), this.getNodeMapping(), null, "nodeMappings", null, 0, -1, RepresentationExtension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationExtension_EdgeMappings(), this.getEdgeMapping(), null, "edgeMappings", null, 0, -1, RepresentationExtension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationExtension_Layers(), this.getLayer(), null, "layers", null, 0, -1, RepresentationExtension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationExtension_Filters(), this.getFilter(), null, "filters", null, 0, -1, RepresentationExtension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationExtension_Tools(), this.getTool(), null, "tools", null, 0, -1, RepresentationExtension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(representationDescriptionEClass, RepresentationDescription.class, "RepresentationDescription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRepresentationDescription_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepresentationDescription_LayoutDirection(), this.getLayoutDirection(), "layoutDirection", null, 0, 1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationDescription_NodeMappings(), this.getNodeMapping(), null, "nodeMappings", null, 0, -1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationDescription_EdgeMappings(), this.getEdgeMapping(), null, "edgeMappings", null, 0, -1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationDescription_Layers(), this.getLayer(), null, "layers", null, 0, -1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationDescription_Filters(), this.getFilter(), null, "filters", null, 0, -1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepresentationDescription_Tools(), this.getTool(), null, "tools", null, 0, -1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramElementMappingEClass, DiagramElementMapping.class, "DiagramElementMapping", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramElementMapping_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramElementMapping_SemanticCandidates(), ecorePackage.getEString(), "semanticCandidates", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramElementMapping_Precondition(), ecorePackage.getEString(), "precondition", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramElementMapping_LabelExpression(), ecorePackage.getEString(), "labelExpression", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramElementMapping_Style(), this.getStyle(), null, "style", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramElementMapping_ConditionalStyles(), this.getConditionalStyle(), null, "conditionalStyles", null, 0, -1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramElementMapping_Layer(), this.getLayer(), null, "layer", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeMappingEClass, NodeMapping.class, "NodeMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNodeMapping_Children(), this.getNodeMapping(), null, "children", null, 0, -1, NodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeMappingEClass, EdgeMapping.class, "EdgeMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEdgeMapping_SourceMappings(), this.getNodeMapping(), null, "sourceMappings", null, 0, -1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeMapping_TargetMappings(), this.getNodeMapping(), null, "targetMappings", null, 0, -1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeMapping_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeMapping_SourceExpression(), ecorePackage.getEString(), "sourceExpression", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeMapping_TargetExpression(), ecorePackage.getEString(), "targetExpression", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeMapping_SourceFeature(), ecorePackage.getEString(), "sourceFeature", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeMapping_TargetFeature(), ecorePackage.getEString(), "targetFeature", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(styleEClass, Style.class, "Style", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStyle_Shape(), this.getNodeShape(), "shape", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_FillColor(), ecorePackage.getEString(), "fillColor", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_BorderColor(), ecorePackage.getEString(), "borderColor", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_BorderStyle(), this.getLineStyle(), "borderStyle", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_BorderWidth(), ecorePackage.getEInt(), "borderWidth", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_LabelColor(), ecorePackage.getEString(), "labelColor", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_FontSize(), ecorePackage.getEInt(), "fontSize", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_Bold(), ecorePackage.getEBoolean(), "bold", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_Italic(), ecorePackage.getEBoolean(), "italic", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_Icon(), ecorePackage.getEString(), "icon", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_Width(), ecorePackage.getEInt(), "width", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_Height(), ecorePackage.getEInt(), "height", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_SourceArrow(), this.getArrowKind(), "sourceArrow", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_TargetArrow(), this.getArrowKind(), "targetArrow", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionalStyleEClass, ConditionalStyle.class, "ConditionalStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConditionalStyle_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, ConditionalStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConditionalStyle_Style(), this.getStyle(), null, "style", null, 0, 1, ConditionalStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerEClass, Layer.class, "Layer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayer_ActiveByDefault(), ecorePackage.getEBoolean(), "activeByDefault", "true", 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(filterEClass, Filter.class, "Filter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFilter_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFilter_Mappings(), this.getDiagramElementMapping(), null, "mappings", null, 0, -1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_ActiveByDefault(), ecorePackage.getEBoolean(), "activeByDefault", null, 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(featureValueEClass, FeatureValue.class, "FeatureValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFeatureValue_Feature(), ecorePackage.getEString(), "feature", null, 0, 1, FeatureValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureValue_Expression(), ecorePackage.getEString(), "expression", null, 0, 1, FeatureValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(toolEClass, Tool.class, "Tool", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTool_Icon(), ecorePackage.getEString(), "icon", null, 0, 1, Tool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeCreationToolEClass, NodeCreationTool.class, "NodeCreationTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNodeCreationTool_Mapping(), this.getNodeMapping(), null, "mapping", null, 0, 1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeCreationTool_EClass(), ecorePackage.getEString(), "eClass", null, 0, 1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeCreationTool_ContainmentFeature(), ecorePackage.getEString(), "containmentFeature", null, 0, 1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeCreationTool_ContainerExpression(), ecorePackage.getEString(), "containerExpression", null, 0, 1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNodeCreationTool_InitialValues(), this.getFeatureValue(), null, "initialValues", null, 0, -1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeCreationToolEClass, EdgeCreationTool.class, "EdgeCreationTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEdgeCreationTool_Mapping(), this.getEdgeMapping(), null, "mapping", null, 0, 1, EdgeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeCreationTool_EClass(), ecorePackage.getEString(), "eClass", null, 0, 1, EdgeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeCreationTool_ContainmentFeature(), ecorePackage.getEString(), "containmentFeature", null, 0, 1, EdgeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeCreationTool_ContainerExpression(), ecorePackage.getEString(), "containerExpression", null, 0, 1, EdgeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeCreationTool_InitialValues(), this.getFeatureValue(), null, "initialValues", null, 0, -1, EdgeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deleteToolEClass, DeleteTool.class, "DeleteTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDeleteTool_Mappings(), this.getDiagramElementMapping(), null, "mappings", null, 0, -1, DeleteTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeleteTool_FromModel(), ecorePackage.getEBoolean(), "fromModel", "true", 0, 1, DeleteTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(directEditToolEClass, DirectEditTool.class, "DirectEditTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDirectEditTool_Mappings(), this.getDiagramElementMapping(), null, "mappings", null, 0, -1, DirectEditTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectEditTool_Feature(), ecorePackage.getEString(), "feature", null, 0, 1, DirectEditTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reconnectToolEClass, ReconnectTool.class, "ReconnectTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReconnectTool_Mappings(), this.getEdgeMapping(), null, "mappings", null, 0, -1, ReconnectTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dropToolEClass, DropTool.class, "DropTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDropTool_Mapping(), this.getNodeMapping(), null, "mapping", null, 0, 1, DropTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDropTool_ContainmentFeature(), ecorePackage.getEString(), "containmentFeature", null, 0, 1, DropTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(nodeShapeEEnum, NodeShape.class, "NodeShape");
		addEEnumLiteral(nodeShapeEEnum, NodeShape.RECTANGLE);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.ROUNDED);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.ELLIPSE);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.DIAMOND);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.HEXAGON);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.NOTE);

		initEEnum(lineStyleEEnum, LineStyle.class, "LineStyle");
		addEEnumLiteral(lineStyleEEnum, LineStyle.SOLID);
		addEEnumLiteral(lineStyleEEnum, LineStyle.DASHED);
		addEEnumLiteral(lineStyleEEnum, LineStyle.DOTTED);

		initEEnum(arrowKindEEnum, ArrowKind.class, "ArrowKind");
		addEEnumLiteral(arrowKindEEnum, ArrowKind.NONE);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.ARROW);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.TRIANGLE);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.DIAMOND);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.CIRCLE);

		initEEnum(layoutDirectionEEnum, LayoutDirection.class, "LayoutDirection");
		addEEnumLiteral(layoutDirectionEEnum, LayoutDirection.RIGHT);
		addEEnumLiteral(layoutDirectionEEnum, LayoutDirection.DOWN);

		// Create resource
		createResource(eNS_URI);
	}

} //DescriptionPackageImpl
