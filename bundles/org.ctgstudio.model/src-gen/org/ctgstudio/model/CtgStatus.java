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
 * A representation of the literals of the enumeration '<em><b>Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getCtgStatus()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Statut de la CTG' en='CTG status'"
 * @generated
 */
public enum CtgStatus implements Enumerator {
	/**
	 * The '<em><b>PREPARATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREPARATION_VALUE
	 * @generated
	 * @ordered
	 */
	PREPARATION(0, "PREPARATION", "PREPARATION"),

	/**
	 * The '<em><b>DIAGNOSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSIS_VALUE
	 * @generated
	 * @ordered
	 */
	DIAGNOSIS(1, "DIAGNOSIS", "DIAGNOSIS"),

	/**
	 * The '<em><b>DRAFTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFTING_VALUE
	 * @generated
	 * @ordered
	 */
	DRAFTING(2, "DRAFTING", "DRAFTING"),

	/**
	 * The '<em><b>SIGNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNED_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNED(3, "SIGNED", "SIGNED"),

	/**
	 * The '<em><b>IN FORCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_FORCE_VALUE
	 * @generated
	 * @ordered
	 */
	IN_FORCE(4, "IN_FORCE", "IN_FORCE"),

	/**
	 * The '<em><b>EXPIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPIRED_VALUE
	 * @generated
	 * @ordered
	 */
	EXPIRED(5, "EXPIRED", "EXPIRED"),

	/**
	 * The '<em><b>RENEWED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RENEWED_VALUE
	 * @generated
	 * @ordered
	 */
	RENEWED(6, "RENEWED", "RENEWED"),

	/**
	 * The '<em><b>TERMINATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERMINATED_VALUE
	 * @generated
	 * @ordered
	 */
	TERMINATED(7, "TERMINATED", "TERMINATED");

	/**
	 * The '<em><b>PREPARATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREPARATION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='En pr\351paration' en='In preparation'"
	 * @generated
	 * @ordered
	 */
	public static final int PREPARATION_VALUE = 0;

	/**
	 * The '<em><b>DIAGNOSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSIS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Diagnostic en cours' en='Diagnosis in progress'"
	 * @generated
	 * @ordered
	 */
	public static final int DIAGNOSIS_VALUE = 1;

	/**
	 * The '<em><b>DRAFTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFTING
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='En \351laboration' en='Drafting'"
	 * @generated
	 * @ordered
	 */
	public static final int DRAFTING_VALUE = 2;

	/**
	 * The '<em><b>SIGNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNED
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sign\351e' en='Signed'"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNED_VALUE = 3;

	/**
	 * The '<em><b>IN FORCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_FORCE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='En vigueur' en='In force'"
	 * @generated
	 * @ordered
	 */
	public static final int IN_FORCE_VALUE = 4;

	/**
	 * The '<em><b>EXPIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPIRED
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311chue' en='Expired'"
	 * @generated
	 * @ordered
	 */
	public static final int EXPIRED_VALUE = 5;

	/**
	 * The '<em><b>RENEWED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RENEWED
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Renouvel\351e' en='Renewed'"
	 * @generated
	 * @ordered
	 */
	public static final int RENEWED_VALUE = 6;

	/**
	 * The '<em><b>TERMINATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERMINATED
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\351sili\351e' en='Terminated'"
	 * @generated
	 * @ordered
	 */
	public static final int TERMINATED_VALUE = 7;

	/**
	 * An array of all the '<em><b>Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CtgStatus[] VALUES_ARRAY =
		new CtgStatus[] {
			PREPARATION,
			DIAGNOSIS,
			DRAFTING,
			SIGNED,
			IN_FORCE,
			EXPIRED,
			RENEWED,
			TERMINATED,
		};

	/**
	 * A public read-only list of all the '<em><b>Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CtgStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CtgStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CtgStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CtgStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CtgStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CtgStatus get(int value) {
		switch (value) {
			case PREPARATION_VALUE: return PREPARATION;
			case DIAGNOSIS_VALUE: return DIAGNOSIS;
			case DRAFTING_VALUE: return DRAFTING;
			case SIGNED_VALUE: return SIGNED;
			case IN_FORCE_VALUE: return IN_FORCE;
			case EXPIRED_VALUE: return EXPIRED;
			case RENEWED_VALUE: return RENEWED;
			case TERMINATED_VALUE: return TERMINATED;
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
	private CtgStatus(int value, String name, String literal) {
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
	
} //CtgStatus
