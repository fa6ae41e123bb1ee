/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding.util;

import org.ctgstudio.model.Identified;

import org.ctgstudio.model.funding.*;

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
 * @see org.ctgstudio.model.funding.FundingPackage
 * @generated
 */
public class FundingSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FundingPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingSwitch() {
		if (modelPackage == null) {
			modelPackage = FundingPackage.eINSTANCE;
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
			case FundingPackage.FACILITY: {
				Facility facility = (Facility)theEObject;
				T result = caseFacility(facility);
				if (result == null) result = caseIdentified(facility);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FundingPackage.FUNDING: {
				Funding funding = (Funding)theEObject;
				T result = caseFunding(funding);
				if (result == null) result = caseIdentified(funding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FundingPackage.TERRITORY_BONUS: {
				TerritoryBonus territoryBonus = (TerritoryBonus)theEObject;
				T result = caseTerritoryBonus(territoryBonus);
				if (result == null) result = caseFunding(territoryBonus);
				if (result == null) result = caseIdentified(territoryBonus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FundingPackage.PARTNER_COMMITMENT: {
				PartnerCommitment partnerCommitment = (PartnerCommitment)theEObject;
				T result = casePartnerCommitment(partnerCommitment);
				if (result == null) result = caseIdentified(partnerCommitment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FundingPackage.DEVELOPMENT_PLAN: {
				DevelopmentPlan developmentPlan = (DevelopmentPlan)theEObject;
				T result = caseDevelopmentPlan(developmentPlan);
				if (result == null) result = caseIdentified(developmentPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FundingPackage.DEVELOPMENT_PLAN_ENTRY: {
				DevelopmentPlanEntry developmentPlanEntry = (DevelopmentPlanEntry)theEObject;
				T result = caseDevelopmentPlanEntry(developmentPlanEntry);
				if (result == null) result = caseIdentified(developmentPlanEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FundingPackage.SUPPLY_FIGURE: {
				SupplyFigure supplyFigure = (SupplyFigure)theEObject;
				T result = caseSupplyFigure(supplyFigure);
				if (result == null) result = caseIdentified(supplyFigure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FundingPackage.PAST_SUPPORT: {
				PastSupport pastSupport = (PastSupport)theEObject;
				T result = casePastSupport(pastSupport);
				if (result == null) result = caseIdentified(pastSupport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Facility</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Facility</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFacility(Facility object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Funding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Funding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFunding(Funding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Territory Bonus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Territory Bonus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTerritoryBonus(TerritoryBonus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Partner Commitment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Partner Commitment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePartnerCommitment(PartnerCommitment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Development Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Development Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDevelopmentPlan(DevelopmentPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Development Plan Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Development Plan Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDevelopmentPlanEntry(DevelopmentPlanEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Supply Figure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Supply Figure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSupplyFigure(SupplyFigure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Past Support</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Past Support</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePastSupport(PastSupport object) {
		return null;
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

} //FundingSwitch
