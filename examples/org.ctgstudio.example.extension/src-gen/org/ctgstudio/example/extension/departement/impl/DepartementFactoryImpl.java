/**
 * CTG Studio example extension - generated from departement.genmodel; do not edit.
 */
package org.ctgstudio.example.extension.departement.impl;

import org.ctgstudio.example.extension.departement.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DepartementFactoryImpl extends EFactoryImpl implements DepartementFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DepartementFactory init() {
		try {
			DepartementFactory theDepartementFactory = (DepartementFactory)EPackage.Registry.INSTANCE.getEFactory(DepartementPackage.eNS_URI);
			if (theDepartementFactory != null) {
				return theDepartementFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DepartementFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DepartementFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DepartementPackage.DEPARTMENTAL_FUNDING: return createDepartmentalFunding();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartmentalFunding createDepartmentalFunding() {
		DepartmentalFundingImpl departmentalFunding = new DepartmentalFundingImpl();
		return departmentalFunding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DepartementPackage getDepartementPackage() {
		return (DepartementPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DepartementPackage getPackage() {
		return DepartementPackage.eINSTANCE;
	}

} //DepartementFactoryImpl
