/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.util;

import org.ctgstudio.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage
 * @generated
 */
public class CtgSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CtgPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CtgSwitch() {
		if (modelPackage == null) {
			modelPackage = CtgPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CtgPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.CTG_WORKSPACE: {
				CtgWorkspace ctgWorkspace = (CtgWorkspace)theEObject;
				T result = caseCtgWorkspace(ctgWorkspace);
				if (result == null) result = caseIdentified(ctgWorkspace);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.ORGANISATION: {
				Organisation organisation = (Organisation)theEObject;
				T result = caseOrganisation(organisation);
				if (result == null) result = caseIdentified(organisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.GLOBAL_TERRITORIAL_AGREEMENT: {
				GlobalTerritorialAgreement globalTerritorialAgreement = (GlobalTerritorialAgreement)theEObject;
				T result = caseGlobalTerritorialAgreement(globalTerritorialAgreement);
				if (result == null) result = caseIdentified(globalTerritorialAgreement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.AGREEMENT_PARTY: {
				AgreementParty agreementParty = (AgreementParty)theEObject;
				T result = caseAgreementParty(agreementParty);
				if (result == null) result = caseIdentified(agreementParty);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.REPRESENTATIVE: {
				Representative representative = (Representative)theEObject;
				T result = caseRepresentative(representative);
				if (result == null) result = caseIdentified(representative);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.CHILDHOOD_YOUTH_CONTRACT: {
				ChildhoodYouthContract childhoodYouthContract = (ChildhoodYouthContract)theEObject;
				T result = caseChildhoodYouthContract(childhoodYouthContract);
				if (result == null) result = caseIdentified(childhoodYouthContract);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.INTERVENTION_FIELD: {
				InterventionField interventionField = (InterventionField)theEObject;
				T result = caseInterventionField(interventionField);
				if (result == null) result = caseIdentified(interventionField);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.TERRITORY: {
				Territory territory = (Territory)theEObject;
				T result = caseTerritory(territory);
				if (result == null) result = caseIdentified(territory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.MUNICIPALITY: {
				Municipality municipality = (Municipality)theEObject;
				T result = caseMunicipality(municipality);
				if (result == null) result = caseIdentified(municipality);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.DELEGATED_MUNICIPALITY: {
				DelegatedMunicipality delegatedMunicipality = (DelegatedMunicipality)theEObject;
				T result = caseDelegatedMunicipality(delegatedMunicipality);
				if (result == null) result = caseIdentified(delegatedMunicipality);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.COMPETENCE: {
				Competence competence = (Competence)theEObject;
				T result = caseCompetence(competence);
				if (result == null) result = caseIdentified(competence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.DEPARTMENTAL_SCHEME_LINK: {
				DepartmentalSchemeLink departmentalSchemeLink = (DepartmentalSchemeLink)theEObject;
				T result = caseDepartmentalSchemeLink(departmentalSchemeLink);
				if (result == null) result = caseIdentified(departmentalSchemeLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.LINKED_CONTRACT: {
				LinkedContract linkedContract = (LinkedContract)theEObject;
				T result = caseLinkedContract(linkedContract);
				if (result == null) result = caseIdentified(linkedContract);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.ARTICLE_INSTANCE: {
				ArticleInstance articleInstance = (ArticleInstance)theEObject;
				T result = caseArticleInstance(articleInstance);
				if (result == null) result = caseIdentified(articleInstance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CtgPackage.ANNEX_INSTANCE: {
				AnnexInstance annexInstance = (AnnexInstance)theEObject;
				T result = caseAnnexInstance(annexInstance);
				if (result == null) result = caseIdentified(annexInstance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Workspace</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Workspace</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCtgWorkspace(CtgWorkspace object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisation(Organisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Global Territorial Agreement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Global Territorial Agreement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGlobalTerritorialAgreement(GlobalTerritorialAgreement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Agreement Party</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Agreement Party</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAgreementParty(AgreementParty object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Representative</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Representative</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRepresentative(Representative object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Childhood Youth Contract</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Childhood Youth Contract</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChildhoodYouthContract(ChildhoodYouthContract object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Intervention Field</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Intervention Field</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterventionField(InterventionField object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Territory</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Territory</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTerritory(Territory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Municipality</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Municipality</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMunicipality(Municipality object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delegated Municipality</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delegated Municipality</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDelegatedMunicipality(DelegatedMunicipality object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Competence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Competence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompetence(Competence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Departmental Scheme Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Departmental Scheme Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDepartmentalSchemeLink(DepartmentalSchemeLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Linked Contract</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Linked Contract</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLinkedContract(LinkedContract object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Article Instance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Article Instance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArticleInstance(ArticleInstance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annex Instance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annex Instance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnexInstance(AnnexInstance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CtgSwitch
