/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Facility Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.funding.FundingPackage#getFacilityType()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type d\'\351quipement' en='Facility type'"
 * @generated
 */
public enum FacilityType implements Enumerator {
	/**
	 * The '<em><b>EAJE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EAJE_VALUE
	 * @generated
	 * @ordered
	 */
	EAJE(0, "EAJE", "EAJE"),

	/**
	 * The '<em><b>MICRO CRECHE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MICRO_CRECHE_VALUE
	 * @generated
	 * @ordered
	 */
	MICRO_CRECHE(1, "MICRO_CRECHE", "MICRO_CRECHE"),

	/**
	 * The '<em><b>MAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAM_VALUE
	 * @generated
	 * @ordered
	 */
	MAM(2, "MAM", "MAM"),

	/**
	 * The '<em><b>RPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPE_VALUE
	 * @generated
	 * @ordered
	 */
	RPE(3, "RPE", "RPE"),

	/**
	 * The '<em><b>LAEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAEP_VALUE
	 * @generated
	 * @ordered
	 */
	LAEP(4, "LAEP", "LAEP"),

	/**
	 * The '<em><b>ALSH PERISCOLAIRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALSH_PERISCOLAIRE_VALUE
	 * @generated
	 * @ordered
	 */
	ALSH_PERISCOLAIRE(5, "ALSH_PERISCOLAIRE", "ALSH_PERISCOLAIRE"),

	/**
	 * The '<em><b>ALSH EXTRASCOLAIRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALSH_EXTRASCOLAIRE_VALUE
	 * @generated
	 * @ordered
	 */
	ALSH_EXTRASCOLAIRE(6, "ALSH_EXTRASCOLAIRE", "ALSH_EXTRASCOLAIRE"),

	/**
	 * The '<em><b>YOUTH CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH_CENTRE(7, "YOUTH_CENTRE", "YOUTH_CENTRE"),

	/**
	 * The '<em><b>SOCIAL CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_CENTRE(8, "SOCIAL_CENTRE", "SOCIAL_CENTRE"),

	/**
	 * The '<em><b>EVS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVS_VALUE
	 * @generated
	 * @ordered
	 */
	EVS(9, "EVS", "EVS"),

	/**
	 * The '<em><b>TOY LIBRARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOY_LIBRARY_VALUE
	 * @generated
	 * @ordered
	 */
	TOY_LIBRARY(10, "TOY_LIBRARY", "TOY_LIBRARY"),

	/**
	 * The '<em><b>FRANCE SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRANCE_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	FRANCE_SERVICES(11, "FRANCE_SERVICES", "FRANCE_SERVICES"),

	/**
	 * The '<em><b>FAMILY MEDIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_MEDIATION_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_MEDIATION(12, "FAMILY_MEDIATION", "FAMILY_MEDIATION"),

	/**
	 * The '<em><b>MOBILE SOCIAL SPACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_SOCIAL_SPACE_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILE_SOCIAL_SPACE(13, "MOBILE_SOCIAL_SPACE", "MOBILE_SOCIAL_SPACE"),

	/**
	 * The '<em><b>CHILDMINDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDMINDER_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDMINDER(15, "CHILDMINDER", "CHILDMINDER"),

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
	 * The '<em><b>EAJE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EAJE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311tablissement d\'accueil du jeune enfant' en='Early childhood facility (EAJE)'"
	 * @generated
	 * @ordered
	 */
	public static final int EAJE_VALUE = 0;

	/**
	 * The '<em><b>MICRO CRECHE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MICRO_CRECHE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Micro-cr\350che' en='Micro-cr\350che'"
	 * @generated
	 * @ordered
	 */
	public static final int MICRO_CRECHE_VALUE = 1;

	/**
	 * The '<em><b>MAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAM
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Maison d\'assistants maternels' en='Childminders\' house (MAM)'"
	 * @generated
	 * @ordered
	 */
	public static final int MAM_VALUE = 2;

	/**
	 * The '<em><b>RPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Relais petite enfance (ex-RAM)' en='Early childhood relay (RPE, formerly RAM)'"
	 * @generated
	 * @ordered
	 */
	public static final int RPE_VALUE = 3;

	/**
	 * The '<em><b>LAEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAEP
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Lieu d\'accueil enfants-parents' en='Parent-child drop-in (LAEP)'"
	 * @generated
	 * @ordered
	 */
	public static final int LAEP_VALUE = 4;

