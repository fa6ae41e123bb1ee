/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Diagram descriptions of CTG Studio, in the spirit of Sirius viewpoint specifications: mappings, styles, layers, filters and tools, interpreted into GLSP diagrams.
 * <!-- end-model-doc -->
 * @see org.ctgstudio.diagram.description.DescriptionFactory
 * @model kind="package"
 * @generated
 */
public interface DescriptionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "description";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/diagram/description/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ctgdesc";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionPackage eINSTANCE = org.ctgstudio.diagram.description.impl.DescriptionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.LabelledImpl <em>Labelled</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.LabelledImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getLabelled()
	 * @generated
	 */
	int LABELLED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLED__ID = 0;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLED__LABEL_FR = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLED__LABEL_EN = 2;

	/**
	 * The number of structural features of the '<em>Labelled</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLED_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Labelled</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.DiagramDescriptionSetImpl <em>Diagram Description Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.DiagramDescriptionSetImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDiagramDescriptionSet()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION_SET = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_SET__ID = LABELLED__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_SET__LABEL_FR = LABELLED__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_SET__LABEL_EN = LABELLED__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Descriptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS = LABELLED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Extensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_SET__EXTENSIONS = LABELLED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Diagram Description Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_SET_FEATURE_COUNT = LABELLED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Diagram Description Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_SET_OPERATION_COUNT = LABELLED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl <em>Representation Extension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getRepresentationExtension()
	 * @generated
	 */
	int REPRESENTATION_EXTENSION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__ID = LABELLED__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__LABEL_FR = LABELLED__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__LABEL_EN = LABELLED__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Representation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__REPRESENTATION = LABELLED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__NODE_MAPPINGS = LABELLED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__EDGE_MAPPINGS = LABELLED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__LAYERS = LABELLED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__FILTERS = LABELLED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION__TOOLS = LABELLED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Representation Extension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION_FEATURE_COUNT = LABELLED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Representation Extension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_EXTENSION_OPERATION_COUNT = LABELLED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.RepresentationDescriptionImpl <em>Representation Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.RepresentationDescriptionImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getRepresentationDescription()
	 * @generated
	 */
	int REPRESENTATION_DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__ID = LABELLED__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__LABEL_FR = LABELLED__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__LABEL_EN = LABELLED__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__DOMAIN_CLASS = LABELLED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Layout Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__LAYOUT_DIRECTION = LABELLED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__NODE_MAPPINGS = LABELLED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__EDGE_MAPPINGS = LABELLED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__LAYERS = LABELLED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__FILTERS = LABELLED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION__TOOLS = LABELLED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Representation Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION_FEATURE_COUNT = LABELLED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Representation Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_DESCRIPTION_OPERATION_COUNT = LABELLED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.DiagramElementMappingImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
	 * @generated
	 */
	int DIAGRAM_ELEMENT_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__ID = LABELLED__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL_FR = LABELLED__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL_EN = LABELLED__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = LABELLED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = LABELLED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__PRECONDITION = LABELLED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = LABELLED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__STYLE = LABELLED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES = LABELLED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LAYER = LABELLED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT = LABELLED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT = LABELLED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.NodeMappingImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__ID = DIAGRAM_ELEMENT_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_FR = DIAGRAM_ELEMENT_MAPPING__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EN = DIAGRAM_ELEMENT_MAPPING__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LAYER = DIAGRAM_ELEMENT_MAPPING__LAYER;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CHILDREN = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.EdgeMappingImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__ID = DIAGRAM_ELEMENT_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_FR = DIAGRAM_ELEMENT_MAPPING__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EN = DIAGRAM_ELEMENT_MAPPING__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LAYER = DIAGRAM_ELEMENT_MAPPING__LAYER;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__REFERENCE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_FEATURE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_FEATURE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.StyleImpl <em>Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.StyleImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getStyle()
	 * @generated
	 */
	int STYLE = 7;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__SHAPE = 0;

	/**
	 * The feature id for the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__FILL_COLOR = 1;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__BORDER_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Border Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__BORDER_STYLE = 3;

	/**
	 * The feature id for the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__BORDER_WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_COLOR = 5;

	/**
	 * The feature id for the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__FONT_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__BOLD = 7;

	/**
	 * The feature id for the '<em><b>Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__ITALIC = 8;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__ICON = 9;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__WIDTH = 10;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__HEIGHT = 11;

	/**
	 * The feature id for the '<em><b>Source Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__SOURCE_ARROW = 12;

	/**
	 * The feature id for the '<em><b>Target Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__TARGET_ARROW = 13;

	/**
	 * The number of structural features of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.ConditionalStyleImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getConditionalStyle()
	 * @generated
	 */
	int CONDITIONAL_STYLE = 8;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.LayerImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = LABELLED__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL_FR = LABELLED__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL_EN = LABELLED__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ACTIVE_BY_DEFAULT = LABELLED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = LABELLED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = LABELLED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.FilterImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ID = LABELLED__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LABEL_FR = LABELLED__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LABEL_EN = LABELLED__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__CONDITION = LABELLED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAPPINGS = LABELLED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ACTIVE_BY_DEFAULT = LABELLED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = LABELLED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = LABELLED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.FeatureValueImpl <em>Feature Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.FeatureValueImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getFeatureValue()
	 * @generated
	 */
	int FEATURE_VALUE = 11;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE__FEATURE = 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE__EXPRESSION = 1;

	/**
	 * The number of structural features of the '<em>Feature Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Feature Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.ToolImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ID = LABELLED__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL_FR = LABELLED__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL_EN = LABELLED__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ICON = LABELLED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = LABELLED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = LABELLED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.NodeCreationToolImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getNodeCreationTool()
	 * @generated
	 */
	int NODE_CREATION_TOOL = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__LABEL_FR = TOOL__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__LABEL_EN = TOOL__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>EClass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ECLASS = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__CONTAINER_EXPRESSION = TOOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Initial Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__INITIAL_VALUES = TOOL_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.EdgeCreationToolImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
	 * @generated
	 */
	int EDGE_CREATION_TOOL = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__LABEL_FR = TOOL__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__LABEL_EN = TOOL__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>EClass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ECLASS = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__CONTAINER_EXPRESSION = TOOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Initial Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__INITIAL_VALUES = TOOL_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.DeleteToolImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL_FR = TOOL__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL_EN = TOOL__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__FROM_MODEL = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.DirectEditToolImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDirectEditTool()
	 * @generated
	 */
	int DIRECT_EDIT_TOOL = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL_FR = TOOL__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL_EN = TOOL__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.ReconnectToolImpl <em>Reconnect Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.ReconnectToolImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getReconnectTool()
	 * @generated
	 */
	int RECONNECT_TOOL = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__LABEL_FR = TOOL__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__LABEL_EN = TOOL__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Reconnect Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Reconnect Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.impl.DropToolImpl <em>Drop Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.impl.DropToolImpl
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDropTool()
	 * @generated
	 */
	int DROP_TOOL = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__LABEL_FR = TOOL__LABEL_FR;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__LABEL_EN = TOOL__LABEL_EN;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Drop Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Drop Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.NodeShape <em>Node Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.NodeShape
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getNodeShape()
	 * @generated
	 */
	int NODE_SHAPE = 19;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.LineStyle
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 20;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.ArrowKind <em>Arrow Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.ArrowKind
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getArrowKind()
	 * @generated
	 */
	int ARROW_KIND = 21;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.description.LayoutDirection <em>Layout Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.description.LayoutDirection
	 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getLayoutDirection()
	 * @generated
	 */
	int LAYOUT_DIRECTION = 22;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.Labelled <em>Labelled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Labelled</em>'.
	 * @see org.ctgstudio.diagram.description.Labelled
	 * @generated
	 */
	EClass getLabelled();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Labelled#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.ctgstudio.diagram.description.Labelled#getId()
	 * @see #getLabelled()
	 * @generated
	 */
	EAttribute getLabelled_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Labelled#getLabelFr <em>Label Fr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Fr</em>'.
	 * @see org.ctgstudio.diagram.description.Labelled#getLabelFr()
	 * @see #getLabelled()
	 * @generated
	 */
	EAttribute getLabelled_LabelFr();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Labelled#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see org.ctgstudio.diagram.description.Labelled#getLabelEn()
	 * @see #getLabelled()
	 * @generated
	 */
	EAttribute getLabelled_LabelEn();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.DiagramDescriptionSet <em>Diagram Description Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description Set</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramDescriptionSet
	 * @generated
	 */
	EClass getDiagramDescriptionSet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.DiagramDescriptionSet#getDescriptions <em>Descriptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Descriptions</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramDescriptionSet#getDescriptions()
	 * @see #getDiagramDescriptionSet()
	 * @generated
	 */
	EReference getDiagramDescriptionSet_Descriptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.DiagramDescriptionSet#getExtensions <em>Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extensions</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramDescriptionSet#getExtensions()
	 * @see #getDiagramDescriptionSet()
	 * @generated
	 */
	EReference getDiagramDescriptionSet_Extensions();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.RepresentationExtension <em>Representation Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representation Extension</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationExtension
	 * @generated
	 */
	EClass getRepresentationExtension();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.RepresentationExtension#getRepresentation <em>Representation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Representation</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationExtension#getRepresentation()
	 * @see #getRepresentationExtension()
	 * @generated
	 */
	EAttribute getRepresentationExtension_Representation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationExtension#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationExtension#getNodeMappings()
	 * @see #getRepresentationExtension()
	 * @generated
	 */
	EReference getRepresentationExtension_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationExtension#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationExtension#getEdgeMappings()
	 * @see #getRepresentationExtension()
	 * @generated
	 */
	EReference getRepresentationExtension_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationExtension#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationExtension#getLayers()
	 * @see #getRepresentationExtension()
	 * @generated
	 */
	EReference getRepresentationExtension_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationExtension#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationExtension#getFilters()
	 * @see #getRepresentationExtension()
	 * @generated
	 */
	EReference getRepresentationExtension_Filters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationExtension#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationExtension#getTools()
	 * @see #getRepresentationExtension()
	 * @generated
	 */
	EReference getRepresentationExtension_Tools();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.RepresentationDescription <em>Representation Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representation Description</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription
	 * @generated
	 */
	EClass getRepresentationDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.RepresentationDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription#getDomainClass()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EAttribute getRepresentationDescription_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.RepresentationDescription#getLayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout Direction</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription#getLayoutDirection()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EAttribute getRepresentationDescription_LayoutDirection();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationDescription#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription#getNodeMappings()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EReference getRepresentationDescription_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationDescription#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription#getEdgeMappings()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EReference getRepresentationDescription_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationDescription#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription#getLayers()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EReference getRepresentationDescription_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationDescription#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription#getFilters()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EReference getRepresentationDescription_Filters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.RepresentationDescription#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.ctgstudio.diagram.description.RepresentationDescription#getTools()
	 * @see #getRepresentationDescription()
	 * @generated
	 */
	EReference getRepresentationDescription_Tools();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element Mapping</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping
	 * @generated
	 */
	EClass getDiagramElementMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.DiagramElementMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping#getDomainClass()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.DiagramElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping#getSemanticCandidates()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.DiagramElementMapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping#getPrecondition()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.DiagramElementMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping#getLabelExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_LabelExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.ctgstudio.diagram.description.DiagramElementMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping#getStyle()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.DiagramElementMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping#getConditionalStyles()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_ConditionalStyles();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.diagram.description.DiagramElementMapping#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Layer</em>'.
	 * @see org.ctgstudio.diagram.description.DiagramElementMapping#getLayer()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_Layer();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.ctgstudio.diagram.description.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.NodeMapping#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.ctgstudio.diagram.description.NodeMapping#getChildren()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_Children();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.diagram.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.diagram.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.EdgeMapping#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeMapping#getReference()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Expression</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeMapping#getSourceExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_SourceExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Expression</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeMapping#getTargetExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_TargetExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.EdgeMapping#getSourceFeature <em>Source Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Feature</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeMapping#getSourceFeature()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_SourceFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.EdgeMapping#getTargetFeature <em>Target Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Feature</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeMapping#getTargetFeature()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_TargetFeature();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style</em>'.
	 * @see org.ctgstudio.diagram.description.Style
	 * @generated
	 */
	EClass getStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getShape()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getFillColor <em>Fill Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Color</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getFillColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_FillColor();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getBorderColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getBorderStyle <em>Border Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Style</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getBorderStyle()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_BorderStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getBorderWidth <em>Border Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Width</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getBorderWidth()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_BorderWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getLabelColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getFontSize <em>Font Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Font Size</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getFontSize()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_FontSize();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.ctgstudio.diagram.description.Style#isBold()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Bold();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#isItalic <em>Italic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Italic</em>'.
	 * @see org.ctgstudio.diagram.description.Style#isItalic()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Italic();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getIcon()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Icon();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getWidth()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getHeight()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getSourceArrow <em>Source Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Arrow</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getSourceArrow()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_SourceArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Style#getTargetArrow <em>Target Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Arrow</em>'.
	 * @see org.ctgstudio.diagram.description.Style#getTargetArrow()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_TargetArrow();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Style</em>'.
	 * @see org.ctgstudio.diagram.description.ConditionalStyle
	 * @generated
	 */
	EClass getConditionalStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.ConditionalStyle#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.ctgstudio.diagram.description.ConditionalStyle#getCondition()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EAttribute getConditionalStyle_Condition();

	/**
	 * Returns the meta object for the containment reference '{@link org.ctgstudio.diagram.description.ConditionalStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.ctgstudio.diagram.description.ConditionalStyle#getStyle()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EReference getConditionalStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.ctgstudio.diagram.description.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Layer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.ctgstudio.diagram.description.Layer#isActiveByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ActiveByDefault();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.ctgstudio.diagram.description.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Filter#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.ctgstudio.diagram.description.Filter#getCondition()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Condition();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.diagram.description.Filter#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.Filter#getMappings()
	 * @see #getFilter()
	 * @generated
	 */
	EReference getFilter_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Filter#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.ctgstudio.diagram.description.Filter#isActiveByDefault()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ActiveByDefault();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.FeatureValue <em>Feature Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Value</em>'.
	 * @see org.ctgstudio.diagram.description.FeatureValue
	 * @generated
	 */
	EClass getFeatureValue();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.FeatureValue#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.ctgstudio.diagram.description.FeatureValue#getFeature()
	 * @see #getFeatureValue()
	 * @generated
	 */
	EAttribute getFeatureValue_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.FeatureValue#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.ctgstudio.diagram.description.FeatureValue#getExpression()
	 * @see #getFeatureValue()
	 * @generated
	 */
	EAttribute getFeatureValue_Expression();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.ctgstudio.diagram.description.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.Tool#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.ctgstudio.diagram.description.Tool#getIcon()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Icon();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Creation Tool</em>'.
	 * @see org.ctgstudio.diagram.description.NodeCreationTool
	 * @generated
	 */
	EClass getNodeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.diagram.description.NodeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.ctgstudio.diagram.description.NodeCreationTool#getMapping()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EReference getNodeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.NodeCreationTool#getEClass <em>EClass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>EClass</em>'.
	 * @see org.ctgstudio.diagram.description.NodeCreationTool#getEClass()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_EClass();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.ctgstudio.diagram.description.NodeCreationTool#getContainmentFeature()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_ContainmentFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.NodeCreationTool#getContainerExpression <em>Container Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Expression</em>'.
	 * @see org.ctgstudio.diagram.description.NodeCreationTool#getContainerExpression()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_ContainerExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.NodeCreationTool#getInitialValues <em>Initial Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initial Values</em>'.
	 * @see org.ctgstudio.diagram.description.NodeCreationTool#getInitialValues()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EReference getNodeCreationTool_InitialValues();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Creation Tool</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeCreationTool
	 * @generated
	 */
	EClass getEdgeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeCreationTool#getMapping()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EReference getEdgeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getEClass <em>EClass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>EClass</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeCreationTool#getEClass()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_EClass();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeCreationTool#getContainmentFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_ContainmentFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getContainerExpression <em>Container Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Expression</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeCreationTool#getContainerExpression()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_ContainerExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.description.EdgeCreationTool#getInitialValues <em>Initial Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initial Values</em>'.
	 * @see org.ctgstudio.diagram.description.EdgeCreationTool#getInitialValues()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EReference getEdgeCreationTool_InitialValues();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.ctgstudio.diagram.description.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.diagram.description.DeleteTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.DeleteTool#getMappings()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.DeleteTool#isFromModel <em>From Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Model</em>'.
	 * @see org.ctgstudio.diagram.description.DeleteTool#isFromModel()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EAttribute getDeleteTool_FromModel();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Edit Tool</em>'.
	 * @see org.ctgstudio.diagram.description.DirectEditTool
	 * @generated
	 */
	EClass getDirectEditTool();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.diagram.description.DirectEditTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.DirectEditTool#getMappings()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EReference getDirectEditTool_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.DirectEditTool#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.ctgstudio.diagram.description.DirectEditTool#getFeature()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EAttribute getDirectEditTool_Feature();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.ReconnectTool <em>Reconnect Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reconnect Tool</em>'.
	 * @see org.ctgstudio.diagram.description.ReconnectTool
	 * @generated
	 */
	EClass getReconnectTool();

	/**
	 * Returns the meta object for the reference list '{@link org.ctgstudio.diagram.description.ReconnectTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.ctgstudio.diagram.description.ReconnectTool#getMappings()
	 * @see #getReconnectTool()
	 * @generated
	 */
	EReference getReconnectTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.description.DropTool <em>Drop Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drop Tool</em>'.
	 * @see org.ctgstudio.diagram.description.DropTool
	 * @generated
	 */
	EClass getDropTool();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.diagram.description.DropTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.ctgstudio.diagram.description.DropTool#getMapping()
	 * @see #getDropTool()
	 * @generated
	 */
	EReference getDropTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.description.DropTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.ctgstudio.diagram.description.DropTool#getContainmentFeature()
	 * @see #getDropTool()
	 * @generated
	 */
	EAttribute getDropTool_ContainmentFeature();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.diagram.description.NodeShape <em>Node Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Shape</em>'.
	 * @see org.ctgstudio.diagram.description.NodeShape
	 * @generated
	 */
	EEnum getNodeShape();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.diagram.description.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.ctgstudio.diagram.description.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.diagram.description.ArrowKind <em>Arrow Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrow Kind</em>'.
	 * @see org.ctgstudio.diagram.description.ArrowKind
	 * @generated
	 */
	EEnum getArrowKind();

	/**
	 * Returns the meta object for enum '{@link org.ctgstudio.diagram.description.LayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Direction</em>'.
	 * @see org.ctgstudio.diagram.description.LayoutDirection
	 * @generated
	 */
	EEnum getLayoutDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DescriptionFactory getDescriptionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.LabelledImpl <em>Labelled</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.LabelledImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getLabelled()
		 * @generated
		 */
		EClass LABELLED = eINSTANCE.getLabelled();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELLED__ID = eINSTANCE.getLabelled_Id();

		/**
		 * The meta object literal for the '<em><b>Label Fr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELLED__LABEL_FR = eINSTANCE.getLabelled_LabelFr();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELLED__LABEL_EN = eINSTANCE.getLabelled_LabelEn();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.DiagramDescriptionSetImpl <em>Diagram Description Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.DiagramDescriptionSetImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDiagramDescriptionSet()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION_SET = eINSTANCE.getDiagramDescriptionSet();

		/**
		 * The meta object literal for the '<em><b>Descriptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS = eINSTANCE.getDiagramDescriptionSet_Descriptions();

		/**
		 * The meta object literal for the '<em><b>Extensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION_SET__EXTENSIONS = eINSTANCE.getDiagramDescriptionSet_Extensions();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl <em>Representation Extension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getRepresentationExtension()
		 * @generated
		 */
		EClass REPRESENTATION_EXTENSION = eINSTANCE.getRepresentationExtension();

		/**
		 * The meta object literal for the '<em><b>Representation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_EXTENSION__REPRESENTATION = eINSTANCE.getRepresentationExtension_Representation();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_EXTENSION__NODE_MAPPINGS = eINSTANCE.getRepresentationExtension_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_EXTENSION__EDGE_MAPPINGS = eINSTANCE.getRepresentationExtension_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_EXTENSION__LAYERS = eINSTANCE.getRepresentationExtension_Layers();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_EXTENSION__FILTERS = eINSTANCE.getRepresentationExtension_Filters();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_EXTENSION__TOOLS = eINSTANCE.getRepresentationExtension_Tools();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.RepresentationDescriptionImpl <em>Representation Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.RepresentationDescriptionImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getRepresentationDescription()
		 * @generated
		 */
		EClass REPRESENTATION_DESCRIPTION = eINSTANCE.getRepresentationDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getRepresentationDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Layout Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_DESCRIPTION__LAYOUT_DIRECTION = eINSTANCE.getRepresentationDescription_LayoutDirection();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_DESCRIPTION__NODE_MAPPINGS = eINSTANCE.getRepresentationDescription_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_DESCRIPTION__EDGE_MAPPINGS = eINSTANCE.getRepresentationDescription_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_DESCRIPTION__LAYERS = eINSTANCE.getRepresentationDescription_Layers();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_DESCRIPTION__FILTERS = eINSTANCE.getRepresentationDescription_Filters();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION_DESCRIPTION__TOOLS = eINSTANCE.getRepresentationDescription_Tools();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.DiagramElementMappingImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT_MAPPING = eINSTANCE.getDiagramElementMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = eINSTANCE.getDiagramElementMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getDiagramElementMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__PRECONDITION = eINSTANCE.getDiagramElementMapping_Precondition();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = eINSTANCE.getDiagramElementMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__STYLE = eINSTANCE.getDiagramElementMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getDiagramElementMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__LAYER = eINSTANCE.getDiagramElementMapping_Layer();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.NodeMappingImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__CHILDREN = eINSTANCE.getNodeMapping_Children();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.EdgeMappingImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__REFERENCE = eINSTANCE.getEdgeMapping_Reference();

		/**
		 * The meta object literal for the '<em><b>Source Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__SOURCE_EXPRESSION = eINSTANCE.getEdgeMapping_SourceExpression();

		/**
		 * The meta object literal for the '<em><b>Target Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__TARGET_EXPRESSION = eINSTANCE.getEdgeMapping_TargetExpression();

		/**
		 * The meta object literal for the '<em><b>Source Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__SOURCE_FEATURE = eINSTANCE.getEdgeMapping_SourceFeature();

		/**
		 * The meta object literal for the '<em><b>Target Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__TARGET_FEATURE = eINSTANCE.getEdgeMapping_TargetFeature();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.StyleImpl <em>Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.StyleImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getStyle()
		 * @generated
		 */
		EClass STYLE = eINSTANCE.getStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__SHAPE = eINSTANCE.getStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Fill Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__FILL_COLOR = eINSTANCE.getStyle_FillColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__BORDER_COLOR = eINSTANCE.getStyle_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Border Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__BORDER_STYLE = eINSTANCE.getStyle_BorderStyle();

		/**
		 * The meta object literal for the '<em><b>Border Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__BORDER_WIDTH = eINSTANCE.getStyle_BorderWidth();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_COLOR = eINSTANCE.getStyle_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Font Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__FONT_SIZE = eINSTANCE.getStyle_FontSize();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__BOLD = eINSTANCE.getStyle_Bold();

		/**
		 * The meta object literal for the '<em><b>Italic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__ITALIC = eINSTANCE.getStyle_Italic();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__ICON = eINSTANCE.getStyle_Icon();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__WIDTH = eINSTANCE.getStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__HEIGHT = eINSTANCE.getStyle_Height();

		/**
		 * The meta object literal for the '<em><b>Source Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__SOURCE_ARROW = eINSTANCE.getStyle_SourceArrow();

		/**
		 * The meta object literal for the '<em><b>Target Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__TARGET_ARROW = eINSTANCE.getStyle_TargetArrow();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.ConditionalStyleImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getConditionalStyle()
		 * @generated
		 */
		EClass CONDITIONAL_STYLE = eINSTANCE.getConditionalStyle();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_STYLE__CONDITION = eINSTANCE.getConditionalStyle_Condition();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_STYLE__STYLE = eINSTANCE.getConditionalStyle_Style();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.LayerImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.FilterImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__CONDITION = eINSTANCE.getFilter_Condition();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER__MAPPINGS = eINSTANCE.getFilter_Mappings();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__ACTIVE_BY_DEFAULT = eINSTANCE.getFilter_ActiveByDefault();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.FeatureValueImpl <em>Feature Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.FeatureValueImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getFeatureValue()
		 * @generated
		 */
		EClass FEATURE_VALUE = eINSTANCE.getFeatureValue();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_VALUE__FEATURE = eINSTANCE.getFeatureValue_Feature();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_VALUE__EXPRESSION = eINSTANCE.getFeatureValue_Expression();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.ToolImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ICON = eINSTANCE.getTool_Icon();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.NodeCreationToolImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getNodeCreationTool()
		 * @generated
		 */
		EClass NODE_CREATION_TOOL = eINSTANCE.getNodeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_CREATION_TOOL__MAPPING = eINSTANCE.getNodeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>EClass</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__ECLASS = eINSTANCE.getNodeCreationTool_EClass();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getNodeCreationTool_ContainmentFeature();

		/**
		 * The meta object literal for the '<em><b>Container Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__CONTAINER_EXPRESSION = eINSTANCE.getNodeCreationTool_ContainerExpression();

		/**
		 * The meta object literal for the '<em><b>Initial Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_CREATION_TOOL__INITIAL_VALUES = eINSTANCE.getNodeCreationTool_InitialValues();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.EdgeCreationToolImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
		 * @generated
		 */
		EClass EDGE_CREATION_TOOL = eINSTANCE.getEdgeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_CREATION_TOOL__MAPPING = eINSTANCE.getEdgeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>EClass</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__ECLASS = eINSTANCE.getEdgeCreationTool_EClass();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getEdgeCreationTool_ContainmentFeature();

		/**
		 * The meta object literal for the '<em><b>Container Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__CONTAINER_EXPRESSION = eINSTANCE.getEdgeCreationTool_ContainerExpression();

		/**
		 * The meta object literal for the '<em><b>Initial Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_CREATION_TOOL__INITIAL_VALUES = eINSTANCE.getEdgeCreationTool_InitialValues();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.DeleteToolImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__MAPPINGS = eINSTANCE.getDeleteTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>From Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_TOOL__FROM_MODEL = eINSTANCE.getDeleteTool_FromModel();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.DirectEditToolImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDirectEditTool()
		 * @generated
		 */
		EClass DIRECT_EDIT_TOOL = eINSTANCE.getDirectEditTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_EDIT_TOOL__MAPPINGS = eINSTANCE.getDirectEditTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_EDIT_TOOL__FEATURE = eINSTANCE.getDirectEditTool_Feature();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.ReconnectToolImpl <em>Reconnect Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.ReconnectToolImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getReconnectTool()
		 * @generated
		 */
		EClass RECONNECT_TOOL = eINSTANCE.getReconnectTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECONNECT_TOOL__MAPPINGS = eINSTANCE.getReconnectTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.impl.DropToolImpl <em>Drop Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.impl.DropToolImpl
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getDropTool()
		 * @generated
		 */
		EClass DROP_TOOL = eINSTANCE.getDropTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DROP_TOOL__MAPPING = eINSTANCE.getDropTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROP_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getDropTool_ContainmentFeature();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.NodeShape <em>Node Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.NodeShape
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getNodeShape()
		 * @generated
		 */
		EEnum NODE_SHAPE = eINSTANCE.getNodeShape();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.LineStyle
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.ArrowKind <em>Arrow Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.ArrowKind
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getArrowKind()
		 * @generated
		 */
		EEnum ARROW_KIND = eINSTANCE.getArrowKind();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.description.LayoutDirection <em>Layout Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.description.LayoutDirection
		 * @see org.ctgstudio.diagram.description.impl.DescriptionPackageImpl#getLayoutDirection()
		 * @generated
		 */
		EEnum LAYOUT_DIRECTION = eINSTANCE.getLayoutDirection();

	}

} //DescriptionPackage
