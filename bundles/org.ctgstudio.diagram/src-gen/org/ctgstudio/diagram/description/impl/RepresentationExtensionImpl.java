/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description.impl;

import java.util.Collection;

import org.ctgstudio.diagram.description.DescriptionPackage;
import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.description.Filter;
import org.ctgstudio.diagram.description.Layer;
import org.ctgstudio.diagram.description.NodeMapping;
import org.ctgstudio.diagram.description.RepresentationExtension;
import org.ctgstudio.diagram.description.Tool;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Representation Extension</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl#getRepresentation <em>Representation</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.RepresentationExtensionImpl#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RepresentationExtensionImpl extends LabelledImpl implements RepresentationExtension {
	/**
	 * The default value of the '{@link #getRepresentation() <em>Representation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresentation()
	 * @generated
	 * @ordered
	 */
	protected static final String REPRESENTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRepresentation() <em>Representation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresentation()
	 * @generated
	 * @ordered
	 */
	protected String representation = REPRESENTATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodeMappings() <em>Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> nodeMappings;

	/**
	 * The cached value of the '{@link #getEdgeMappings() <em>Edge Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeMapping> edgeMappings;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<Filter> filters;

	/**
	 * The cached value of the '{@link #getTools() <em>Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTools()
	 * @generated
	 * @ordered
	 */
	protected EList<Tool> tools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepresentationExtensionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.REPRESENTATION_EXTENSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRepresentation() {
		return representation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepresentation(String newRepresentation) {
		String oldRepresentation = representation;
		representation = newRepresentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.REPRESENTATION_EXTENSION__REPRESENTATION, oldRepresentation, representation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getNodeMappings() {
		if (nodeMappings == null) {
			nodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.REPRESENTATION_EXTENSION__NODE_MAPPINGS);
		}
		return nodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeMapping> getEdgeMappings() {
		if (edgeMappings == null) {
			edgeMappings = new EObjectContainmentEList<EdgeMapping>(EdgeMapping.class, this, DescriptionPackage.REPRESENTATION_EXTENSION__EDGE_MAPPINGS);
		}
		return edgeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, DescriptionPackage.REPRESENTATION_EXTENSION__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Filter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<Filter>(Filter.class, this, DescriptionPackage.REPRESENTATION_EXTENSION__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tool> getTools() {
		if (tools == null) {
			tools = new EObjectContainmentEList<Tool>(Tool.class, this, DescriptionPackage.REPRESENTATION_EXTENSION__TOOLS);
		}
		return tools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.REPRESENTATION_EXTENSION__NODE_MAPPINGS:
				return ((InternalEList<?>)getNodeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.REPRESENTATION_EXTENSION__EDGE_MAPPINGS:
				return ((InternalEList<?>)getEdgeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.REPRESENTATION_EXTENSION__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.REPRESENTATION_EXTENSION__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.REPRESENTATION_EXTENSION__TOOLS:
				return ((InternalEList<?>)getTools()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.REPRESENTATION_EXTENSION__REPRESENTATION:
				return getRepresentation();
			case DescriptionPackage.REPRESENTATION_EXTENSION__NODE_MAPPINGS:
				return getNodeMappings();
			case DescriptionPackage.REPRESENTATION_EXTENSION__EDGE_MAPPINGS:
				return getEdgeMappings();
			case DescriptionPackage.REPRESENTATION_EXTENSION__LAYERS:
				return getLayers();
			case DescriptionPackage.REPRESENTATION_EXTENSION__FILTERS:
				return getFilters();
			case DescriptionPackage.REPRESENTATION_EXTENSION__TOOLS:
				return getTools();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.REPRESENTATION_EXTENSION__REPRESENTATION:
				setRepresentation((String)newValue);
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__NODE_MAPPINGS:
				getNodeMappings().clear();
				getNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				getEdgeMappings().addAll((Collection<? extends EdgeMapping>)newValue);
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends Filter>)newValue);
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__TOOLS:
				getTools().clear();
				getTools().addAll((Collection<? extends Tool>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DescriptionPackage.REPRESENTATION_EXTENSION__REPRESENTATION:
				setRepresentation(REPRESENTATION_EDEFAULT);
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__NODE_MAPPINGS:
				getNodeMappings().clear();
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__LAYERS:
				getLayers().clear();
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__FILTERS:
				getFilters().clear();
				return;
			case DescriptionPackage.REPRESENTATION_EXTENSION__TOOLS:
				getTools().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DescriptionPackage.REPRESENTATION_EXTENSION__REPRESENTATION:
				return REPRESENTATION_EDEFAULT == null ? representation != null : !REPRESENTATION_EDEFAULT.equals(representation);
			case DescriptionPackage.REPRESENTATION_EXTENSION__NODE_MAPPINGS:
				return nodeMappings != null && !nodeMappings.isEmpty();
			case DescriptionPackage.REPRESENTATION_EXTENSION__EDGE_MAPPINGS:
				return edgeMappings != null && !edgeMappings.isEmpty();
			case DescriptionPackage.REPRESENTATION_EXTENSION__LAYERS:
				return layers != null && !layers.isEmpty();
			case DescriptionPackage.REPRESENTATION_EXTENSION__FILTERS:
				return filters != null && !filters.isEmpty();
			case DescriptionPackage.REPRESENTATION_EXTENSION__TOOLS:
				return tools != null && !tools.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (representation: ");
		result.append(representation);
		result.append(')');
		return result.toString();
	}

} //RepresentationExtensionImpl
