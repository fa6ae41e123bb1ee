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
 * A representation of the literals of the enumeration '<em><b>Thematic Domain</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getThematicDomain()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Th\351matique' en='Thematic domain'"
 * @generated
 */
public enum ThematicDomain implements Enumerator {
	/**
	 * The '<em><b>EARLY CHILDHOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_CHILDHOOD_VALUE
	 * @generated
	 * @ordered
	 */
	EARLY_CHILDHOOD(0, "EARLY_CHILDHOOD", "EARLY_CHILDHOOD"),

	/**
	 * The '<em><b>CHILDHOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDHOOD_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDHOOD(1, "CHILDHOOD", "CHILDHOOD"),

	/**
	 * The '<em><b>YOUTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH(2, "YOUTH", "YOUTH"),

	/**
	 * The '<em><b>PARENTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTING_VALUE
	 * @generated
	 * @ordered
	 */
	PARENTING(3, "PARENTING", "PARENTING"),

	/**
	 * The '<em><b>COMMUNITY LIFE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LIFE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_LIFE(4, "COMMUNITY_LIFE", "COMMUNITY_LIFE"),

	/**
	 * The '<em><b>ACCESS TO RIGHTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_TO_RIGHTS_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESS_TO_RIGHTS(5, "ACCESS_TO_RIGHTS", "ACCESS_TO_RIGHTS"),

	/**
	 * The '<em><b>DIGITAL INCLUSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITAL_INCLUSION_VALUE
	 * @generated
	 * @ordered
	 */
	DIGITAL_INCLUSION(6, "DIGITAL_INCLUSION", "DIGITAL_INCLUSION"),

	/**
	 * The '<em><b>HOUSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING(7, "HOUSING", "HOUSING"),

	/**
	 * The '<em><b>DISABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	DISABILITY(8, "DISABILITY", "DISABILITY"),

	/**
	 * The '<em><b>SOCIAL SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_SUPPORT(9, "SOCIAL_SUPPORT", "SOCIAL_SUPPORT"),

	/**
	 * The '<em><b>INSERTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSERTION_VALUE
	 * @generated
	 * @ordered
	 */
	INSERTION(10, "INSERTION", "INSERTION"),

	/**
	 * The '<em><b>AGEING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGEING_VALUE
	 * @generated
	 * @ordered
	 */
	AGEING(11, "AGEING", "AGEING"),

