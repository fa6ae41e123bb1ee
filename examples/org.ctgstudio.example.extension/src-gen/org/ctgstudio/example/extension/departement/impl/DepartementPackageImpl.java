/**
 * CTG Studio example extension - generated from departement.genmodel; do not edit.
 */
package org.ctgstudio.example.extension.departement.impl;

import org.ctgstudio.example.extension.departement.DepartementFactory;
import org.ctgstudio.example.extension.departement.DepartementPackage;
import org.ctgstudio.example.extension.departement.DepartmentalFunding;

import org.ctgstudio.model.CtgPackage;

import org.ctgstudio.model.deployment.DeploymentPackage;

import org.ctgstudio.model.funding.FundingPackage;

import org.ctgstudio.model.governance.GovernancePackage;

import org.ctgstudio.model.plan.PlanPackage;

import org.ctgstudio.model.template.TemplatePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DepartementPackageImpl extends EPackageImpl implements DepartementPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentalFundingEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.ctgstudio.example.extension.departement.DepartementPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DepartementPackageImpl() {
		super(eNS_URI, DepartementFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DepartementPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DepartementPackage init() {
		if (isInited) return (DepartementPackage)EPackage.Registry.INSTANCE.getEPackage(DepartementPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDepartementPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DepartementPackageImpl theDepartementPackage = registeredDepartementPackage instanceof DepartementPackageImpl ? (DepartementPackageImpl)registeredDepartementPackage : new DepartementPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CtgPackage.eINSTANCE.eClass();
		PlanPackage.eINSTANCE.eClass();
		FundingPackage.eINSTANCE.eClass();
		GovernancePackage.eINSTANCE.eClass();
		DeploymentPackage.eINSTANCE.eClass();
		TemplatePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theDepartementPackage.createPackageContents();

		// Initialize created meta-data
		theDepartementPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDepartementPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DepartementPackage.eNS_URI, theDepartementPackage);
		return theDepartementPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartmentalFunding() {
		return departmentalFundingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentalFunding_Scheme() {
		return (EAttribute)departmentalFundingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartmentalFunding_CouncilDecision() {
		return (EAttribute)departmentalFundingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartementFactory getDepartementFactory() {
		return (DepartementFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		departmentalFundingEClass = createEClass(DEPARTMENTAL_FUNDING);
		createEAttribute(departmentalFundingEClass, DEPARTMENTAL_FUNDING__SCHEME);
		createEAttribute(departmentalFundingEClass, DEPARTMENTAL_FUNDING__COUNCIL_DECISION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		FundingPackage theFundingPackage = (FundingPackage)EPackage.Registry.INSTANCE.getEPackage(FundingPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		departmentalFundingEClass.getESuperTypes().add(theFundingPackage.getFunding());

		// Initialize classes, features, and operations; add parameters
		initEClass(departmentalFundingEClass, DepartmentalFunding.class, "DepartmentalFunding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDepartmentalFunding_Scheme(), ecorePackage.getEString(), "scheme", null, 0, 1, DepartmentalFunding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartmentalFunding_CouncilDecision(), ecorePackage.getEString(), "councilDecision", null, 0, 1, DepartmentalFunding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://ctgstudio.org/ctg/labels
		createLabelsAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://ctgstudio.org/ctg/labels</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelsAnnotations() {
		String source = "http://ctgstudio.org/ctg/labels";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "fr", "CTG Studio - Exemple d\'extension : financements d\u00e9partementaux",
			   "en", "CTG Studio - Example extension: departmental funding"
		   });
		addAnnotation
		  (departmentalFundingEClass,
		   source,
		   new String[] {
			   "fr", "Financement d\u00e9partemental",
			   "en", "Departmental funding"
		   });
		addAnnotation
		  (getDepartmentalFunding_Scheme(),
		   source,
		   new String[] {
			   "fr", "Dispositif d\u00e9partemental",
			   "en", "Departmental scheme"
		   });
		addAnnotation
		  (getDepartmentalFunding_CouncilDecision(),
		   source,
		   new String[] {
			   "fr", "D\u00e9lib\u00e9ration du D\u00e9partement",
			   "en", "Council decision"
		   });
	}

} //DepartementPackageImpl
