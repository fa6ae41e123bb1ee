/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import org.ctgstudio.model.template.ArticleTemplate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.ArticleInstance#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.ArticleInstance#getTitle <em>Title</em>}</li>
 *   <li>{@link org.ctgstudio.model.ArticleInstance#getBody <em>Body</em>}</li>
 *   <li>{@link org.ctgstudio.model.ArticleInstance#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.ctgstudio.model.ArticleInstance#isIsLocallyModified <em>Is Locally Modified</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.CtgPackage#getArticleInstance()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Article' en='Article instance'"
 * @generated
 */
public interface ArticleInstance extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.ctgstudio.model.CtgPackage#getArticleInstance_Number()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='N\260' en='Number'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ArticleInstance#getNumber <em>Number</em>}' attribute.
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
	 * @see org.ctgstudio.model.CtgPackage#getArticleInstance_Title()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Titre' en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ArticleInstance#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.ctgstudio.model.CtgPackage#getArticleInstance_Body()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Texte' en='Body'"
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ArticleInstance#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(ArticleTemplate)
	 * @see org.ctgstudio.model.CtgPackage#getArticleInstance_Template()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Article type' en='Template'"
	 * @generated
	 */
	ArticleTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ArticleInstance#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(ArticleTemplate value);

	/**
	 * Returns the value of the '<em><b>Is Locally Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Locally Modified</em>' attribute.
	 * @see #setIsLocallyModified(boolean)
	 * @see org.ctgstudio.model.CtgPackage#getArticleInstance_IsLocallyModified()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Modifi\351 localement' en='Is locally modified'"
	 * @generated
	 */
	boolean isIsLocallyModified();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.ArticleInstance#isIsLocallyModified <em>Is Locally Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Locally Modified</em>' attribute.
	 * @see #isIsLocallyModified()
	 * @generated
	 */
	void setIsLocallyModified(boolean value);

} // ArticleInstance
