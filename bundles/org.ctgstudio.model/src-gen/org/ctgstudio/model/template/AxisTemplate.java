/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.ThematicDomain;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Axis Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.AxisTemplate#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.AxisTemplate#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.AxisTemplate#getSuggestedObjectives <em>Suggested Objectives</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getAxisTemplate()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Axe type' en='Axis template'"
 * @generated
 */
public interface AxisTemplate extends Identified {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getAxisTemplate_Label()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intitul\351' en='Label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.AxisTemplate#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Themes</b></em>' attribute list.
	 * The list contents are of type {@link org.ctgstudio.model.ThematicDomain}.
	 * The literals are from the enumeration {@link org.ctgstudio.model.ThematicDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Themes</em>' attribute list.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see org.ctgstudio.model.template.TemplatePackage#getAxisTemplate_Themes()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Th\351matiques' en='Themes'"
	 * @generated
	 */
	EList<ThematicDomain> getThemes();

	/**
	 * Returns the value of the '<em><b>Suggested Objectives</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suggested Objectives</em>' attribute list.
	 * @see org.ctgstudio.model.template.TemplatePackage#getAxisTemplate_SuggestedObjectives()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Objectifs sugg\351r\351s' en='Suggested objectives'"
	 * @generated
	 */
	EList<String> getSuggestedObjectives();

} // AxisTemplate
