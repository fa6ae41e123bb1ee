/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.ThematicDomain;

import org.ctgstudio.model.plan.IndicatorKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.IndicatorDefinition#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.IndicatorDefinition#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.IndicatorDefinition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.IndicatorDefinition#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.IndicatorDefinition#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.IndicatorDefinition#getComputation <em>Computation</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.IndicatorDefinition#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getIndicatorDefinition()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='D\351finition d\'indicateur' en='Indicator definition'"
 * @generated
 */
public interface IndicatorDefinition extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getIndicatorDefinition_Code()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Code' en='Code'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.IndicatorDefinition#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getIndicatorDefinition_Label()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Libell\351' en='Label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.IndicatorDefinition#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.plan.IndicatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.ctgstudio.model.plan.IndicatorKind
	 * @see #setKind(IndicatorKind)
	 * @see org.ctgstudio.model.template.TemplatePackage#getIndicatorDefinition_Kind()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Kind'"
	 * @generated
	 */
	IndicatorKind getKind();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.IndicatorDefinition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.ctgstudio.model.plan.IndicatorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IndicatorKind value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getIndicatorDefinition_Unit()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Unit\351' en='Unit'"
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.IndicatorDefinition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.ThematicDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see #setTheme(ThematicDomain)
	 * @see org.ctgstudio.model.template.TemplatePackage#getIndicatorDefinition_Theme()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Th\351matique' en='Theme'"
	 * @generated
	 */
	ThematicDomain getTheme();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.IndicatorDefinition#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see org.ctgstudio.model.ThematicDomain
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(ThematicDomain value);

	/**
	 * Returns the value of the '<em><b>Computation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Computation</em>' attribute.
	 * @see #setComputation(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getIndicatorDefinition_Computation()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mode de calcul' en='Computation'"
	 * @generated
	 */
	String getComputation();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.IndicatorDefinition#getComputation <em>Computation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computation</em>' attribute.
	 * @see #getComputation()
	 * @generated
	 */
	void setComputation(String value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getIndicatorDefinition_DataSource()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Source' en='Data source'"
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.IndicatorDefinition#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

} // IndicatorDefinition
