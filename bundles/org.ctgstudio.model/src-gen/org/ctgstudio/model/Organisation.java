/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.Organisation#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.Organisation#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.Organisation#getSiren <em>Siren</em>}</li>
 *   <li>{@link org.ctgstudio.model.Organisation#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.Organisation#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.ctgstudio.model.Organisation#isIsOperator <em>Is Operator</em>}</li>
 *   <li>{@link org.ctgstudio.model.Organisation#getOperatorNature <em>Operator Nature</em>}</li>
 *   <li>{@link org.ctgstudio.model.Organisation#getSiret <em>Siret</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getOrganisation()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Organisme' en='Organisation'"
 * @generated
 */
public interface Organisation extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.CtgPackage#getOrganisation_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Organisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.PartnerType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.PartnerType
	 * @see #setType(PartnerType)
	 * @see org.ctgstudio.model.CtgPackage#getOrganisation_Type()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type de partenaire' en='Type'"
	 * @generated
	 */
	PartnerType getType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Organisation#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.PartnerType
	 * @see #getType()
	 * @generated
	 */
	void setType(PartnerType value);

	/**
	 * Returns the value of the '<em><b>Siren</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Siren</em>' attribute.
	 * @see #setSiren(String)
	 * @see org.ctgstudio.model.CtgPackage#getOrganisation_Siren()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='SIREN' en='Siren'"
	 * @generated
	 */
	String getSiren();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Organisation#getSiren <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Siren</em>' attribute.
	 * @see #getSiren()
	 * @generated
	 */
	void setSiren(String value);

	/**
	 * Returns the value of the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality</em>' reference.
	 * @see #setMunicipality(Municipality)
	 * @see org.ctgstudio.model.CtgPackage#getOrganisation_Municipality()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune administr\351e' en='Municipality'"
	 * @generated
	 */
	Municipality getMunicipality();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Organisation#getMunicipality <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' reference.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(Municipality value);

	/**
	 * Returns the value of the '<em><b>Territory</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Territory</em>' reference.
	 * @see #setTerritory(Territory)
	 * @see org.ctgstudio.model.CtgPackage#getOrganisation_Territory()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Territoire administr\351' en='Territory'"
	 * @generated
	 */
	Territory getTerritory();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Organisation#getTerritory <em>Territory</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Territory</em>' reference.
	 * @see #getTerritory()
	 * @generated
	 */
	void setTerritory(Territory value);

	/**
	 * Returns the value of the '<em><b>Is Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs facilities or services (EAJE, ALSH...): being an operator is a role of an organisation, never a second organisation. The bonus territoire is paid to the operator of a facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Is Operator</em>' attribute.
	 * @see #setIsOperator(boolean)
	 * @see org.ctgstudio.model.CtgPackage#getOrganisation_IsOperator()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gestionnaire d\'\351quipements' en='Is operator'"
	 * @generated
	 */
	boolean isIsOperator();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Organisation#isIsOperator <em>Is Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Operator</em>' attribute.
	 * @see #isIsOperator()
	 * @generated
	 */
	void setIsOperator(boolean value);

	/**
	 * Returns the value of the '<em><b>Operator Nature</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.OperatorNature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator Nature</em>' attribute.
	 * @see org.ctgstudio.model.OperatorNature
	 * @see #setOperatorNature(OperatorNature)
	 * @see org.ctgstudio.model.CtgPackage#getOrganisation_OperatorNature()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nature du gestionnaire' en='Operator nature'"
	 * @generated
	 */
	OperatorNature getOperatorNature();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Organisation#getOperatorNature <em>Operator Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator Nature</em>' attribute.
	 * @see org.ctgstudio.model.OperatorNature
	 * @see #getOperatorNature()
	 * @generated
	 */
	void setOperatorNature(OperatorNature value);

	/**
	 * Returns the value of the '<em><b>Siret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Siret</em>' attribute.
	 * @see #setSiret(String)
	 * @see org.ctgstudio.model.CtgPackage#getOrganisation_Siret()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='SIRET' en='Siret'"
	 * @generated
	 */
	String getSiret();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.Organisation#getSiret <em>Siret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Siret</em>' attribute.
	 * @see #getSiret()
	 * @generated
	 */
	void setSiret(String value);

} // Organisation
