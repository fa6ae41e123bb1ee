/**
 * CTG Studio example extension - generated from departement.genmodel; do not edit.
 */
package org.ctgstudio.example.extension.departement;

import org.ctgstudio.model.funding.FundingPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Example extension of the CTG metamodel: the local funding lines a département brings to a CTG (its own schemes, voted by its council). Labels: annotation http://ctgstudio.org/ctg/labels (fr, en), as in the CTG metamodel.
 * <!-- end-model-doc -->
 * @see org.ctgstudio.example.extension.departement.DepartementFactory
 * @model kind="package"
 *        annotation="http://ctgstudio.org/ctg/labels fr='CTG Studio - Exemple d\'extension : financements d\351partementaux' en='CTG Studio - Example extension: departmental funding'"
 * @generated
 */
public interface DepartementPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "departement";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ctgstudio.org/example/departement/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dep";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DepartementPackage eINSTANCE = org.ctgstudio.example.extension.departement.impl.DepartementPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.ctgstudio.example.extension.departement.impl.DepartmentalFundingImpl <em>Departmental Funding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.ctgstudio.example.extension.departement.impl.DepartmentalFundingImpl
	 * @see org.ctgstudio.example.extension.departement.impl.DepartementPackageImpl#getDepartmentalFunding()
	 * @generated
	 */
	int DEPARTMENTAL_FUNDING = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__ID = FundingPackage.FUNDING__ID;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__SOURCE = FundingPackage.FUNDING__SOURCE;

	/**
	 * The feature id for the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__FUNDER = FundingPackage.FUNDING__FUNDER;

	/**
	 * The feature id for the '<em><b>Beneficiary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__BENEFICIARY = FundingPackage.FUNDING__BENEFICIARY;

	/**
	 * The feature id for the '<em><b>Facility</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__FACILITY = FundingPackage.FUNDING__FACILITY;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__ACTION = FundingPackage.FUNDING__ACTION;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__YEAR = FundingPackage.FUNDING__YEAR;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__AMOUNT = FundingPackage.FUNDING__AMOUNT;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__BASIS = FundingPackage.FUNDING__BASIS;

	/**
	 * The feature id for the '<em><b>Unit Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__UNIT_AMOUNT = FundingPackage.FUNDING__UNIT_AMOUNT;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__QUANTITY = FundingPackage.FUNDING__QUANTITY;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__SCHEME = FundingPackage.FUNDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Council Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING__COUNCIL_DECISION = FundingPackage.FUNDING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Departmental Funding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING_FEATURE_COUNT = FundingPackage.FUNDING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Departmental Funding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENTAL_FUNDING_OPERATION_COUNT = FundingPackage.FUNDING_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.ctgstudio.example.extension.departement.DepartmentalFunding <em>Departmental Funding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Departmental Funding</em>'.
	 * @see org.ctgstudio.example.extension.departement.DepartmentalFunding
	 * @generated
	 */
	EClass getDepartmentalFunding();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.example.extension.departement.DepartmentalFunding#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme</em>'.
	 * @see org.ctgstudio.example.extension.departement.DepartmentalFunding#getScheme()
	 * @see #getDepartmentalFunding()
	 * @generated
	 */
	EAttribute getDepartmentalFunding_Scheme();

	/**
	 * Returns the meta object for the attribute '{@link org.ctgstudio.example.extension.departement.DepartmentalFunding#getCouncilDecision <em>Council Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Council Decision</em>'.
	 * @see org.ctgstudio.example.extension.departement.DepartmentalFunding#getCouncilDecision()
	 * @see #getDepartmentalFunding()
	 * @generated
	 */
	EAttribute getDepartmentalFunding_CouncilDecision();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DepartementFactory getDepartementFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.ctgstudio.example.extension.departement.impl.DepartmentalFundingImpl <em>Departmental Funding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.ctgstudio.example.extension.departement.impl.DepartmentalFundingImpl
		 * @see org.ctgstudio.example.extension.departement.impl.DepartementPackageImpl#getDepartmentalFunding()
		 * @generated
		 */
		EClass DEPARTMENTAL_FUNDING = eINSTANCE.getDepartmentalFunding();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENTAL_FUNDING__SCHEME = eINSTANCE.getDepartmentalFunding_Scheme();

		/**
		 * The meta object literal for the '<em><b>Council Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENTAL_FUNDING__COUNCIL_DECISION = eINSTANCE.getDepartmentalFunding_CouncilDecision();

	}

} //DepartementPackage
