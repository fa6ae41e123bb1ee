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
 * A representation of the literals of the enumeration '<em><b>Area Character</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Urban or rural character of a territory or commune, as the Caf's methodology uses it (with the population) to judge whether a communal CTG is acceptable.
 * <!-- end-model-doc -->
 * @see org.ctgstudio.model.CtgPackage#getAreaCharacter()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Caract\350re du territoire' en='Area character'"
 * @generated
 */
public enum AreaCharacter implements Enumerator {
	/**
	 * The '<em><b>NOT SPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_SPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_SPECIFIED(0, "NOT_SPECIFIED", "NOT_SPECIFIED"),

	/**
	 * The '<em><b>URBAN CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	URBAN_CENTRE(1, "URBAN_CENTRE", "URBAN_CENTRE"),

	/**
	 * The '<em><b>URBAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_VALUE
	 * @generated
	 * @ordered
	 */
	URBAN(2, "URBAN", "URBAN"),

	/**
	 * The '<em><b>PERIURBAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERIURBAN_VALUE
	 * @generated
	 * @ordered
	 */
	PERIURBAN(3, "PERIURBAN", "PERIURBAN"),

	/**
	 * The '<em><b>RURAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RURAL_VALUE
	 * @generated
	 * @ordered
	 */
	RURAL(4, "RURAL", "RURAL");

	/**
	 * The '<em><b>NOT SPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_SPECIFIED
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Non renseign\351' en='Not specified'"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_SPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>URBAN CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_CENTRE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ville-centre, p\364le urbain' en='Urban centre'"
	 * @generated
	 * @ordered
	 */
	public static final int URBAN_CENTRE_VALUE = 1;

	/**
	 * The '<em><b>URBAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Urbain' en='Urban'"
	 * @generated
	 * @ordered
	 */
	public static final int URBAN_VALUE = 2;

	/**
	 * The '<em><b>PERIURBAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERIURBAN
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='P\351riurbain' en='Periurban'"
	 * @generated
	 * @ordered
	 */
	public static final int PERIURBAN_VALUE = 3;

	/**
	 * The '<em><b>RURAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RURAL
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Rural' en='Rural'"
	 * @generated
	 * @ordered
	 */
	public static final int RURAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Area Character</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AreaCharacter[] VALUES_ARRAY =
		new AreaCharacter[] {
			NOT_SPECIFIED,
			URBAN_CENTRE,
			URBAN,
			PERIURBAN,
			RURAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Area Character</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AreaCharacter> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Area Character</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaCharacter get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaCharacter result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Character</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaCharacter getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaCharacter result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Character</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaCharacter get(int value) {
		switch (value) {
			case NOT_SPECIFIED_VALUE: return NOT_SPECIFIED;
			case URBAN_CENTRE_VALUE: return URBAN_CENTRE;
			case URBAN_VALUE: return URBAN;
			case PERIURBAN_VALUE: return PERIURBAN;
			case RURAL_VALUE: return RURAL;
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
	private AreaCharacter(int value, String name, String literal) {
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
	
} //AreaCharacter
