/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import java.time.LocalDate;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.ThematicDomain;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Convention Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getVersion <em>Version</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getStatus <em>Status</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getCaf <em>Caf</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getMandatoryThemes <em>Mandatory Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getMinAdditionalThemes <em>Min Additional Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getArticleTemplates <em>Article Templates</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getAnnexTemplates <em>Annex Templates</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getGovernanceSkeleton <em>Governance Skeleton</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getAxisTemplates <em>Axis Templates</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getIndicatorCatalogue <em>Indicator Catalogue</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.ConventionTemplate#getRuleParameters <em>Rule Parameters</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mod\350le de convention' en='Convention template'"
 * @generated
 */
public interface ConventionTemplate extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_Code()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Code' en='Code'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_Version()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Version' en='Version'"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.template.TemplateStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.ctgstudio.model.template.TemplateStatus
	 * @see #setStatus(TemplateStatus)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_Status()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311tat' en='Status'"
	 * @generated
	 */
	TemplateStatus getStatus();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.ctgstudio.model.template.TemplateStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TemplateStatus value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_ValidFrom()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Valide \340 partir du' en='Valid from'"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_Author()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Auteur' en='Author'"
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Caf</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caf</em>' reference.
	 * @see #setCaf(Organisation)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_Caf()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Caf propri\351taire' en='Caf'"
	 * @generated
	 */
	Organisation getCaf();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getCaf <em>Caf</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caf</em>' reference.
	 * @see #getCaf()
	 * @generated
	 */
	void setCaf(Organisation value);

	/**
	 * Returns the value of the '<em><b>Mandatory Themes</b></em>' attribute list.
	 * The list contents are of type {@link org.ctgstudio.model.ThematicDomain}.
	 * The literals are from the enumeration {@link org.ctgstudio.model.ThematicDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandatory Themes</em>' attribute list.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_MandatoryThemes()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Th\351matiques obligatoires' en='Mandatory themes'"
	 * @generated
	 */
	EList<ThematicDomain> getMandatoryThemes();

	/**
	 * Returns the value of the '<em><b>Min Additional Themes</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Additional Themes</em>' attribute.
	 * @see #setMinAdditionalThemes(int)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_MinAdditionalThemes()
	 * @model default="1"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Th\351matiques suppl\351mentaires minimum' en='Min additional themes'"
	 * @generated
	 */
	int getMinAdditionalThemes();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getMinAdditionalThemes <em>Min Additional Themes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Additional Themes</em>' attribute.
	 * @see #getMinAdditionalThemes()
	 * @generated
	 */
	void setMinAdditionalThemes(int value);

	/**
	 * Returns the value of the '<em><b>Article Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.template.ArticleTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article Templates</em>' containment reference list.
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_ArticleTemplates()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Articles types' en='Article templates'"
	 * @generated
	 */
	EList<ArticleTemplate> getArticleTemplates();

	/**
	 * Returns the value of the '<em><b>Annex Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.template.AnnexTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annex Templates</em>' containment reference list.
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_AnnexTemplates()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Annexes types' en='Annex templates'"
	 * @generated
	 */
	EList<AnnexTemplate> getAnnexTemplates();

	/**
	 * Returns the value of the '<em><b>Governance Skeleton</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governance Skeleton</em>' containment reference.
	 * @see #setGovernanceSkeleton(GovernanceSkeleton)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_GovernanceSkeleton()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Gouvernance type' en='Governance skeleton'"
	 * @generated
	 */
	GovernanceSkeleton getGovernanceSkeleton();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getGovernanceSkeleton <em>Governance Skeleton</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governance Skeleton</em>' containment reference.
	 * @see #getGovernanceSkeleton()
	 * @generated
	 */
	void setGovernanceSkeleton(GovernanceSkeleton value);

	/**
	 * Returns the value of the '<em><b>Axis Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.template.AxisTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axis Templates</em>' containment reference list.
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_AxisTemplates()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Axes types' en='Axis templates'"
	 * @generated
	 */
	EList<AxisTemplate> getAxisTemplates();

	/**
	 * Returns the value of the '<em><b>Indicator Catalogue</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.template.IndicatorDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator Catalogue</em>' containment reference list.
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_IndicatorCatalogue()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Catalogue d\'indicateurs' en='Indicator catalogue'"
	 * @generated
	 */
	EList<IndicatorDefinition> getIndicatorCatalogue();

	/**
	 * Returns the value of the '<em><b>Rule Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Parameters</em>' containment reference.
	 * @see #setRuleParameters(RuleParameterSet)
	 * @see org.ctgstudio.model.template.TemplatePackage#getConventionTemplate_RuleParameters()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Param\350tres de contr\364le' en='Rule parameters'"
	 * @generated
	 */
	RuleParameterSet getRuleParameters();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.ConventionTemplate#getRuleParameters <em>Rule Parameters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Parameters</em>' containment reference.
	 * @see #getRuleParameters()
	 * @generated
	 */
	void setRuleParameters(RuleParameterSet value);

} // ConventionTemplate
