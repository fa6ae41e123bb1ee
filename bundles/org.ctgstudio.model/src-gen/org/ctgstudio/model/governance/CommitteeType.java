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
 * A representation of the literals of the enumeration '<em><b>Committee Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.governance.GovernancePackage#getCommitteeType()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type d\'instance' en='Committee type'"
 * @generated
 */
public enum CommitteeType implements Enumerator {
	/**
	 * The '<em><b>STEERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEERING_VALUE
	 * @generated
	 * @ordered
	 */
	STEERING(0, "STEERING", "STEERING"),

	/**
	 * The '<em><b>TECHNICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL(1, "TECHNICAL", "TECHNICAL"),

	/**
	 * The '<em><b>THEMATIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEMATIC_VALUE
	 * @generated
	 * @ordered
	 */
	THEMATIC(2, "THEMATIC", "THEMATIC");

	/**
	 * The '<em><b>STEERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEERING
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Comit\351 de pilotage (COPIL)' en='Steering committee (COPIL)'"
	 * @generated
	 * @ordered
	 */
	public static final int STEERING_VALUE = 0;

	/**
	 * The '<em><b>TECHNICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Comit\351 technique (COTECH)' en='Technical committee (COTECH)'"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_VALUE = 1;

	/**
	 * The '<em><b>THEMATIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEMATIC
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Comit\351 th\351matique' en='Thematic committee'"
	 * @generated
	 * @ordered
	 */
	public static final int THEMATIC_VALUE = 2;

	/**
	 * An array of all the '<em><b>Committee Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommitteeType[] VALUES_ARRAY =
		new CommitteeType[] {
			STEERING,
			TECHNICAL,
			THEMATIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Committee Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommitteeType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Committee Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommitteeType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Committee Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommitteeType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Committee Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeType get(int value) {
		switch (value) {
			case STEERING_VALUE: return STEERING;
			case TECHNICAL_VALUE: return TECHNICAL;
			case THEMATIC_VALUE: return THEMATIC;
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
	private CommitteeType(int value, String name, String literal) {
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
	
} //CommitteeType
