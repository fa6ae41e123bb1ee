/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import org.ctgstudio.model.AnnexKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annex Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.AnnexTemplate#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getAnnexTemplate()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Annexe type' en='Annex template'"
 * @generated
 */
public interface AnnexTemplate extends PartTemplate {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.AnnexKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.ctgstudio.model.AnnexKind
	 * @see #setKind(AnnexKind)
	 * @see org.ctgstudio.model.template.TemplatePackage#getAnnexTemplate_Kind()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nature' en='Kind'"
	 * @generated
	 */
	AnnexKind getKind();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.AnnexTemplate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.ctgstudio.model.AnnexKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AnnexKind value);

} // AnnexTemplate
