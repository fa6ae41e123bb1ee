/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Diagnosis Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.plan.PlanPackage#getDiagnosisMethod()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='M\351thode' en='Diagnosis method'"
 * @generated
 */
public enum DiagnosisMethod implements Enumerator {
	/**
	 * The '<em><b>QUANTITATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUANTITATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	QUANTITATIVE(0, "QUANTITATIVE", "QUANTITATIVE"),

	/**
	 * The '<em><b>QUALITATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITATIVE(1, "QUALITATIVE", "QUALITATIVE"),

	/**
	 * The '<em><b>MIXED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXED_VALUE
	 * @generated
	 * @ordered
	 */
	MIXED(2, "MIXED", "MIXED"),

	/**
	 * The '<em><b>ABS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABS_VALUE
	 * @generated
	 * @ordered
	 */
	ABS(3, "ABS", "ABS");

	/**
	 * The '<em><b>QUANTITATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUANTITATIVE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Quantitative' en='Quantitative'"
	 * @generated
	 * @ordered
	 */
	public static final int QUANTITATIVE_VALUE = 0;

	/**
	 * The '<em><b>QUALITATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITATIVE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Qualitative' en='Qualitative'"
	 * @generated
	 * @ordered
	 */
	public static final int QUALITATIVE_VALUE = 1;

	/**
	 * The '<em><b>MIXED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXED
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mixte' en='Mixed'"
	 * @generated
	 * @ordered
	 */
	public static final int MIXED_VALUE = 2;

	/**
	 * The '<em><b>ABS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Analyse des besoins sociaux' en='Social needs analysis (ABS)'"
	 * @generated
	 * @ordered
	 */
	public static final int ABS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Diagnosis Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DiagnosisMethod[] VALUES_ARRAY =
		new DiagnosisMethod[] {
			QUANTITATIVE,
			QUALITATIVE,
			MIXED,
			ABS,
		};

	/**
	 * A public read-only list of all the '<em><b>Diagnosis Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DiagnosisMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Diagnosis Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiagnosisMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiagnosisMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Diagnosis Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiagnosisMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiagnosisMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Diagnosis Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiagnosisMethod get(int value) {
		switch (value) {
			case QUANTITATIVE_VALUE: return QUANTITATIVE;
			case QUALITATIVE_VALUE: return QUALITATIVE;
			case MIXED_VALUE: return MIXED;
			case ABS_VALUE: return ABS;
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
	private DiagnosisMethod(int value, String name, String literal) {
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
	
} //DiagnosisMethod
