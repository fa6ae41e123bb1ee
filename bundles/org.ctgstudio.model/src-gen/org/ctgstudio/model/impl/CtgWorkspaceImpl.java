/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import java.util.Collection;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.Territory;

import org.ctgstudio.model.deployment.CafDeploymentPlan;

import org.ctgstudio.model.template.ConventionTemplate;

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
 * An implementation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.CtgWorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CtgWorkspaceImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CtgWorkspaceImpl#getMunicipalities <em>Municipalities</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CtgWorkspaceImpl#getTerritories <em>Territories</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CtgWorkspaceImpl#getTemplates <em>Templates</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CtgWorkspaceImpl#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.CtgWorkspaceImpl#getDeploymentPlans <em>Deployment Plans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CtgWorkspaceImpl extends IdentifiedImpl implements CtgWorkspace {
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
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getMunicipalities() <em>Municipalities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalities()
	 * @generated
	 * @ordered
	 */
	protected EList<Municipality> municipalities;

	/**
	 * The cached value of the '{@link #getTerritories() <em>Territories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritories()
	 * @generated
	 * @ordered
	 */
	protected EList<Territory> territories;

	/**
	 * The cached value of the '{@link #getTemplates() <em>Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<ConventionTemplate> templates;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<GlobalTerritorialAgreement> agreements;

	/**
	 * The cached value of the '{@link #getDeploymentPlans() <em>Deployment Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeploymentPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<CafDeploymentPlan> deploymentPlans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CtgWorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.CTG_WORKSPACE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.CTG_WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, CtgPackage.CTG_WORKSPACE__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Municipality> getMunicipalities() {
		if (municipalities == null) {
			municipalities = new EObjectContainmentEList<Municipality>(Municipality.class, this, CtgPackage.CTG_WORKSPACE__MUNICIPALITIES);
		}
		return municipalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Territory> getTerritories() {
		if (territories == null) {
			territories = new EObjectContainmentEList<Territory>(Territory.class, this, CtgPackage.CTG_WORKSPACE__TERRITORIES);
		}
		return territories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConventionTemplate> getTemplates() {
		if (templates == null) {
			templates = new EObjectContainmentEList<ConventionTemplate>(ConventionTemplate.class, this, CtgPackage.CTG_WORKSPACE__TEMPLATES);
		}
		return templates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GlobalTerritorialAgreement> getAgreements() {
		if (agreements == null) {
			agreements = new EObjectContainmentEList<GlobalTerritorialAgreement>(GlobalTerritorialAgreement.class, this, CtgPackage.CTG_WORKSPACE__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CafDeploymentPlan> getDeploymentPlans() {
		if (deploymentPlans == null) {
			deploymentPlans = new EObjectContainmentEList<CafDeploymentPlan>(CafDeploymentPlan.class, this, CtgPackage.CTG_WORKSPACE__DEPLOYMENT_PLANS);
		}
		return deploymentPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CtgPackage.CTG_WORKSPACE__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case CtgPackage.CTG_WORKSPACE__MUNICIPALITIES:
				return ((InternalEList<?>)getMunicipalities()).basicRemove(otherEnd, msgs);
			case CtgPackage.CTG_WORKSPACE__TERRITORIES:
				return ((InternalEList<?>)getTerritories()).basicRemove(otherEnd, msgs);
			case CtgPackage.CTG_WORKSPACE__TEMPLATES:
				return ((InternalEList<?>)getTemplates()).basicRemove(otherEnd, msgs);
			case CtgPackage.CTG_WORKSPACE__AGREEMENTS:
				return ((InternalEList<?>)getAgreements()).basicRemove(otherEnd, msgs);
			case CtgPackage.CTG_WORKSPACE__DEPLOYMENT_PLANS:
				return ((InternalEList<?>)getDeploymentPlans()).basicRemove(otherEnd, msgs);
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
			case CtgPackage.CTG_WORKSPACE__NAME:
				return getName();
			case CtgPackage.CTG_WORKSPACE__ORGANISATIONS:
				return getOrganisations();
			case CtgPackage.CTG_WORKSPACE__MUNICIPALITIES:
				return getMunicipalities();
			case CtgPackage.CTG_WORKSPACE__TERRITORIES:
				return getTerritories();
			case CtgPackage.CTG_WORKSPACE__TEMPLATES:
				return getTemplates();
			case CtgPackage.CTG_WORKSPACE__AGREEMENTS:
				return getAgreements();
			case CtgPackage.CTG_WORKSPACE__DEPLOYMENT_PLANS:
				return getDeploymentPlans();
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
			case CtgPackage.CTG_WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case CtgPackage.CTG_WORKSPACE__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case CtgPackage.CTG_WORKSPACE__MUNICIPALITIES:
				getMunicipalities().clear();
				getMunicipalities().addAll((Collection<? extends Municipality>)newValue);
				return;
			case CtgPackage.CTG_WORKSPACE__TERRITORIES:
				getTerritories().clear();
				getTerritories().addAll((Collection<? extends Territory>)newValue);
				return;
			case CtgPackage.CTG_WORKSPACE__TEMPLATES:
				getTemplates().clear();
				getTemplates().addAll((Collection<? extends ConventionTemplate>)newValue);
				return;
			case CtgPackage.CTG_WORKSPACE__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends GlobalTerritorialAgreement>)newValue);
				return;
			case CtgPackage.CTG_WORKSPACE__DEPLOYMENT_PLANS:
				getDeploymentPlans().clear();
				getDeploymentPlans().addAll((Collection<? extends CafDeploymentPlan>)newValue);
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
			case CtgPackage.CTG_WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CtgPackage.CTG_WORKSPACE__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case CtgPackage.CTG_WORKSPACE__MUNICIPALITIES:
				getMunicipalities().clear();
				return;
			case CtgPackage.CTG_WORKSPACE__TERRITORIES:
				getTerritories().clear();
				return;
			case CtgPackage.CTG_WORKSPACE__TEMPLATES:
				getTemplates().clear();
				return;
			case CtgPackage.CTG_WORKSPACE__AGREEMENTS:
				getAgreements().clear();
				return;
			case CtgPackage.CTG_WORKSPACE__DEPLOYMENT_PLANS:
				getDeploymentPlans().clear();
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
			case CtgPackage.CTG_WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CtgPackage.CTG_WORKSPACE__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case CtgPackage.CTG_WORKSPACE__MUNICIPALITIES:
				return municipalities != null && !municipalities.isEmpty();
			case CtgPackage.CTG_WORKSPACE__TERRITORIES:
				return territories != null && !territories.isEmpty();
			case CtgPackage.CTG_WORKSPACE__TEMPLATES:
				return templates != null && !templates.isEmpty();
			case CtgPackage.CTG_WORKSPACE__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
			case CtgPackage.CTG_WORKSPACE__DEPLOYMENT_PLANS:
				return deploymentPlans != null && !deploymentPlans.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //CtgWorkspaceImpl
