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
 * A representation of the literals of the enumeration '<em><b>Bonus Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.funding.FundingPackage#getBonusType()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type de bonus' en='Bonus type'"
 * @generated
 */
public enum BonusType implements Enumerator {
	/**
	 * The '<em><b>EAJE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EAJE_VALUE
	 * @generated
	 * @ordered
	 */
	EAJE(0, "EAJE", "EAJE"),

	/**
	 * The '<em><b>RPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPE_VALUE
	 * @generated
	 * @ordered
	 */
	RPE(1, "RPE", "RPE"),

	/**
	 * The '<em><b>LAEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAEP_VALUE
	 * @generated
	 * @ordered
	 */
	LAEP(2, "LAEP", "LAEP"),

	/**
	 * The '<em><b>ALSH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALSH_VALUE
	 * @generated
	 * @ordered
	 */
	ALSH(3, "ALSH", "ALSH"),

	/**
	 * The '<em><b>COORDINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COORDINATION_VALUE
	 * @generated
	 * @ordered
	 */
	COORDINATION(4, "COORDINATION", "COORDINATION");

	/**
	 * The '<em><b>EAJE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EAJE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='EAJE' en='EAJE'"
	 * @generated
	 * @ordered
	 */
	public static final int EAJE_VALUE = 0;

	/**
	 * The '<em><b>RPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='RPE' en='RPE'"
	 * @generated
	 * @ordered
	 */
	public static final int RPE_VALUE = 1;

	/**
	 * The '<em><b>LAEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAEP
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='LAEP' en='LAEP'"
	 * @generated
	 * @ordered
	 */
	public static final int LAEP_VALUE = 2;

	/**
	 * The '<em><b>ALSH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALSH
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='ALSH' en='ALSH'"
	 * @generated
	 * @ordered
	 */
	public static final int ALSH_VALUE = 3;

	/**
	 * The '<em><b>COORDINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COORDINATION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Coordination' en='Coordination'"
	 * @generated
	 * @ordered
	 */
	public static final int COORDINATION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Bonus Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BonusType[] VALUES_ARRAY =
		new BonusType[] {
			EAJE,
			RPE,
			LAEP,
			ALSH,
			COORDINATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Bonus Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BonusType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Bonus Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BonusType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BonusType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bonus Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BonusType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BonusType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bonus Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BonusType get(int value) {
		switch (value) {
			case EAJE_VALUE: return EAJE;
			case RPE_VALUE: return RPE;
			case LAEP_VALUE: return LAEP;
			case ALSH_VALUE: return ALSH;
			case COORDINATION_VALUE: return COORDINATION;
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
	private BonusType(int value, String name, String literal) {
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
	
} //BonusType
