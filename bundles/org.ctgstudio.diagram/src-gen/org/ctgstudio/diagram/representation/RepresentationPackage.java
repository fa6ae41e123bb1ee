/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.representation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * Representations (diagram instances) of CTG Studio: the layout and view state of one diagram, apart from the model.
 * <!-- end-model-doc -->
 * @see org.ctgstudio.diagram.representation.RepresentationFactory
 * @model kind="package"
 * @generated
 */
public interface RepresentationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "representation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/diagram/representation/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ctgrep";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RepresentationPackage eINSTANCE = org.ctgstudio.diagram.representation.impl.RepresentationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl <em>Representation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.representation.impl.RepresentationImpl
	 * @see org.ctgstudio.diagram.representation.impl.RepresentationPackageImpl#getRepresentation()
	 * @generated
	 */
	int REPRESENTATION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__DESCRIPTION_ID = 1;

	/**
	 * The feature id for the '<em><b>Semantic Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__SEMANTIC_ROOT = 2;

	/**
	 * The feature id for the '<em><b>Active Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__ACTIVE_LAYERS = 3;

	/**
	 * The feature id for the '<em><b>Known Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__KNOWN_LAYERS = 4;

	/**
	 * The feature id for the '<em><b>Active Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__ACTIVE_FILTERS = 5;

	/**
	 * The feature id for the '<em><b>Hidden Elements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__HIDDEN_ELEMENTS = 6;

	/**
	 * The feature id for the '<em><b>Collapsed Elements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__COLLAPSED_ELEMENTS = 7;

	/**
	 * The feature id for the '<em><b>Layouts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION__LAYOUTS = 8;

	/**
	 * The number of structural features of the '<em>Representation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Representation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.representation.impl.ElementLayoutImpl <em>Element Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.representation.impl.ElementLayoutImpl
	 * @see org.ctgstudio.diagram.representation.impl.RepresentationPackageImpl#getElementLayout()
	 * @generated
	 */
	int ELEMENT_LAYOUT = 1;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LAYOUT__ELEMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LAYOUT__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LAYOUT__Y = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LAYOUT__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LAYOUT__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LAYOUT__BENDPOINTS = 5;

	/**
	 * The number of structural features of the '<em>Element Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LAYOUT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Element Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.ctgstudio.diagram.representation.impl.PointImpl <em>Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.diagram.representation.impl.PointImpl
	 * @see org.ctgstudio.diagram.representation.impl.RepresentationPackageImpl#getPoint()
	 * @generated
	 */
	int POINT = 2;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.representation.Representation <em>Representation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representation</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation
	 * @generated
	 */
	EClass getRepresentation();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.Representation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getName()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.Representation#getDescriptionId <em>Description Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Id</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getDescriptionId()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_DescriptionId();

	/**
	 * Returns the meta object for the reference '{@link org.ctgstudio.diagram.representation.Representation#getSemanticRoot <em>Semantic Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Semantic Root</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getSemanticRoot()
	 * @see #getRepresentation()
	 * @generated
	 */
	EReference getRepresentation_SemanticRoot();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.diagram.representation.Representation#getActiveLayers <em>Active Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Layers</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getActiveLayers()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_ActiveLayers();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.diagram.representation.Representation#getKnownLayers <em>Known Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Known Layers</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getKnownLayers()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_KnownLayers();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.diagram.representation.Representation#getActiveFilters <em>Active Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Filters</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getActiveFilters()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_ActiveFilters();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.diagram.representation.Representation#getHiddenElements <em>Hidden Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Elements</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getHiddenElements()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_HiddenElements();

	/**
	 * Returns the meta object for the attribute list '{@link org.ctgstudio.diagram.representation.Representation#getCollapsedElements <em>Collapsed Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Collapsed Elements</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getCollapsedElements()
	 * @see #getRepresentation()
	 * @generated
	 */
	EAttribute getRepresentation_CollapsedElements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.representation.Representation#getLayouts <em>Layouts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layouts</em>'.
	 * @see org.ctgstudio.diagram.representation.Representation#getLayouts()
	 * @see #getRepresentation()
	 * @generated
	 */
	EReference getRepresentation_Layouts();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.representation.ElementLayout <em>Element Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Layout</em>'.
	 * @see org.ctgstudio.diagram.representation.ElementLayout
	 * @generated
	 */
	EClass getElementLayout();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.ElementLayout#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see org.ctgstudio.diagram.representation.ElementLayout#getElementId()
	 * @see #getElementLayout()
	 * @generated
	 */
	EAttribute getElementLayout_ElementId();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.ElementLayout#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.ctgstudio.diagram.representation.ElementLayout#getX()
	 * @see #getElementLayout()
	 * @generated
	 */
	EAttribute getElementLayout_X();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.ElementLayout#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.ctgstudio.diagram.representation.ElementLayout#getY()
	 * @see #getElementLayout()
	 * @generated
	 */
	EAttribute getElementLayout_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.ElementLayout#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.ctgstudio.diagram.representation.ElementLayout#getWidth()
	 * @see #getElementLayout()
	 * @generated
	 */
	EAttribute getElementLayout_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.ElementLayout#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.ctgstudio.diagram.representation.ElementLayout#getHeight()
	 * @see #getElementLayout()
	 * @generated
	 */
	EAttribute getElementLayout_Height();

	/**
	 * Returns the meta object for the containment reference list '{@link org.ctgstudio.diagram.representation.ElementLayout#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bendpoints</em>'.
	 * @see org.ctgstudio.diagram.representation.ElementLayout#getBendpoints()
	 * @see #getElementLayout()
	 * @generated
	 */
	EReference getElementLayout_Bendpoints();

	/**
	 * Returns the meta object for class '{@link org.ctgstudio.diagram.representation.Point <em>Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Point</em>'.
	 * @see org.ctgstudio.diagram.representation.Point
	 * @generated
	 */
	EClass getPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.Point#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.ctgstudio.diagram.representation.Point#getX()
	 * @see #getPoint()
	 * @generated
	 */
	EAttribute getPoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.diagram.representation.Point#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.ctgstudio.diagram.representation.Point#getY()
	 * @see #getPoint()
	 * @generated
	 */
	EAttribute getPoint_Y();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RepresentationFactory getRepresentationFactory();

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
		 * The meta object literal for the '{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl <em>Representation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.representation.impl.RepresentationImpl
		 * @see org.ctgstudio.diagram.representation.impl.RepresentationPackageImpl#getRepresentation()
		 * @generated
		 */
		EClass REPRESENTATION = eINSTANCE.getRepresentation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__NAME = eINSTANCE.getRepresentation_Name();

		/**
		 * The meta object literal for the '<em><b>Description Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__DESCRIPTION_ID = eINSTANCE.getRepresentation_DescriptionId();

		/**
		 * The meta object literal for the '<em><b>Semantic Root</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION__SEMANTIC_ROOT = eINSTANCE.getRepresentation_SemanticRoot();

		/**
		 * The meta object literal for the '<em><b>Active Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__ACTIVE_LAYERS = eINSTANCE.getRepresentation_ActiveLayers();

		/**
		 * The meta object literal for the '<em><b>Known Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__KNOWN_LAYERS = eINSTANCE.getRepresentation_KnownLayers();

		/**
		 * The meta object literal for the '<em><b>Active Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__ACTIVE_FILTERS = eINSTANCE.getRepresentation_ActiveFilters();

		/**
		 * The meta object literal for the '<em><b>Hidden Elements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__HIDDEN_ELEMENTS = eINSTANCE.getRepresentation_HiddenElements();

		/**
		 * The meta object literal for the '<em><b>Collapsed Elements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION__COLLAPSED_ELEMENTS = eINSTANCE.getRepresentation_CollapsedElements();

		/**
		 * The meta object literal for the '<em><b>Layouts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPRESENTATION__LAYOUTS = eINSTANCE.getRepresentation_Layouts();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.representation.impl.ElementLayoutImpl <em>Element Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.representation.impl.ElementLayoutImpl
		 * @see org.ctgstudio.diagram.representation.impl.RepresentationPackageImpl#getElementLayout()
		 * @generated
		 */
		EClass ELEMENT_LAYOUT = eINSTANCE.getElementLayout();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_LAYOUT__ELEMENT_ID = eINSTANCE.getElementLayout_ElementId();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_LAYOUT__X = eINSTANCE.getElementLayout_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_LAYOUT__Y = eINSTANCE.getElementLayout_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_LAYOUT__WIDTH = eINSTANCE.getElementLayout_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_LAYOUT__HEIGHT = eINSTANCE.getElementLayout_Height();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_LAYOUT__BENDPOINTS = eINSTANCE.getElementLayout_Bendpoints();

		/**
		 * The meta object literal for the '{@link org.ctgstudio.diagram.representation.impl.PointImpl <em>Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.diagram.representation.impl.PointImpl
		 * @see org.ctgstudio.diagram.representation.impl.RepresentationPackageImpl#getPoint()
		 * @generated
		 */
		EClass POINT = eINSTANCE.getPoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINT__X = eINSTANCE.getPoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINT__Y = eINSTANCE.getPoint_Y();

	}

} //RepresentationPackage
