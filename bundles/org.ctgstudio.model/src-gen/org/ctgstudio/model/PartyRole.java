/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Party Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getPartyRole()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\364le' en='Party role'"
 * @generated
 */
public enum PartyRole implements Enumerator {
	/**
	 * The '<em><b>SIGNATORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATORY_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNATORY(0, "SIGNATORY", "SIGNATORY"),

	/**
	 * The '<em><b>ASSOCIATED PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATED_PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	ASSOCIATED_PARTNER(1, "ASSOCIATED_PARTNER", "ASSOCIATED_PARTNER");

	/**
	 * The '<em><b>SIGNATORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATORY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Signataire' en='Signatory'"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNATORY_VALUE = 0;

	/**
	 * The '<em><b>ASSOCIATED PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATED_PARTNER
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Partenaire associ\351' en='Associated partner'"
	 * @generated
	 * @ordered
	 */
	public static final int ASSOCIATED_PARTNER_VALUE = 1;

	/**
	 * An array of all the '<em><b>Party Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartyRole[] VALUES_ARRAY =
		new PartyRole[] {
			SIGNATORY,
			ASSOCIATED_PARTNER,
		};

	/**
	 * A public read-only list of all the '<em><b>Party Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartyRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Party Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartyRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartyRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Party Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartyRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartyRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Party Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartyRole get(int value) {
		switch (value) {
			case SIGNATORY_VALUE: return SIGNATORY;
			case ASSOCIATED_PARTNER_VALUE: return ASSOCIATED_PARTNER;
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
	private PartyRole(int value, String name, String literal) {
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
	
} //PartyRole
