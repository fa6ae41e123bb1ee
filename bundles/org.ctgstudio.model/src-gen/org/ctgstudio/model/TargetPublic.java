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
 * A representation of the literals of the enumeration '<em><b>Target Public</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getTargetPublic()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Public' en='Target public'"
 * @generated
 */
public enum TargetPublic implements Enumerator {
	/**
	 * The '<em><b>FAMILIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILIES_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILIES(0, "FAMILIES", "FAMILIES"),

	/**
	 * The '<em><b>PARENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTS_VALUE
	 * @generated
	 * @ordered
	 */
	PARENTS(1, "PARENTS", "PARENTS"),

	/**
	 * The '<em><b>CHILDREN 03</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDREN_03_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDREN_03(2, "CHILDREN_0_3", "CHILDREN_0_3"),

	/**
	 * The '<em><b>CHILDREN 311</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDREN_311_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDREN_311(3, "CHILDREN_3_11", "CHILDREN_3_11"),

	/**
	 * The '<em><b>YOUTH 12 17</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_12_17_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH_12_17(4, "YOUTH_12_17", "YOUTH_12_17"),

	/**
	 * The '<em><b>YOUTH 18 25</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_18_25_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH_18_25(5, "YOUTH_18_25", "YOUTH_18_25"),

	/**
	 * The '<em><b>YOUTH 13 PLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_13_PLUS_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH_13_PLUS(11, "YOUTH_13_PLUS", "YOUTH_13_PLUS"),

	/**
	 * The '<em><b>CHILDMINDERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDMINDERS_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDMINDERS(6, "CHILDMINDERS", "CHILDMINDERS"),

	/**
	 * The '<em><b>PROFESSIONALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONALS_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONALS(7, "PROFESSIONALS", "PROFESSIONALS"),

	/**
	 * The '<em><b>RESIDENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENTS_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDENTS(8, "RESIDENTS", "RESIDENTS"),

	/**
	 * The '<em><b>SENIORS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIORS_VALUE
	 * @generated
	 * @ordered
	 */
	SENIORS(9, "SENIORS", "SENIORS"),

	/**
	 * The '<em><b>BENEFICIARIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICIARIES_VALUE
	 * @generated
	 * @ordered
	 */
	BENEFICIARIES(10, "BENEFICIARIES", "BENEFICIARIES");

	/**
	 * The '<em><b>FAMILIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILIES
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Familles' en='Families'"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILIES_VALUE = 0;

	/**
	 * The '<em><b>PARENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Parents' en='Parents'"
	 * @generated
	 * @ordered
	 */
	public static final int PARENTS_VALUE = 1;

	/**
	 * The '<em><b>CHILDREN 03</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDREN_03
	 * @model name="CHILDREN_0_3"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='0\u20133 ans' en='Children 0\u20133'"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDREN_03_VALUE = 2;

	/**
	 * The '<em><b>CHILDREN 311</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDREN_311
	 * @model name="CHILDREN_3_11"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='3\u201311 ans' en='Children 3\u201311'"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDREN_311_VALUE = 3;

	/**
	 * The '<em><b>YOUTH 12 17</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_12_17
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='12\u201317 ans' en='Youth 12\u201317'"
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_12_17_VALUE = 4;

	/**
	 * The '<em><b>YOUTH 18 25</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_18_25
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='18\u201325 ans' en='Youth 18\u201325'"
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_18_25_VALUE = 5;

	/**
	 * The '<em><b>YOUTH 13 PLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_13_PLUS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='13 ans et plus' en='Youth 13 and over'"
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_13_PLUS_VALUE = 11;

	/**
	 * The '<em><b>CHILDMINDERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDMINDERS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Assistants maternels' en='Childminders'"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDMINDERS_VALUE = 6;

	/**
	 * The '<em><b>PROFESSIONALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONALS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Professionnels' en='Professionals'"
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONALS_VALUE = 7;

	/**
	 * The '<em><b>RESIDENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENTS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Habitants' en='Residents'"
	 * @generated
	 * @ordered
	 */
	public static final int RESIDENTS_VALUE = 8;

	/**
	 * The '<em><b>SENIORS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIORS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Seniors' en='Seniors'"
	 * @generated
	 * @ordered
	 */
	public static final int SENIORS_VALUE = 9;

	/**
	 * The '<em><b>BENEFICIARIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICIARIES
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Allocataires' en='Beneficiaries'"
	 * @generated
	 * @ordered
	 */
	public static final int BENEFICIARIES_VALUE = 10;

	/**
	 * An array of all the '<em><b>Target Public</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TargetPublic[] VALUES_ARRAY =
		new TargetPublic[] {
			FAMILIES,
			PARENTS,
			CHILDREN_03,
			CHILDREN_311,
			YOUTH_12_17,
			YOUTH_18_25,
			YOUTH_13_PLUS,
			CHILDMINDERS,
			PROFESSIONALS,
			RESIDENTS,
			SENIORS,
			BENEFICIARIES,
		};

	/**
	 * A public read-only list of all the '<em><b>Target Public</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TargetPublic> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Target Public</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetPublic get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TargetPublic result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target Public</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetPublic getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TargetPublic result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target Public</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetPublic get(int value) {
		switch (value) {
			case FAMILIES_VALUE: return FAMILIES;
			case PARENTS_VALUE: return PARENTS;
			case CHILDREN_03_VALUE: return CHILDREN_03;
			case CHILDREN_311_VALUE: return CHILDREN_311;
			case YOUTH_12_17_VALUE: return YOUTH_12_17;
			case YOUTH_18_25_VALUE: return YOUTH_18_25;
			case YOUTH_13_PLUS_VALUE: return YOUTH_13_PLUS;
			case CHILDMINDERS_VALUE: return CHILDMINDERS;
			case PROFESSIONALS_VALUE: return PROFESSIONALS;
			case RESIDENTS_VALUE: return RESIDENTS;
			case SENIORS_VALUE: return SENIORS;
			case BENEFICIARIES_VALUE: return BENEFICIARIES;
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
	private TargetPublic(int value, String name, String literal) {
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
	
} //TargetPublic
