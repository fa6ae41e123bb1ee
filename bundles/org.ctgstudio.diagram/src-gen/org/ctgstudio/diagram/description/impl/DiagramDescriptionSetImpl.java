/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description.impl;

import java.util.Collection;

import org.ctgstudio.diagram.description.DescriptionPackage;
import org.ctgstudio.diagram.description.DiagramDescriptionSet;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.description.RepresentationExtension;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.impl.DiagramDescriptionSetImpl#getDescriptions <em>Descriptions</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.DiagramDescriptionSetImpl#getExtensions <em>Extensions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionSetImpl extends LabelledImpl implements DiagramDescriptionSet {
	/**
	 * The cached value of the '{@link #getDescriptions() <em>Descriptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptions()
	 * @generated
	 * @ordered
	 */
	protected EList<RepresentationDescription> descriptions;

	/**
	 * The cached value of the '{@link #getExtensions() <em>Extensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensions()
	 * @generated
	 * @ordered
	 */
	protected EList<RepresentationExtension> extensions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.DIAGRAM_DESCRIPTION_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RepresentationDescription> getDescriptions() {
		if (descriptions == null) {
			descriptions = new EObjectContainmentEList<RepresentationDescription>(RepresentationDescription.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS);
		}
		return descriptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RepresentationExtension> getExtensions() {
		if (extensions == null) {
			extensions = new EObjectContainmentEList<RepresentationExtension>(RepresentationExtension.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION_SET__EXTENSIONS);
		}
		return extensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS:
				return ((InternalEList<?>)getDescriptions()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__EXTENSIONS:
				return ((InternalEList<?>)getExtensions()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS:
				return getDescriptions();
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__EXTENSIONS:
				return getExtensions();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS:
				getDescriptions().clear();
				getDescriptions().addAll((Collection<? extends RepresentationDescription>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__EXTENSIONS:
				getExtensions().clear();
				getExtensions().addAll((Collection<? extends RepresentationExtension>)newValue);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS:
				getDescriptions().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__EXTENSIONS:
				getExtensions().clear();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__DESCRIPTIONS:
				return descriptions != null && !descriptions.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION_SET__EXTENSIONS:
				return extensions != null && !extensions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DiagramDescriptionSetImpl
