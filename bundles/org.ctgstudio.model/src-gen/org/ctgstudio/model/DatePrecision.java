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
 * A representation of the literals of the enumeration '<em><b>Date Precision</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How precisely a date is known. MONTH, QUARTER, HALF_YEAR and YEAR: the date stands for the whole period holding it (courant 2022, 1er semestre 2023); NOT_AFTER: at the latest on that day (avant fin janvier 2023). Rules judge the period (org.ctgstudio.model.util.ApproximateDates), never an invented day.
 * <!-- end-model-doc -->
 * @see org.ctgstudio.model.CtgPackage#getDatePrecision()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pr\351cision de la date' en='Date precision'"
 * @generated
 */
public enum DatePrecision implements Enumerator {
	/**
	 * The '<em><b>EXACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXACT_VALUE
	 * @generated
	 * @ordered
	 */
	EXACT(0, "EXACT", "EXACT"),

	/**
	 * The '<em><b>MONTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTH_VALUE
	 * @generated
	 * @ordered
	 */
	MONTH(1, "MONTH", "MONTH"),

	/**
	 * The '<em><b>QUARTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTER_VALUE
	 * @generated
	 * @ordered
	 */
	QUARTER(2, "QUARTER", "QUARTER"),

	/**
	 * The '<em><b>HALF YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HALF_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	HALF_YEAR(3, "HALF_YEAR", "HALF_YEAR"),

	/**
	 * The '<em><b>YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR(4, "YEAR", "YEAR"),

	/**
	 * The '<em><b>NOT AFTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_AFTER_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_AFTER(5, "NOT_AFTER", "NOT_AFTER");

	/**
	 * The '<em><b>EXACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXACT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Date exacte' en='Exact date'"
	 * @generated
	 * @ordered
	 */
	public static final int EXACT_VALUE = 0;

	/**
	 * The '<em><b>MONTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTH
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mois connu' en='Month'"
	 * @generated
	 * @ordered
	 */
	public static final int MONTH_VALUE = 1;

	/**
	 * The '<em><b>QUARTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTER
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Trimestre connu' en='Quarter'"
	 * @generated
	 * @ordered
	 */
	public static final int QUARTER_VALUE = 2;

	/**
	 * The '<em><b>HALF YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HALF_YEAR
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Semestre connu' en='Half-year'"
	 * @generated
	 * @ordered
	 */
	public static final int HALF_YEAR_VALUE = 3;

	/**
	 * The '<em><b>YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ann\351e connue' en='Year'"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR_VALUE = 4;

	/**
	 * The '<em><b>NOT AFTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_AFTER
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Au plus tard \340 cette date' en='At the latest on this date'"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_AFTER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Date Precision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DatePrecision[] VALUES_ARRAY =
		new DatePrecision[] {
			EXACT,
			MONTH,
			QUARTER,
			HALF_YEAR,
			YEAR,
			NOT_AFTER,
		};

	/**
	 * A public read-only list of all the '<em><b>Date Precision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DatePrecision> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Date Precision</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatePrecision get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatePrecision result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Date Precision</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatePrecision getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatePrecision result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Date Precision</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatePrecision get(int value) {
		switch (value) {
			case EXACT_VALUE: return EXACT;
			case MONTH_VALUE: return MONTH;
			case QUARTER_VALUE: return QUARTER;
			case HALF_YEAR_VALUE: return HALF_YEAR;
			case YEAR_VALUE: return YEAR;
			case NOT_AFTER_VALUE: return NOT_AFTER;
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
	private DatePrecision(int value, String name, String literal) {
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
	
} //DatePrecision
