/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.ctgstudio.model.Identified;

import org.ctgstudio.model.template.IndicatorDefinition;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Indicator#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Indicateur' en='Indicator'"
 * @generated
 */
public interface Indicator extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_Code()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Code' en='Code'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getCode <em>Code</em>}' attribute.
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
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_Label()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Libell\351' en='Label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getLabel <em>Label</em>}' attribute.
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
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_Kind()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Kind'"
	 * @generated
	 */
	IndicatorKind getKind();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getKind <em>Kind</em>}' attribute.
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
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_Unit()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Unit\351' en='Unit'"
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Value</em>' attribute.
	 * @see #setBaselineValue(BigDecimal)
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_BaselineValue()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Valeur initiale' en='Baseline value'"
	 * @generated
	 */
	BigDecimal getBaselineValue();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getBaselineValue <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Value</em>' attribute.
	 * @see #getBaselineValue()
	 * @generated
	 */
	void setBaselineValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Baseline Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Date</em>' attribute.
	 * @see #setBaselineDate(LocalDate)
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_BaselineDate()
	 * @model dataType="org.ctgstudio.model.Date"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Date de la valeur initiale' en='Baseline date'"
	 * @generated
	 */
	LocalDate getBaselineDate();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getBaselineDate <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Date</em>' attribute.
	 * @see #getBaselineDate()
	 * @generated
	 */
	void setBaselineDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(BigDecimal)
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_TargetValue()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Valeur cible' en='Target value'"
	 * @generated
	 */
	BigDecimal getTargetValue();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_DataSource()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Source' en='Data source'"
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' reference.
	 * @see #setDefinition(IndicatorDefinition)
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_Definition()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='D\351finition catalogue' en='Definition'"
	 * @generated
	 */
	IndicatorDefinition getDefinition();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Indicator#getDefinition <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(IndicatorDefinition value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getIndicator_Measurements()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Mesures' en='Measurements'"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Indicator
