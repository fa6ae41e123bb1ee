/**
 * CTG Studio example extension - generated from departement.genmodel; do not edit.
 */
package org.ctgstudio.example.extension.departement;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.example.extension.departement.DepartementPackage
 * @generated
 */
public interface DepartementFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DepartementFactory eINSTANCE = org.ctgstudio.example.extension.departement.impl.DepartementFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Departmental Funding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Departmental Funding</em>'.
	 * @generated
	 */
	DepartmentalFunding createDepartmentalFunding();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DepartementPackage getDepartementPackage();

} //DepartementFactory
