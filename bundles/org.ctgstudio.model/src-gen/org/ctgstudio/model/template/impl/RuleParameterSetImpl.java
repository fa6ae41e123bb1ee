/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template.impl;

import java.util.Collection;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.ctgstudio.model.template.RuleParameter;
import org.ctgstudio.model.template.RuleParameterSet;
import org.ctgstudio.model.template.SeverityOverride;
import org.ctgstudio.model.template.TemplatePackage;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule Parameter Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.impl.RuleParameterSetImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.impl.RuleParameterSetImpl#getSeverityOverrides <em>Severity Overrides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleParameterSetImpl extends IdentifiedImpl implements RuleParameterSet {
	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleParameter> entries;

	/**
	 * The cached value of the '{@link #getSeverityOverrides() <em>Severity Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverityOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<SeverityOverride> severityOverrides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleParameterSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TemplatePackage.Literals.RULE_PARAMETER_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleParameter> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<RuleParameter>(RuleParameter.class, this, TemplatePackage.RULE_PARAMETER_SET__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SeverityOverride> getSeverityOverrides() {
		if (severityOverrides == null) {
			severityOverrides = new EObjectContainmentEList<SeverityOverride>(SeverityOverride.class, this, TemplatePackage.RULE_PARAMETER_SET__SEVERITY_OVERRIDES);
		}
		return severityOverrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TemplatePackage.RULE_PARAMETER_SET__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
			case TemplatePackage.RULE_PARAMETER_SET__SEVERITY_OVERRIDES:
				return ((InternalEList<?>)getSeverityOverrides()).basicRemove(otherEnd, msgs);
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
			case TemplatePackage.RULE_PARAMETER_SET__ENTRIES:
				return getEntries();
			case TemplatePackage.RULE_PARAMETER_SET__SEVERITY_OVERRIDES:
				return getSeverityOverrides();
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
			case TemplatePackage.RULE_PARAMETER_SET__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends RuleParameter>)newValue);
				return;
			case TemplatePackage.RULE_PARAMETER_SET__SEVERITY_OVERRIDES:
				getSeverityOverrides().clear();
				getSeverityOverrides().addAll((Collection<? extends SeverityOverride>)newValue);
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
			case TemplatePackage.RULE_PARAMETER_SET__ENTRIES:
				getEntries().clear();
				return;
			case TemplatePackage.RULE_PARAMETER_SET__SEVERITY_OVERRIDES:
				getSeverityOverrides().clear();
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
			case TemplatePackage.RULE_PARAMETER_SET__ENTRIES:
				return entries != null && !entries.isEmpty();
			case TemplatePackage.RULE_PARAMETER_SET__SEVERITY_OVERRIDES:
				return severityOverrides != null && !severityOverrides.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //RuleParameterSetImpl
