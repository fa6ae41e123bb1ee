/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.ThematicDomain;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategic Axis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.StrategicAxis#getNumber <em>Number</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.StrategicAxis#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.StrategicAxis#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.StrategicAxis#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.plan.PlanPackage#getStrategicAxis()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Axe strat\351gique' en='Strategic axis'"
 * @generated
 */
public interface StrategicAxis extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.ctgstudio.model.plan.PlanPackage#getStrategicAxis_Number()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='N\260' en='Number'"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.StrategicAxis#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getStrategicAxis_Label()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intitul\351' en='Label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.StrategicAxis#getLabel <em>Label</em>}' attribute.
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
	 * @see org.ctgstudio.model.plan.PlanPackage#getStrategicAxis_Themes()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Th\351matiques' en='Themes'"
	 * @generated
	 */
	EList<ThematicDomain> getThemes();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getStrategicAxis_Objectives()
	 * @model containment="true" required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Objectifs' en='Objectives'"
	 * @generated
	 */
	EList<Objective> getObjectives();

} // StrategicAxis
