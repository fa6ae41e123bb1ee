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
 * A representation of the literals of the enumeration '<em><b>Contract Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getContractType()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type de contrat' en='Contract type'"
 * @generated
 */
public enum ContractType implements Enumerator {
	/**
	 * The '<em><b>CITY CONTRACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_CONTRACT_VALUE
	 * @generated
	 * @ordered
	 */
	CITY_CONTRACT(0, "CITY_CONTRACT", "CITY_CONTRACT"),

	/**
	 * The '<em><b>RURALITY CONTRACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RURALITY_CONTRACT_VALUE
	 * @generated
	 * @ordered
	 */
	RURALITY_CONTRACT(1, "RURALITY_CONTRACT", "RURALITY_CONTRACT"),

	/**
	 * The '<em><b>CRTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRTE_VALUE
	 * @generated
	 * @ordered
	 */
	CRTE(2, "CRTE", "CRTE"),

	/**
	 * The '<em><b>CLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLS_VALUE
	 * @generated
	 * @ordered
	 */
	CLS(3, "CLS", "CLS"),

	/**
	 * The '<em><b>PEDT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEDT_VALUE
	 * @generated
	 * @ordered
	 */
	PEDT(4, "PEDT", "PEDT");

	/**
	 * The '<em><b>CITY CONTRACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITY_CONTRACT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Contrat de ville' en='City contract'"
	 * @generated
	 * @ordered
	 */
	public static final int CITY_CONTRACT_VALUE = 0;

	/**
	 * The '<em><b>RURALITY CONTRACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RURALITY_CONTRACT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Contrat de ruralit\351' en='Rurality contract'"
	 * @generated
	 * @ordered
	 */
	public static final int RURALITY_CONTRACT_VALUE = 1;

	/**
	 * The '<em><b>CRTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRTE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='CRTE' en='CRTE'"
	 * @generated
	 * @ordered
	 */
	public static final int CRTE_VALUE = 2;

	/**
	 * The '<em><b>CLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Contrat local de sant\351' en='Local health contract (CLS)'"
	 * @generated
	 * @ordered
	 */
	public static final int CLS_VALUE = 3;

	/**
	 * The '<em><b>PEDT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEDT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Projet \351ducatif territorial' en='Territorial educational project (PEDT)'"
	 * @generated
	 * @ordered
	 */
	public static final int PEDT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Contract Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContractType[] VALUES_ARRAY =
		new ContractType[] {
			CITY_CONTRACT,
			RURALITY_CONTRACT,
			CRTE,
			CLS,
			PEDT,
		};

	/**
	 * A public read-only list of all the '<em><b>Contract Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContractType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Contract Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContractType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContractType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contract Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContractType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContractType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contract Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContractType get(int value) {
		switch (value) {
			case CITY_CONTRACT_VALUE: return CITY_CONTRACT;
			case RURALITY_CONTRACT_VALUE: return RURALITY_CONTRACT;
			case CRTE_VALUE: return CRTE;
			case CLS_VALUE: return CLS;
			case PEDT_VALUE: return PEDT;
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
	private ContractType(int value, String name, String literal) {
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
	
} //ContractType