	/**
	 * The '<em><b>ALSH PERISCOLAIRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALSH_PERISCOLAIRE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Accueil de loisirs p\351riscolaire' en='After-school leisure centre'"
	 * @generated
	 * @ordered
	 */
	public static final int ALSH_PERISCOLAIRE_VALUE = 5;

	/**
	 * The '<em><b>ALSH EXTRASCOLAIRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALSH_EXTRASCOLAIRE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Accueil de loisirs extrascolaire' en='Holiday leisure centre'"
	 * @generated
	 * @ordered
	 */
	public static final int ALSH_EXTRASCOLAIRE_VALUE = 6;

	/**
	 * The '<em><b>YOUTH CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_CENTRE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Accueil jeunes' en='Youth centre'"
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_CENTRE_VALUE = 7;

	/**
	 * The '<em><b>SOCIAL CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_CENTRE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Centre social' en='Social centre'"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_CENTRE_VALUE = 8;

	/**
	 * The '<em><b>EVS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Espace de vie sociale' en='Community space (EVS)'"
	 * @generated
	 * @ordered
	 */
	public static final int EVS_VALUE = 9;

	/**
	 * The '<em><b>TOY LIBRARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOY_LIBRARY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ludoth\350que' en='Toy library'"
	 * @generated
	 * @ordered
	 */
	public static final int TOY_LIBRARY_VALUE = 10;

	/**
	 * The '<em><b>FRANCE SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRANCE_SERVICES
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='France services' en='France services'"
	 * @generated
	 * @ordered
	 */
	public static final int FRANCE_SERVICES_VALUE = 11;

	/**
	 * The '<em><b>FAMILY MEDIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_MEDIATION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='M\351diation familiale' en='Family mediation'"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_MEDIATION_VALUE = 12;

	/**
	 * The '<em><b>MOBILE SOCIAL SPACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_SOCIAL_SPACE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Lieu de vie sociale itin\351rant' en='Mobile community space'"
	 * @generated
	 * @ordered
	 */
	public static final int MOBILE_SOCIAL_SPACE_VALUE = 13;

	/**
	 * The '<em><b>CHILDMINDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILDMINDER
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Assistant\267es maternel\267les (accueil individuel)' en='Childminders (home-based care)'"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDMINDER_VALUE = 15;

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
	 * An array of all the '<em><b>Facility Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FacilityType[] VALUES_ARRAY =
		new FacilityType[] {
			EAJE,
			MICRO_CRECHE,
			MAM,
			RPE,
			LAEP,
			ALSH_PERISCOLAIRE,
			ALSH_EXTRASCOLAIRE,
			YOUTH_CENTRE,
			SOCIAL_CENTRE,
			EVS,
			TOY_LIBRARY,
			FRANCE_SERVICES,
			FAMILY_MEDIATION,
			MOBILE_SOCIAL_SPACE,
			CHILDMINDER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Facility Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FacilityType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Facility Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FacilityType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FacilityType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Facility Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FacilityType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FacilityType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Facility Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FacilityType get(int value) {
		switch (value) {
			case EAJE_VALUE: return EAJE;
			case MICRO_CRECHE_VALUE: return MICRO_CRECHE;
			case MAM_VALUE: return MAM;
			case RPE_VALUE: return RPE;
			case LAEP_VALUE: return LAEP;
			case ALSH_PERISCOLAIRE_VALUE: return ALSH_PERISCOLAIRE;
			case ALSH_EXTRASCOLAIRE_VALUE: return ALSH_EXTRASCOLAIRE;
			case YOUTH_CENTRE_VALUE: return YOUTH_CENTRE;
			case SOCIAL_CENTRE_VALUE: return SOCIAL_CENTRE;
			case EVS_VALUE: return EVS;
			case TOY_LIBRARY_VALUE: return TOY_LIBRARY;
			case FRANCE_SERVICES_VALUE: return FRANCE_SERVICES;
			case FAMILY_MEDIATION_VALUE: return FAMILY_MEDIATION;
			case MOBILE_SOCIAL_SPACE_VALUE: return MOBILE_SOCIAL_SPACE;
			case CHILDMINDER_VALUE: return CHILDMINDER;
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
	private FacilityType(int value, String name, String literal) {
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
	
} //FacilityType