	/**
	 * The '<em><b>HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH(12, "HEALTH", "HEALTH"),

	/**
	 * The '<em><b>MOBILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILITY_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILITY(13, "MOBILITY", "MOBILITY"),

	/**
	 * The '<em><b>COORDINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transversal: steering the partnership, not a field of intervention.
	 * <!-- end-model-doc -->
	 * @see #COORDINATION_VALUE
	 * @generated
	 * @ordered
	 */
	COORDINATION(15, "COORDINATION", "COORDINATION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(14, "OTHER", "OTHER");

	/**
	 * The '<em><b>EARLY CHILDHOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_CHILDHOOD
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Petite enfance (0\u20133 ans)' en='Early childhood (0\u20133)'"
	 * @generated
	 * @ordered
	 */
	public static final int EARLY_CHILDHOOD_VALUE = 0;

	/**
	 * The '<em><b>CHILDHOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDHOOD
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Enfance (3\u201311 ans)' en='Childhood (3\u201311)'"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDHOOD_VALUE = 1;

	/**
	 * The '<em><b>YOUTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Jeunesse (12\u201325 ans)' en='Youth (12\u201325)'"
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_VALUE = 2;

	/**
	 * The '<em><b>PARENTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTING
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Soutien \340 la parentalit\351' en='Parenting support'"
	 * @generated
	 * @ordered
	 */
	public static final int PARENTING_VALUE = 3;

	/**
	 * The '<em><b>COMMUNITY LIFE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LIFE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Animation de la vie sociale' en='Community life'"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_LIFE_VALUE = 4;

	/**
	 * The '<em><b>ACCESS TO RIGHTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_TO_RIGHTS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Acc\350s aux droits' en='Access to rights'"
	 * @generated
	 * @ordered
	 */
	public static final int ACCESS_TO_RIGHTS_VALUE = 5;

	/**
	 * The '<em><b>DIGITAL INCLUSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITAL_INCLUSION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Inclusion num\351rique' en='Digital inclusion'"
	 * @generated
	 * @ordered
	 */
	public static final int DIGITAL_INCLUSION_VALUE = 6;

	/**
	 * The '<em><b>HOUSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Logement' en='Housing'"
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_VALUE = 7;

	/**
	 * The '<em><b>DISABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Handicap' en='Disability'"
	 * @generated
	 * @ordered
	 */
	public static final int DISABILITY_VALUE = 8;

	/**
	 * The '<em><b>SOCIAL SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_SUPPORT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Accompagnement social' en='Social support'"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_SUPPORT_VALUE = 9;

	/**
	 * The '<em><b>INSERTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSERTION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Insertion, pr\351carit\351' en='Insertion, precariousness'"
	 * @generated
	 * @ordered
	 */
	public static final int INSERTION_VALUE = 10;

	/**
	 * The '<em><b>AGEING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGEING
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Seniors' en='Ageing'"
	 * @generated
	 * @ordered
	 */
	public static final int AGEING_VALUE = 11;

	/**
	 * The '<em><b>HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Sant\351' en='Health'"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_VALUE = 12;

	/**
	 * The '<em><b>MOBILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILITY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mobilit\351' en='Mobility'"
	 * @generated
	 * @ordered
	 */
	public static final int MOBILITY_VALUE = 13;

	/**
	 * The '<em><b>COORDINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transversal: steering the partnership, not a field of intervention.
	 * <!-- end-model-doc -->
	 * @see #COORDINATION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Coordination, pilotage du partenariat' en='Coordination and partnership steering'"
	 * @generated
	 * @ordered
	 */
	public static final int COORDINATION_VALUE = 15;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Autre' en='Other'"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 14;

	/**
	 * An array of all the '<em><b>Thematic Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ThematicDomain[] VALUES_ARRAY =
		new ThematicDomain[] {
			EARLY_CHILDHOOD,
			CHILDHOOD,
			YOUTH,
			PARENTING,
			COMMUNITY_LIFE,
			ACCESS_TO_RIGHTS,
			DIGITAL_INCLUSION,
			HOUSING,
			DISABILITY,
			SOCIAL_SUPPORT,
			INSERTION,
			AGEING,
			HEALTH,
			MOBILITY,
			COORDINATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Thematic Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ThematicDomain> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Thematic Domain</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThematicDomain get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ThematicDomain result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Thematic Domain</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThematicDomain getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ThematicDomain result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Thematic Domain</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThematicDomain get(int value) {
		switch (value) {
			case EARLY_CHILDHOOD_VALUE: return EARLY_CHILDHOOD;
			case CHILDHOOD_VALUE: return CHILDHOOD;
			case YOUTH_VALUE: return YOUTH;
			case PARENTING_VALUE: return PARENTING;
			case COMMUNITY_LIFE_VALUE: return COMMUNITY_LIFE;
			case ACCESS_TO_RIGHTS_VALUE: return ACCESS_TO_RIGHTS;
			case DIGITAL_INCLUSION_VALUE: return DIGITAL_INCLUSION;
			case HOUSING_VALUE: return HOUSING;
			case DISABILITY_VALUE: return DISABILITY;
			case SOCIAL_SUPPORT_VALUE: return SOCIAL_SUPPORT;
			case INSERTION_VALUE: return INSERTION;
			case AGEING_VALUE: return AGEING;
			case HEALTH_VALUE: return HEALTH;
			case MOBILITY_VALUE: return MOBILITY;
			case COORDINATION_VALUE: return COORDINATION;
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
	private ThematicDomain(int value, String name, String literal) {
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
	
} //ThematicDomain
