/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import org.ctgstudio.model.deployment.CafDeploymentPlan;

import org.ctgstudio.model.template.ConventionTemplate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.CtgWorkspace#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.CtgWorkspace#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.ctgstudio.model.CtgWorkspace#getMunicipalities <em>Municipalities</em>}</li>
 *   <li>{@link org.ctgstudio.model.CtgWorkspace#getTerritories <em>Territories</em>}</li>
 *   <li>{@link org.ctgstudio.model.CtgWorkspace#getTemplates <em>Templates</em>}</li>
 *   <li>{@link org.ctgstudio.model.CtgWorkspace#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link org.ctgstudio.model.CtgWorkspace#getDeploymentPlans <em>Deployment Plans</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getCtgWorkspace()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Espace de mod\351lisation CTG' en='Ctg workspace'"
 * @generated
 */
public interface CtgWorkspace extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.CtgPackage#getCtgWorkspace_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.CtgWorkspace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getCtgWorkspace_Organisations()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Organismes' en='Organisations'"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Municipalities</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Municipality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipalities</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getCtgWorkspace_Municipalities()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Communes' en='Municipalities'"
	 * @generated
	 */
	EList<Municipality> getMunicipalities();

	/**
	 * Returns the value of the '<em><b>Territories</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.Territory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Territories</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getCtgWorkspace_Territories()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Territoires' en='Territories'"
	 * @generated
	 */
	EList<Territory> getTerritories();

	/**
	 * Returns the value of the '<em><b>Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.template.ConventionTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Templates</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getCtgWorkspace_Templates()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Mod\350les' en='Templates'"
	 * @generated
	 */
	EList<ConventionTemplate> getTemplates();

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.GlobalTerritorialAgreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreements</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getCtgWorkspace_Agreements()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Conventions' en='Agreements'"
	 * @generated
	 */
	EList<GlobalTerritorialAgreement> getAgreements();

	/**
	 * Returns the value of the '<em><b>Deployment Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.deployment.CafDeploymentPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deployment Plans</em>' containment reference list.
	 * @see org.ctgstudio.model.CtgPackage#getCtgWorkspace_DeploymentPlans()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Plans de d\351ploiement' en='Deployment plans'"
	 * @generated
	 */
	EList<CafDeploymentPlan> getDeploymentPlans();

} // CtgWorkspace
