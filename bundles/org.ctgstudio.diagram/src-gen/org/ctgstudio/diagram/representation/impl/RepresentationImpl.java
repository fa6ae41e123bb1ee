/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.representation.impl;

import java.util.Collection;

import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Representation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getDescriptionId <em>Description Id</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getSemanticRoot <em>Semantic Root</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getKnownLayers <em>Known Layers</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getHiddenElements <em>Hidden Elements</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getCollapsedElements <em>Collapsed Elements</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.representation.impl.RepresentationImpl#getLayouts <em>Layouts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RepresentationImpl extends MinimalEObjectImpl.Container implements Representation {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionId() <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionId()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionId() <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionId()
	 * @generated
	 * @ordered
	 */
	protected String descriptionId = DESCRIPTION_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSemanticRoot() <em>Semantic Root</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticRoot()
	 * @generated
	 * @ordered
	 */
	protected EObject semanticRoot;

	/**
	 * The cached value of the '{@link #getActiveLayers() <em>Active Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeLayers;

	/**
	 * The cached value of the '{@link #getKnownLayers() <em>Known Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnownLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> knownLayers;

	/**
	 * The cached value of the '{@link #getActiveFilters() <em>Active Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeFilters;

	/**
	 * The cached value of the '{@link #getHiddenElements() <em>Hidden Elements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenElements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hiddenElements;

	/**
	 * The cached value of the '{@link #getCollapsedElements() <em>Collapsed Elements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollapsedElements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> collapsedElements;

	/**
	 * The cached value of the '{@link #getLayouts() <em>Layouts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayouts()
	 * @generated
	 * @ordered
	 */
	protected EList<ElementLayout> layouts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepresentationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RepresentationPackage.Literals.REPRESENTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.REPRESENTATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionId() {
		return descriptionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionId(String newDescriptionId) {
		String oldDescriptionId = descriptionId;
		descriptionId = newDescriptionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.REPRESENTATION__DESCRIPTION_ID, oldDescriptionId, descriptionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getSemanticRoot() {
		if (semanticRoot != null && semanticRoot.eIsProxy()) {
			InternalEObject oldSemanticRoot = (InternalEObject)semanticRoot;
			semanticRoot = eResolveProxy(oldSemanticRoot);
			if (semanticRoot != oldSemanticRoot) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RepresentationPackage.REPRESENTATION__SEMANTIC_ROOT, oldSemanticRoot, semanticRoot));
			}
		}
		return semanticRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetSemanticRoot() {
		return semanticRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticRoot(EObject newSemanticRoot) {
		EObject oldSemanticRoot = semanticRoot;
		semanticRoot = newSemanticRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.REPRESENTATION__SEMANTIC_ROOT, oldSemanticRoot, semanticRoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveLayers() {
		if (activeLayers == null) {
			activeLayers = new EDataTypeUniqueEList<String>(String.class, this, RepresentationPackage.REPRESENTATION__ACTIVE_LAYERS);
		}
		return activeLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKnownLayers() {
		if (knownLayers == null) {
			knownLayers = new EDataTypeUniqueEList<String>(String.class, this, RepresentationPackage.REPRESENTATION__KNOWN_LAYERS);
		}
		return knownLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveFilters() {
		if (activeFilters == null) {
			activeFilters = new EDataTypeUniqueEList<String>(String.class, this, RepresentationPackage.REPRESENTATION__ACTIVE_FILTERS);
		}
		return activeFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHiddenElements() {
		if (hiddenElements == null) {
			hiddenElements = new EDataTypeUniqueEList<String>(String.class, this, RepresentationPackage.REPRESENTATION__HIDDEN_ELEMENTS);
		}
		return hiddenElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCollapsedElements() {
		if (collapsedElements == null) {
			collapsedElements = new EDataTypeUniqueEList<String>(String.class, this, RepresentationPackage.REPRESENTATION__COLLAPSED_ELEMENTS);
		}
		return collapsedElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ElementLayout> getLayouts() {
		if (layouts == null) {
			layouts = new EObjectContainmentEList<ElementLayout>(ElementLayout.class, this, RepresentationPackage.REPRESENTATION__LAYOUTS);
		}
		return layouts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RepresentationPackage.REPRESENTATION__LAYOUTS:
				return ((InternalEList<?>)getLayouts()).basicRemove(otherEnd, msgs);
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
			case RepresentationPackage.REPRESENTATION__NAME:
				return getName();
			case RepresentationPackage.REPRESENTATION__DESCRIPTION_ID:
				return getDescriptionId();
			case RepresentationPackage.REPRESENTATION__SEMANTIC_ROOT:
				if (resolve) return getSemanticRoot();
				return basicGetSemanticRoot();
			case RepresentationPackage.REPRESENTATION__ACTIVE_LAYERS:
				return getActiveLayers();
			case RepresentationPackage.REPRESENTATION__KNOWN_LAYERS:
				return getKnownLayers();
			case RepresentationPackage.REPRESENTATION__ACTIVE_FILTERS:
				return getActiveFilters();
			case RepresentationPackage.REPRESENTATION__HIDDEN_ELEMENTS:
				return getHiddenElements();
			case RepresentationPackage.REPRESENTATION__COLLAPSED_ELEMENTS:
				return getCollapsedElements();
			case RepresentationPackage.REPRESENTATION__LAYOUTS:
				return getLayouts();
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
			case RepresentationPackage.REPRESENTATION__NAME:
				setName((String)newValue);
				return;
			case RepresentationPackage.REPRESENTATION__DESCRIPTION_ID:
				setDescriptionId((String)newValue);
				return;
			case RepresentationPackage.REPRESENTATION__SEMANTIC_ROOT:
				setSemanticRoot((EObject)newValue);
				return;
			case RepresentationPackage.REPRESENTATION__ACTIVE_LAYERS:
				getActiveLayers().clear();
				getActiveLayers().addAll((Collection<? extends String>)newValue);
				return;
			case RepresentationPackage.REPRESENTATION__KNOWN_LAYERS:
				getKnownLayers().clear();
				getKnownLayers().addAll((Collection<? extends String>)newValue);
				return;
			case RepresentationPackage.REPRESENTATION__ACTIVE_FILTERS:
				getActiveFilters().clear();
				getActiveFilters().addAll((Collection<? extends String>)newValue);
				return;
			case RepresentationPackage.REPRESENTATION__HIDDEN_ELEMENTS:
				getHiddenElements().clear();
				getHiddenElements().addAll((Collection<? extends String>)newValue);
				return;
			case RepresentationPackage.REPRESENTATION__COLLAPSED_ELEMENTS:
				getCollapsedElements().clear();
				getCollapsedElements().addAll((Collection<? extends String>)newValue);
				return;
			case RepresentationPackage.REPRESENTATION__LAYOUTS:
				getLayouts().clear();
				getLayouts().addAll((Collection<? extends ElementLayout>)newValue);
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
			case RepresentationPackage.REPRESENTATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RepresentationPackage.REPRESENTATION__DESCRIPTION_ID:
				setDescriptionId(DESCRIPTION_ID_EDEFAULT);
				return;
			case RepresentationPackage.REPRESENTATION__SEMANTIC_ROOT:
				setSemanticRoot((EObject)null);
				return;
			case RepresentationPackage.REPRESENTATION__ACTIVE_LAYERS:
				getActiveLayers().clear();
				return;
			case RepresentationPackage.REPRESENTATION__KNOWN_LAYERS:
				getKnownLayers().clear();
				return;
			case RepresentationPackage.REPRESENTATION__ACTIVE_FILTERS:
				getActiveFilters().clear();
				return;
			case RepresentationPackage.REPRESENTATION__HIDDEN_ELEMENTS:
				getHiddenElements().clear();
				return;
			case RepresentationPackage.REPRESENTATION__COLLAPSED_ELEMENTS:
				getCollapsedElements().clear();
				return;
			case RepresentationPackage.REPRESENTATION__LAYOUTS:
				getLayouts().clear();
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
			case RepresentationPackage.REPRESENTATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RepresentationPackage.REPRESENTATION__DESCRIPTION_ID:
				return DESCRIPTION_ID_EDEFAULT == null ? descriptionId != null : !DESCRIPTION_ID_EDEFAULT.equals(descriptionId);
			case RepresentationPackage.REPRESENTATION__SEMANTIC_ROOT:
				return semanticRoot != null;
			case RepresentationPackage.REPRESENTATION__ACTIVE_LAYERS:
				return activeLayers != null && !activeLayers.isEmpty();
			case RepresentationPackage.REPRESENTATION__KNOWN_LAYERS:
				return knownLayers != null && !knownLayers.isEmpty();
			case RepresentationPackage.REPRESENTATION__ACTIVE_FILTERS:
				return activeFilters != null && !activeFilters.isEmpty();
			case RepresentationPackage.REPRESENTATION__HIDDEN_ELEMENTS:
				return hiddenElements != null && !hiddenElements.isEmpty();
			case RepresentationPackage.REPRESENTATION__COLLAPSED_ELEMENTS:
				return collapsedElements != null && !collapsedElements.isEmpty();
			case RepresentationPackage.REPRESENTATION__LAYOUTS:
				return layouts != null && !layouts.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", descriptionId: ");
		result.append(descriptionId);
		result.append(", activeLayers: ");
		result.append(activeLayers);
		result.append(", knownLayers: ");
		result.append(knownLayers);
		result.append(", activeFilters: ");
		result.append(activeFilters);
		result.append(", hiddenElements: ");
		result.append(hiddenElements);
		result.append(", collapsedElements: ");
		result.append(collapsedElements);
		result.append(')');
		return result.toString();
	}

} //RepresentationImpl
