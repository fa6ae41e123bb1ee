/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage
 * @generated
 */
public interface CtgFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CtgFactory eINSTANCE = org.ctgstudio.model.impl.CtgFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Workspace</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workspace</em>'.
	 * @generated
	 */
	CtgWorkspace createCtgWorkspace();

	/**
	 * Returns a new object of class '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organisation</em>'.
	 * @generated
	 */
	Organisation createOrganisation();

	/**
	 * Returns a new object of class '<em>Global Territorial Agreement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Global Territorial Agreement</em>'.
	 * @generated
	 */
	GlobalTerritorialAgreement createGlobalTerritorialAgreement();

	/**
	 * Returns a new object of class '<em>Agreement Party</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Agreement Party</em>'.
	 * @generated
	 */
	AgreementParty createAgreementParty();

	/**
	 * Returns a new object of class '<em>Representative</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Representative</em>'.
	 * @generated
	 */
	Representative createRepresentative();

	/**
	 * Returns a new object of class '<em>Childhood Youth Contract</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Childhood Youth Contract</em>'.
	 * @generated
	 */
	ChildhoodYouthContract createChildhoodYouthContract();

	/**
	 * Returns a new object of class '<em>Intervention Field</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Intervention Field</em>'.
	 * @generated
	 */
	InterventionField createInterventionField();

	/**
	 * Returns a new object of class '<em>Territory</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Territory</em>'.
	 * @generated
	 */
	Territory createTerritory();

	/**
	 * Returns a new object of class '<em>Municipality</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Municipality</em>'.
	 * @generated
	 */
	Municipality createMunicipality();

	/**
	 * Returns a new object of class '<em>Delegated Municipality</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delegated Municipality</em>'.
	 * @generated
	 */
	DelegatedMunicipality createDelegatedMunicipality();

	/**
	 * Returns a new object of class '<em>Competence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Competence</em>'.
	 * @generated
	 */
	Competence createCompetence();

	/**
	 * Returns a new object of class '<em>Departmental Scheme Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Departmental Scheme Link</em>'.
	 * @generated
	 */
	DepartmentalSchemeLink createDepartmentalSchemeLink();

	/**
	 * Returns a new object of class '<em>Linked Contract</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Linked Contract</em>'.
	 * @generated
	 */
	LinkedContract createLinkedContract();

	/**
	 * Returns a new object of class '<em>Article Instance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Article Instance</em>'.
	 * @generated
	 */
	ArticleInstance createArticleInstance();

	/**
	 * Returns a new object of class '<em>Annex Instance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Annex Instance</em>'.
	 * @generated
	 */
	AnnexInstance createAnnexInstance();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CtgPackage getCtgPackage();

} //CtgFactory
