/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import org.ctgstudio.model.Identified;

import org.ctgstudio.model.governance.CommitteeType;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Committee Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.CommitteeTemplate#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.CommitteeTemplate#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.CommitteeTemplate#isIsMandatory <em>Is Mandatory</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.CommitteeTemplate#getDefaultMeetingsPerYear <em>Default Meetings Per Year</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getCommitteeTemplate()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Instance type' en='Committee template'"
 * @generated
 */
public interface CommitteeTemplate extends Identified {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.governance.CommitteeType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.governance.CommitteeType
	 * @see #setType(CommitteeType)
	 * @see org.ctgstudio.model.template.TemplatePackage#getCommitteeTemplate_Type()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Type'"
	 * @generated
	 */
	CommitteeType getType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.CommitteeTemplate#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.governance.CommitteeType
	 * @see #getType()
	 * @generated
	 */
	void setType(CommitteeType value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getCommitteeTemplate_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.CommitteeTemplate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Is Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Mandatory</em>' attribute.
	 * @see #setIsMandatory(boolean)
	 * @see org.ctgstudio.model.template.TemplatePackage#getCommitteeTemplate_IsMandatory()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Obligatoire' en='Is mandatory'"
	 * @generated
	 */
	boolean isIsMandatory();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.CommitteeTemplate#isIsMandatory <em>Is Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Mandatory</em>' attribute.
	 * @see #isIsMandatory()
	 * @generated
	 */
	void setIsMandatory(boolean value);

	/**
	 * Returns the value of the '<em><b>Default Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Meetings Per Year</em>' attribute.
	 * @see #setDefaultMeetingsPerYear(int)
	 * @see org.ctgstudio.model.template.TemplatePackage#getCommitteeTemplate_DefaultMeetingsPerYear()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\351unions / an par d\351faut' en='Default meetings per year'"
	 * @generated
	 */
	int getDefaultMeetingsPerYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.CommitteeTemplate#getDefaultMeetingsPerYear <em>Default Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Meetings Per Year</em>' attribute.
	 * @see #getDefaultMeetingsPerYear()
	 * @generated
	 */
	void setDefaultMeetingsPerYear(int value);

} // CommitteeTemplate
