/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.funding.FundingPackage
 * @generated
 */
public interface FundingFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FundingFactory eINSTANCE = org.ctgstudio.model.funding.impl.FundingFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Facility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Facility</em>'.
	 * @generated
	 */
	Facility createFacility();

	/**
	 * Returns a new object of class '<em>Funding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Funding</em>'.
	 * @generated
	 */
	Funding createFunding();

	/**
	 * Returns a new object of class '<em>Territory Bonus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Territory Bonus</em>'.
	 * @generated
	 */
	TerritoryBonus createTerritoryBonus();

	/**
	 * Returns a new object of class '<em>Partner Commitment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partner Commitment</em>'.
	 * @generated
	 */
	PartnerCommitment createPartnerCommitment();

	/**
	 * Returns a new object of class '<em>Development Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Development Plan</em>'.
	 * @generated
	 */
	DevelopmentPlan createDevelopmentPlan();

	/**
	 * Returns a new object of class '<em>Development Plan Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Development Plan Entry</em>'.
	 * @generated
	 */
	DevelopmentPlanEntry createDevelopmentPlanEntry();

	/**
	 * Returns a new object of class '<em>Supply Figure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Supply Figure</em>'.
	 * @generated
	 */
	SupplyFigure createSupplyFigure();

	/**
	 * Returns a new object of class '<em>Past Support</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Past Support</em>'.
	 * @generated
	 */
	PastSupport createPastSupport();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FundingPackage getFundingPackage();

} //FundingFactory
