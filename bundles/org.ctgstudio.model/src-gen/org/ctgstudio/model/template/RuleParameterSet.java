/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import org.ctgstudio.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Parameter Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.RuleParameterSet#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.RuleParameterSet#getSeverityOverrides <em>Severity Overrides</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getRuleParameterSet()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Param\350tres de contr\364le' en='Rule parameter set'"
 * @generated
 */
public interface RuleParameterSet extends Identified {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.template.RuleParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.ctgstudio.model.template.TemplatePackage#getRuleParameterSet_Entries()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Param\350tres' en='Entries'"
	 * @generated
	 */
	EList<RuleParameter> getEntries();

	/**
	 * Returns the value of the '<em><b>Severity Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.ctgstudio.model.template.SeverityOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity Overrides</em>' containment reference list.
	 * @see org.ctgstudio.model.template.TemplatePackage#getRuleParameterSet_SeverityOverrides()
	 * @model containment="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Gravit\351s sp\351cifiques' en='Severity overrides'"
	 * @generated
	 */
	EList<SeverityOverride> getSeverityOverrides();

} // RuleParameterSet
