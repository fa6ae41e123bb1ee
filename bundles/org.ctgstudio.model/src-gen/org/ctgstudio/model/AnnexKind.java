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
 * A representation of the literals of the enumeration '<em><b>Annex Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getAnnexKind()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nature d\'annexe' en='Annex kind'"
 * @generated
 */
public enum AnnexKind implements Enumerator {
	/**
	 * The '<em><b>PARTNER MEANS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_MEANS_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNER_MEANS(0, "PARTNER_MEANS", "PARTNER_MEANS"),

	/**
	 * The '<em><b>SHARED DIAGNOSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_DIAGNOSIS_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_DIAGNOSIS(1, "SHARED_DIAGNOSIS", "SHARED_DIAGNOSIS"),

	/**
	 * The '<em><b>GOVERNANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNANCE(2, "GOVERNANCE", "GOVERNANCE"),

	/**
	 * The '<em><b>ACTION SHEETS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_SHEETS_VALUE
	 * @generated
	 * @ordered
	 */
	ACTION_SHEETS(3, "ACTION_SHEETS", "ACTION_SHEETS"),

	/**
	 * The '<em><b>EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATION(4, "EVALUATION", "EVALUATION"),

	/**
	 * The '<em><b>DELIBERATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIBERATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	DELIBERATIONS(5, "DELIBERATIONS", "DELIBERATIONS"),

	/**
	 * The '<em><b>DATA EXCHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_EXCHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_EXCHANGE(6, "DATA_EXCHANGE", "DATA_EXCHANGE"),

	/**
	 * The '<em><b>LINKED CONTRACTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINKED_CONTRACTS_VALUE
	 * @generated
	 * @ordered
	 */
	LINKED_CONTRACTS(7, "LINKED_CONTRACTS", "LINKED_CONTRACTS"),

	/**
	 * The '<em><b>DEVELOPMENT PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPMENT_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	DEVELOPMENT_PLAN(8, "DEVELOPMENT_PLAN", "DEVELOPMENT_PLAN"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>PARTNER MEANS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_MEANS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Moyens mobilis\351s par chaque partenaire' en='Means per partner'"
	 * @generated
	 * @ordered
	 */
	public static final int PARTNER_MEANS_VALUE = 0;

	/**
	 * The '<em><b>SHARED DIAGNOSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_DIAGNOSIS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Diagnostic partag\351' en='Shared diagnosis'"
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_DIAGNOSIS_VALUE = 1;

	/**
	 * The '<em><b>GOVERNANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gouvernance' en='Governance'"
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNANCE_VALUE = 2;

	/**
	 * The '<em><b>ACTION SHEETS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTION_SHEETS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Fiches actions' en='Action sheets'"
	 * @generated
	 * @ordered
	 */
	public static final int ACTION_SHEETS_VALUE = 3;

	/**
	 * The '<em><b>EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311valuation' en='Evaluation'"
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATION_VALUE = 4;

	/**
	 * The '<em><b>DELIBERATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIBERATIONS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='D\351lib\351rations' en='Deliberations'"
	 * @generated
	 * @ordered
	 */
	public static final int DELIBERATIONS_VALUE = 5;

	/**
	 * The '<em><b>DATA EXCHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_EXCHANGE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Conventions d\'\351change de donn\351es' en='Data-exchange agreements'"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_EXCHANGE_VALUE = 6;

	/**
	 * The '<em><b>LINKED CONTRACTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINKED_CONTRACTS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Articulation avec d\'autres contrats' en='Other contracts'"
	 * @generated
	 * @ordered
	 */
	public static final int LINKED_CONTRACTS_VALUE = 7;

	/**
	 * The '<em><b>DEVELOPMENT PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPMENT_PLAN
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sch\351ma de d\351veloppement' en='Development plan'"
	 * @generated
	 * @ordered
	 */
	public static final int DEVELOPMENT_PLAN_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Autre' en='Other'"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Annex Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AnnexKind[] VALUES_ARRAY =
		new AnnexKind[] {
			PARTNER_MEANS,
			SHARED_DIAGNOSIS,
			GOVERNANCE,
			ACTION_SHEETS,
			EVALUATION,
			DELIBERATIONS,
			DATA_EXCHANGE,
			LINKED_CONTRACTS,
			DEVELOPMENT_PLAN,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Annex Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AnnexKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Annex Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnnexKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnnexKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Annex Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnnexKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnnexKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Annex Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnnexKind get(int value) {
		switch (value) {
			case PARTNER_MEANS_VALUE: return PARTNER_MEANS;
			case SHARED_DIAGNOSIS_VALUE: return SHARED_DIAGNOSIS;
			case GOVERNANCE_VALUE: return GOVERNANCE;
			case ACTION_SHEETS_VALUE: return ACTION_SHEETS;
			case EVALUATION_VALUE: return EVALUATION;
			case DELIBERATIONS_VALUE: return DELIBERATIONS;
			case DATA_EXCHANGE_VALUE: return DATA_EXCHANGE;
			case LINKED_CONTRACTS_VALUE: return LINKED_CONTRACTS;
			case DEVELOPMENT_PLAN_VALUE: return DEVELOPMENT_PLAN;
			case OTHER_VALUE: return OTHER;
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
	private AnnexKind(int value, String name, String literal) {
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
	
} //AnnexKind
