/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import org.ctgstudio.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Part Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.PartTemplate#getOrder <em>Order</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.PartTemplate#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.PartTemplate#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.PartTemplate#getBodyTemplate <em>Body Template</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.PartTemplate#isIsMandatory <em>Is Mandatory</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.PartTemplate#isIsEditable <em>Is Editable</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getPartTemplate()
 * @model abstract="true"
 *        annotation="http://ctgstudio.org/ctg/labels fr='Partie type du document' en='Document part template'"
 * @generated
 */
public interface PartTemplate extends Identified {
	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.ctgstudio.model.template.TemplatePackage#getPartTemplate_Order()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ordre' en='Order'"
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.PartTemplate#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getPartTemplate_Number()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='N\260' en='Number'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.PartTemplate#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getPartTemplate_Title()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Titre' en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.PartTemplate#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Body Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body Template</em>' attribute.
	 * @see #setBodyTemplate(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getPartTemplate_BodyTemplate()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Texte type' en='Body template'"
	 * @generated
	 */
	String getBodyTemplate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.PartTemplate#getBodyTemplate <em>Body Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body Template</em>' attribute.
	 * @see #getBodyTemplate()
	 * @generated
	 */
	void setBodyTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Is Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Mandatory</em>' attribute.
	 * @see #setIsMandatory(boolean)
	 * @see org.ctgstudio.model.template.TemplatePackage#getPartTemplate_IsMandatory()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Obligatoire' en='Is mandatory'"
	 * @generated
	 */
	boolean isIsMandatory();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.PartTemplate#isIsMandatory <em>Is Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Mandatory</em>' attribute.
	 * @see #isIsMandatory()
	 * @generated
	 */
	void setIsMandatory(boolean value);

	/**
	 * Returns the value of the '<em><b>Is Editable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Editable</em>' attribute.
	 * @see #setIsEditable(boolean)
	 * @see org.ctgstudio.model.template.TemplatePackage#getPartTemplate_IsEditable()
	 * @model default="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Modifiable localement' en='Is editable'"
	 * @generated
	 */
	boolean isIsEditable();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.PartTemplate#isIsEditable <em>Is Editable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Editable</em>' attribute.
	 * @see #isIsEditable()
	 * @generated
	 */
	void setIsEditable(boolean value);

} // PartTemplate
