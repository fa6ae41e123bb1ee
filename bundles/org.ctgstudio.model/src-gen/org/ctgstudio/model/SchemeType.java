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
 * A representation of the literals of the enumeration '<em><b>Scheme Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getSchemeType()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma d\351partemental' en='Scheme type'"
 * @generated
 */
public enum SchemeType implements Enumerator {
	/**
	 * The '<em><b>SDSF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDSF_VALUE
	 * @generated
	 * @ordered
	 */
	SDSF(0, "SDSF", "SDSF"),

	/**
	 * The '<em><b>SDAVS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDAVS_VALUE
	 * @generated
	 * @ordered
	 */
	SDAVS(1, "SDAVS", "SDAVS"),

	/**
	 * The '<em><b>SDAASP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDAASP_VALUE
	 * @generated
	 * @ordered
	 */
	SDAASP(2, "SDAASP", "SDAASP");

	/**
	 * The '<em><b>SDSF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDSF
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma d\351partemental des services aux familles' en='Departmental family services scheme (SDSF)'"
	 * @generated
	 * @ordered
	 */
	public static final int SDSF_VALUE = 0;

	/**
	 * The '<em><b>SDAVS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDAVS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma d\351partemental d\'animation de la vie sociale' en='Departmental community life scheme (SDAVS)'"
	 * @generated
	 * @ordered
	 */
	public static final int SDAVS_VALUE = 1;

	/**
	 * The '<em><b>SDAASP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDAASP
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma d\351partemental d\'am\351lioration de l\'accessibilit\351 des services au public' en='Departmental public service accessibility scheme (SDAASP)'"
	 * @generated
	 * @ordered
	 */
	public static final int SDAASP_VALUE = 2;

	/**
	 * An array of all the '<em><b>Scheme Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SchemeType[] VALUES_ARRAY =
		new SchemeType[] {
			SDSF,
			SDAVS,
			SDAASP,
		};

	/**
	 * A public read-only list of all the '<em><b>Scheme Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SchemeType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scheme Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchemeType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SchemeType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scheme Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchemeType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SchemeType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scheme Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchemeType get(int value) {
		switch (value) {
			case SDSF_VALUE: return SDSF;
			case SDAVS_VALUE: return SDAVS;
			case SDAASP_VALUE: return SDAASP;
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
	private SchemeType(int value, String name, String literal) {
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
	
} //SchemeType
