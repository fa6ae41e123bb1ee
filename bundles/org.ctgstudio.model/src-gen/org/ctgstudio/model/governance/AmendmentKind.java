/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Amendment Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.governance.GovernancePackage#getAmendmentKind()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Objet de l\'avenant' en='Amendment kind'"
 * @generated
 */
public enum AmendmentKind implements Enumerator {
	/**
	 * The '<em><b>EXTENSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTENSION_VALUE
	 * @generated
	 * @ordered
	 */
	EXTENSION(0, "EXTENSION", "EXTENSION"),

	/**
	 * The '<em><b>DEVELOPMENT PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPMENT_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	DEVELOPMENT_PLAN(1, "DEVELOPMENT_PLAN", "DEVELOPMENT_PLAN"),

	/**
	 * The '<em><b>NEW PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	NEW_PARTY(2, "NEW_PARTY", "NEW_PARTY"),

	/**
	 * The '<em><b>PLAN CHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN_CHANGE(3, "PLAN_CHANGE", "PLAN_CHANGE"),

	/**
	 * The '<em><b>FINANCIAL CHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL_CHANGE(4, "FINANCIAL_CHANGE", "FINANCIAL_CHANGE");

	/**
	 * The '<em><b>EXTENSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTENSION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Prolongation' en='Extension'"
	 * @generated
	 * @ordered
	 */
	public static final int EXTENSION_VALUE = 0;

	/**
	 * The '<em><b>DEVELOPMENT PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPMENT_PLAN
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma de d\351veloppement' en='Development plan'"
	 * @generated
	 * @ordered
	 */
	public static final int DEVELOPMENT_PLAN_VALUE = 1;

	/**
	 * The '<em><b>NEW PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_PARTY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nouveau signataire' en='New party'"
	 * @generated
	 * @ordered
	 */
	public static final int NEW_PARTY_VALUE = 2;

	/**
	 * The '<em><b>PLAN CHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_CHANGE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Modification du plan d\'actions' en='Plan change'"
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_CHANGE_VALUE = 3;

	/**
	 * The '<em><b>FINANCIAL CHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_CHANGE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Modification financi\350re' en='Financial change'"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_CHANGE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Amendment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AmendmentKind[] VALUES_ARRAY =
		new AmendmentKind[] {
			EXTENSION,
			DEVELOPMENT_PLAN,
			NEW_PARTY,
			PLAN_CHANGE,
			FINANCIAL_CHANGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Amendment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AmendmentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Amendment Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AmendmentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AmendmentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Amendment Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AmendmentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AmendmentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Amendment Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AmendmentKind get(int value) {
		switch (value) {
			case EXTENSION_VALUE: return EXTENSION;
			case DEVELOPMENT_PLAN_VALUE: return DEVELOPMENT_PLAN;
			case NEW_PARTY_VALUE: return NEW_PARTY;
			case PLAN_CHANGE_VALUE: return PLAN_CHANGE;
			case FINANCIAL_CHANGE_VALUE: return FINANCIAL_CHANGE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AmendmentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AmendmentKind
