/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import org.ctgstudio.model.template.AnnexTemplate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annex Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.AnnexInstance#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.AnnexInstance#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.AnnexInstance#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ctgstudio.model.AnnexInstance#getAttachmentUri <em>Attachment Uri</em>}</li>
 *   <li>{@link org.ctgstudio.model.AnnexInstance#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getAnnexInstance()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Annexe' en='Annex instance'"
 * @generated
 */
public interface AnnexInstance extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.ctgstudio.model.CtgPackage#getAnnexInstance_Number()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='N\260' en='Number'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AnnexInstance#getNumber <em>Number</em>}' attribute.
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
	 * @see org.ctgstudio.model.CtgPackage#getAnnexInstance_Title()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Titre' en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AnnexInstance#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.AnnexKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.ctgstudio.model.AnnexKind
	 * @see #setKind(AnnexKind)
	 * @see org.ctgstudio.model.CtgPackage#getAnnexInstance_Kind()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nature' en='Kind'"
	 * @generated
	 */
	AnnexKind getKind();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AnnexInstance#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.ctgstudio.model.AnnexKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AnnexKind value);

	/**
	 * Returns the value of the '<em><b>Attachment Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachment Uri</em>' attribute.
	 * @see #setAttachmentUri(String)
	 * @see org.ctgstudio.model.CtgPackage#getAnnexInstance_AttachmentUri()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pi\350ce jointe' en='Attachment uri'"
	 * @generated
	 */
	String getAttachmentUri();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AnnexInstance#getAttachmentUri <em>Attachment Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment Uri</em>' attribute.
	 * @see #getAttachmentUri()
	 * @generated
	 */
	void setAttachmentUri(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(AnnexTemplate)
	 * @see org.ctgstudio.model.CtgPackage#getAnnexInstance_Template()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Annexe type' en='Template'"
	 * @generated
	 */
	AnnexTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.AnnexInstance#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(AnnexTemplate value);

} // AnnexInstance
