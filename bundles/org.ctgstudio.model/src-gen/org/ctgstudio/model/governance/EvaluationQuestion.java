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
 * A representation of the literals of the enumeration '<em><b>Evaluation Question</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.governance.GovernancePackage#getEvaluationQuestion()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Question \351valuative' en='Evaluation question'"
 * @generated
 */
public enum EvaluationQuestion implements Enumerator {
	/**
	 * The '<em><b>RELEVANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELEVANCE_VALUE
	 * @generated
	 * @ordered
	 */
	RELEVANCE(0, "RELEVANCE", "RELEVANCE"),

	/**
	 * The '<em><b>ACHIEVEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACHIEVEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ACHIEVEMENT(1, "ACHIEVEMENT", "ACHIEVEMENT"),

	/**
	 * The '<em><b>MEANS ADEQUACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEANS_ADEQUACY_VALUE
	 * @generated
	 * @ordered
	 */
	MEANS_ADEQUACY(2, "MEANS_ADEQUACY", "MEANS_ADEQUACY"),

	/**
	 * The '<em><b>SUSTAINABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSTAINABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	SUSTAINABILITY(3, "SUSTAINABILITY", "SUSTAINABILITY");

	/**
	 * The '<em><b>RELEVANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELEVANCE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Pertinence au regard des besoins' en='Relevance to needs'"
	 * @generated
	 * @ordered
	 */
	public static final int RELEVANCE_VALUE = 0;

	/**
	 * The '<em><b>ACHIEVEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACHIEVEMENT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Atteinte des objectifs' en='Achievement of objectives'"
	 * @generated
	 * @ordered
	 */
	public static final int ACHIEVEMENT_VALUE = 1;

	/**
	 * The '<em><b>MEANS ADEQUACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEANS_ADEQUACY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ad\351quation des moyens' en='Adequacy of means'"
	 * @generated
	 * @ordered
	 */
	public static final int MEANS_ADEQUACY_VALUE = 2;

	/**
	 * The '<em><b>SUSTAINABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSTAINABILITY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Durabilit\351 des effets' en='Sustainability of effects'"
	 * @generated
	 * @ordered
	 */
	public static final int SUSTAINABILITY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Evaluation Question</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvaluationQuestion[] VALUES_ARRAY =
		new EvaluationQuestion[] {
			RELEVANCE,
			ACHIEVEMENT,
			MEANS_ADEQUACY,
			SUSTAINABILITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Evaluation Question</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvaluationQuestion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evaluation Question</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationQuestion get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvaluationQuestion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evaluation Question</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationQuestion getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvaluationQuestion result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evaluation Question</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationQuestion get(int value) {
		switch (value) {
			case RELEVANCE_VALUE: return RELEVANCE;
			case ACHIEVEMENT_VALUE: return ACHIEVEMENT;
			case MEANS_ADEQUACY_VALUE: return MEANS_ADEQUACY;
			case SUSTAINABILITY_VALUE: return SUSTAINABILITY;
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
	private EvaluationQuestion(int value, String name, String literal) {
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
	
} //EvaluationQuestion
