/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Basis</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.funding.FundingPackage#getFundingBasis()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Base' en='Funding basis'"
 * @generated
 */
public enum FundingBasis implements Enumerator {
	/**
	 * The '<em><b>PER PLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_PLACE_VALUE
	 * @generated
	 * @ordered
	 */
	PER_PLACE(0, "PER_PLACE", "PER_PLACE"),

	/**
	 * The '<em><b>PER HOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_HOUR_VALUE
	 * @generated
	 * @ordered
	 */
	PER_HOUR(1, "PER_HOUR", "PER_HOUR"),

	/**
	 * The '<em><b>LUMP SUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUMP_SUM_VALUE
	 * @generated
	 * @ordered
	 */
	LUMP_SUM(2, "LUMP_SUM", "LUMP_SUM"),

	/**
	 * The '<em><b>GRANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANT_VALUE
	 * @generated
	 * @ordered
	 */
	GRANT(3, "GRANT", "GRANT");

	/**
	 * The '<em><b>PER PLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_PLACE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Par place' en='Per place'"
	 * @generated
	 * @ordered
	 */
	public static final int PER_PLACE_VALUE = 0;

	/**
	 * The '<em><b>PER HOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_HOUR
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Par heure' en='Per hour'"
	 * @generated
	 * @ordered
	 */
	public static final int PER_HOUR_VALUE = 1;

	/**
	 * The '<em><b>LUMP SUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUMP_SUM
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Forfait' en='Lump sum'"
	 * @generated
	 * @ordered
	 */
	public static final int LUMP_SUM_VALUE = 2;

	/**
	 * The '<em><b>GRANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Subvention' en='Grant'"
	 * @generated
	 * @ordered
	 */
	public static final int GRANT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FundingBasis[] VALUES_ARRAY =
		new FundingBasis[] {
			PER_PLACE,
			PER_HOUR,
			LUMP_SUM,
			GRANT,
		};

	/**
	 * A public read-only list of all the '<em><b>Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FundingBasis> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Basis</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingBasis get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FundingBasis result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Basis</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingBasis getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FundingBasis result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Basis</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingBasis get(int value) {
		switch (value) {
			case PER_PLACE_VALUE: return PER_PLACE;
			case PER_HOUR_VALUE: return PER_HOUR;
			case LUMP_SUM_VALUE: return LUMP_SUM;
			case GRANT_VALUE: return GRANT;
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
	private FundingBasis(int value, String name, String literal) {
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
	
} //FundingBasis
