/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

import org.ctgstudio.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.plan.Objective#getCode <em>Code</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Objective#getLabel <em>Label</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Objective#getLevel <em>Level</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Objective#getIssues <em>Issues</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Objective#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.ctgstudio.model.plan.Objective#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.plan.PlanPackage#getObjective()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Objectif' en='Objective'"
 * @generated
 */
public interface Objective extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.ctgstudio.model.plan.PlanPackage#getObjective_Code()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Code' en='Code'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Objective#getCode <em>Code</em>}' attribute.
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
	 * @see org.ctgstudio.model.plan.PlanPackage#getObjective_Label()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intitul\351' en='Label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Objective#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.plan.ObjectiveLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.ctgstudio.model.plan.ObjectiveLevel
	 * @see #setLevel(ObjectiveLevel)
	 * @see org.ctgstudio.model.plan.PlanPackage#getObjective_Level()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Niveau' en='Level'"
	 * @generated
	 */
	ObjectiveLevel getLevel();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.plan.Objective#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.ctgstudio.model.plan.ObjectiveLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(ObjectiveLevel value);

	/**
	 * Returns the value of the '<em><b>Issues</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Issue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issues</em>' reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getObjective_Issues()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Enjeux' en='Issues'"
	 * @generated
	 */
	EList<Issue> getIssues();

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Need}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs</em>' reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getObjective_Needs()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Besoins' en='Needs'"
	 * @generated
	 */
	EList<Need> getNeeds();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.ctgstudio.model.plan.Action}.
	 * It is bidirectional and its opposite is '{@link org.ctgstudio.model.plan.Action#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.ctgstudio.model.plan.PlanPackage#getObjective_Actions()
	 * @see org.ctgstudio.model.plan.Action#getObjectives
	 * @model opposite="objectives"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Fiches actions' en='Actions'"
	 * @generated
	 */
	EList<Action> getActions();

} // Objective
