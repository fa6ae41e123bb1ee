/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.deployment;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Coverage Counting Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.deployment.DeploymentPackage#getCoverageCountingMode()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mode de d\351compte' en='Coverage counting mode'"
 * @generated
 */
public enum CoverageCountingMode implements Enumerator {
	/**
	 * The '<em><b>WHOLE TERRITORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHOLE_TERRITORY_VALUE
	 * @generated
	 * @ordered
	 */
	WHOLE_TERRITORY(0, "WHOLE_TERRITORY", "WHOLE_TERRITORY"),

	/**
	 * The '<em><b>SIGNATORY MUNICIPALITIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATORY_MUNICIPALITIES_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNATORY_MUNICIPALITIES(1, "SIGNATORY_MUNICIPALITIES", "SIGNATORY_MUNICIPALITIES");

	/**
	 * The '<em><b>WHOLE TERRITORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHOLE_TERRITORY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Tout le territoire' en='Whole territory'"
	 * @generated
	 * @ordered
	 */
	public static final int WHOLE_TERRITORY_VALUE = 0;

	/**
	 * The '<em><b>SIGNATORY MUNICIPALITIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATORY_MUNICIPALITIES
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Communes signataires' en='Signatory municipalities'"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNATORY_MUNICIPALITIES_VALUE = 1;

	/**
	 * An array of all the '<em><b>Coverage Counting Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CoverageCountingMode[] VALUES_ARRAY =
		new CoverageCountingMode[] {
			WHOLE_TERRITORY,
			SIGNATORY_MUNICIPALITIES,
		};

	/**
	 * A public read-only list of all the '<em><b>Coverage Counting Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CoverageCountingMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Coverage Counting Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoverageCountingMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CoverageCountingMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Coverage Counting Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoverageCountingMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CoverageCountingMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Coverage Counting Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoverageCountingMode get(int value) {
		switch (value) {
			case WHOLE_TERRITORY_VALUE: return WHOLE_TERRITORY;
			case SIGNATORY_MUNICIPALITIES_VALUE: return SIGNATORY_MUNICIPALITIES;
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
	private CoverageCountingMode(int value, String name, String literal) {
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
	
} //CoverageCountingMode
