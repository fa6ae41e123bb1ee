/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.template;

import org.ctgstudio.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Severity Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.template.SeverityOverride#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.ctgstudio.model.template.SeverityOverride#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.template.TemplatePackage#getSeverityOverride()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gravit\351 sp\351cifique' en='Severity override'"
 * @generated
 */
public interface SeverityOverride extends Identified {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.ctgstudio.model.template.TemplatePackage#getSeverityOverride_RuleId()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\350gle' en='Rule id'"
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.SeverityOverride#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.template.RuleSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.ctgstudio.model.template.RuleSeverity
	 * @see #setSeverity(RuleSeverity)
	 * @see org.ctgstudio.model.template.TemplatePackage#getSeverityOverride_Severity()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gravit\351' en='Severity'"
	 * @generated
	 */
	RuleSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.template.SeverityOverride#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.ctgstudio.model.template.RuleSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(RuleSeverity value);

} // SeverityOverride
