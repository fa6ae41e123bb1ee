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
 * A representation of the literals of the enumeration '<em><b>Territory Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getTerritoryType()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type de territoire' en='Territory type'"
 * @generated
 */
public enum TerritoryType implements Enumerator {
	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPALITY(0, "MUNICIPALITY", "MUNICIPALITY"),

	/**
	 * The '<em><b>MUNICIPALITY GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPALITY_GROUP(1, "MUNICIPALITY_GROUP", "MUNICIPALITY_GROUP"),

	/**
	 * The '<em><b>COMMUNITY OF COMMUNES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_OF_COMMUNES_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_OF_COMMUNES(2, "COMMUNITY_OF_COMMUNES", "COMMUNITY_OF_COMMUNES"),

	/**
	 * The '<em><b>AGGLOMERATION COMMUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGGLOMERATION_COMMUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	AGGLOMERATION_COMMUNITY(3, "AGGLOMERATION_COMMUNITY", "AGGLOMERATION_COMMUNITY"),

	/**
	 * The '<em><b>URBAN COMMUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_COMMUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	URBAN_COMMUNITY(4, "URBAN_COMMUNITY", "URBAN_COMMUNITY"),

	/**
	 * The '<em><b>METROPOLIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METROPOLIS_VALUE
	 * @generated
	 * @ordered
	 */
	METROPOLIS(5, "METROPOLIS", "METROPOLIS"),

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT(6, "DEPARTMENT", "DEPARTMENT");

	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune' en='Municipality'"
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPALITY_VALUE = 0;

	/**
	 * The '<em><b>MUNICIPALITY GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY_GROUP
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Groupement de communes' en='Municipality group'"
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPALITY_GROUP_VALUE = 1;

	/**
	 * The '<em><b>COMMUNITY OF COMMUNES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_OF_COMMUNES
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Communaut\351 de communes' en='Community of communes'"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_OF_COMMUNES_VALUE = 2;

	/**
	 * The '<em><b>AGGLOMERATION COMMUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGGLOMERATION_COMMUNITY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Communaut\351 d\'agglom\351ration' en='Agglomeration community'"
	 * @generated
	 * @ordered
	 */
	public static final int AGGLOMERATION_COMMUNITY_VALUE = 3;

	/**
	 * The '<em><b>URBAN COMMUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_COMMUNITY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Communaut\351 urbaine' en='Urban community'"
	 * @generated
	 * @ordered
	 */
	public static final int URBAN_COMMUNITY_VALUE = 4;

	/**
	 * The '<em><b>METROPOLIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METROPOLIS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='M\351tropole' en='Metropolis'"
	 * @generated
	 * @ordered
	 */
	public static final int METROPOLIS_VALUE = 5;

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='D\351partement' en='Department'"
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_VALUE = 6;

	/**
	 * An array of all the '<em><b>Territory Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TerritoryType[] VALUES_ARRAY =
		new TerritoryType[] {
			MUNICIPALITY,
			MUNICIPALITY_GROUP,
			COMMUNITY_OF_COMMUNES,
			AGGLOMERATION_COMMUNITY,
			URBAN_COMMUNITY,
			METROPOLIS,
			DEPARTMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Territory Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TerritoryType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Territory Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerritoryType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TerritoryType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Territory Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerritoryType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TerritoryType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Territory Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerritoryType get(int value) {
		switch (value) {
			case MUNICIPALITY_VALUE: return MUNICIPALITY;
			case MUNICIPALITY_GROUP_VALUE: return MUNICIPALITY_GROUP;
			case COMMUNITY_OF_COMMUNES_VALUE: return COMMUNITY_OF_COMMUNES;
			case AGGLOMERATION_COMMUNITY_VALUE: return AGGLOMERATION_COMMUNITY;
			case URBAN_COMMUNITY_VALUE: return URBAN_COMMUNITY;
			case METROPOLIS_VALUE: return METROPOLIS;
			case DEPARTMENT_VALUE: return DEPARTMENT;
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
	private TerritoryType(int value, String name, String literal) {
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
	
} //TerritoryType
