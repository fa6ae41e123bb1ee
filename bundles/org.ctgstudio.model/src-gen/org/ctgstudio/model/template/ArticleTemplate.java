/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article Template</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getArticleTemplate()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Article type' en='Article template'"
 * @generated
 */
public interface ArticleTemplate extends PartTemplate {
} // ArticleTemplate
