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
 * A representation of the literals of the enumeration '<em><b>Partner Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.CtgPackage#getPartnerType()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type de partenaire' en='Partner type'"
 * @generated
 */
public enum PartnerType implements Enumerator {
	/**
	 * The '<em><b>CAF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAF_VALUE
	 * @generated
	 * @ordered
	 */
	CAF(0, "CAF", "CAF"),

	/**
	 * The '<em><b>MSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSA_VALUE
	 * @generated
	 * @ordered
	 */
	MSA(1, "MSA", "MSA"),

	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPALITY(2, "MUNICIPALITY", "MUNICIPALITY"),

	/**
	 * The '<em><b>EPCI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPCI_VALUE
	 * @generated
	 * @ordered
	 */
	EPCI(3, "EPCI", "EPCI"),

	/**
	 * The '<em><b>INTERMUNICIPAL SYNDICATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERMUNICIPAL_SYNDICATE_VALUE
	 * @generated
	 * @ordered
	 */
	INTERMUNICIPAL_SYNDICATE(4, "INTERMUNICIPAL_SYNDICATE", "INTERMUNICIPAL_SYNDICATE"),

	/**
	 * The '<em><b>DEPARTMENT COUNCIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_COUNCIL_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT_COUNCIL(5, "DEPARTMENT_COUNCIL", "DEPARTMENT_COUNCIL"),

	/**
	 * The '<em><b>REGION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGION_VALUE
	 * @generated
	 * @ordered
	 */
	REGION(6, "REGION", "REGION"),

	/**
	 * The '<em><b>STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_VALUE
	 * @generated
	 * @ordered
	 */
	STATE(7, "STATE", "STATE"),

	/**
	 * The '<em><b>CPAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPAM_VALUE
	 * @generated
	 * @ordered
	 */
	CPAM(8, "CPAM", "CPAM"),

	/**
	 * The '<em><b>CARSAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARSAT_VALUE
	 * @generated
	 * @ordered
	 */
	CARSAT(9, "CARSAT", "CARSAT"),

	/**
	 * The '<em><b>FRANCE TRAVAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRANCE_TRAVAIL_VALUE
	 * @generated
	 * @ordered
	 */
	FRANCE_TRAVAIL(10, "FRANCE_TRAVAIL", "FRANCE_TRAVAIL"),

	/**
	 * The '<em><b>ARS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARS_VALUE
	 * @generated
	 * @ordered
	 */
	ARS(11, "ARS", "ARS"),

	/**
	 * The '<em><b>NATIONAL EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_EDUCATION(12, "NATIONAL_EDUCATION", "NATIONAL_EDUCATION"),

	/**
	 * The '<em><b>SDJES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDJES_VALUE
	 * @generated
	 * @ordered
	 */
	SDJES(13, "SDJES", "SDJES"),

	/**
	 * The '<em><b>CCAS CIAS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CCAS_CIAS_VALUE
	 * @generated
	 * @ordered
	 */
	CCAS_CIAS(14, "CCAS_CIAS", "CCAS_CIAS"),

	/**
	 * The '<em><b>LOCAL MISSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_MISSION_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_MISSION(15, "LOCAL_MISSION", "LOCAL_MISSION"),

	/**
	 * The '<em><b>ASSOCIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATION_VALUE
	 * @generated
	 * @ordered
	 */
	ASSOCIATION(16, "ASSOCIATION", "ASSOCIATION"),

	/**
	 * The '<em><b>COMPANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANY(17, "COMPANY", "COMPANY"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(18, "OTHER", "OTHER");

	/**
	 * The '<em><b>CAF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAF
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Caf' en='Caf'"
	 * @generated
	 * @ordered
	 */
	public static final int CAF_VALUE = 0;

	/**
	 * The '<em><b>MSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSA
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='MSA' en='MSA'"
	 * @generated
	 * @ordered
	 */
	public static final int MSA_VALUE = 1;

	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPALITY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune' en='Municipality'"
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPALITY_VALUE = 2;

	/**
	 * The '<em><b>EPCI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPCI
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Intercommunalit\351 (EPCI)' en='Intermunicipality (EPCI)'"
	 * @generated
	 * @ordered
	 */
	public static final int EPCI_VALUE = 3;

	/**
	 * The '<em><b>INTERMUNICIPAL SYNDICATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERMUNICIPAL_SYNDICATE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Syndicat intercommunal' en='Intermunicipal syndicate'"
	 * @generated
	 * @ordered
	 */
	public static final int INTERMUNICIPAL_SYNDICATE_VALUE = 4;

	/**
	 * The '<em><b>DEPARTMENT COUNCIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_COUNCIL
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Conseil d\351partemental' en='Department council'"
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_COUNCIL_VALUE = 5;

	/**
	 * The '<em><b>REGION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='R\351gion' en='Region'"
	 * @generated
	 * @ordered
	 */
	public static final int REGION_VALUE = 6;

	/**
	 * The '<em><b>STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311tat / pr\351fecture' en='State / prefecture'"
	 * @generated
	 * @ordered
	 */
	public static final int STATE_VALUE = 7;

	/**
	 * The '<em><b>CPAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPAM
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='CPAM' en='CPAM'"
	 * @generated
	 * @ordered
	 */
	public static final int CPAM_VALUE = 8;

	/**
	 * The '<em><b>CARSAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARSAT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Carsat' en='Carsat'"
	 * @generated
	 * @ordered
	 */
	public static final int CARSAT_VALUE = 9;

	/**
	 * The '<em><b>FRANCE TRAVAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRANCE_TRAVAIL
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='France Travail (ex-P\364le emploi)' en='France Travail (formerly P\364le emploi)'"
	 * @generated
	 * @ordered
	 */
	public static final int FRANCE_TRAVAIL_VALUE = 10;

	/**
	 * The '<em><b>ARS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Agence r\351gionale de sant\351' en='Regional health agency (ARS)'"
	 * @generated
	 * @ordered
	 */
	public static final int ARS_VALUE = 11;

	/**
	 * The '<em><b>NATIONAL EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_EDUCATION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311ducation nationale' en='National education'"
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_EDUCATION_VALUE = 12;

	/**
	 * The '<em><b>SDJES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDJES
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='SDJES' en='SDJES'"
	 * @generated
	 * @ordered
	 */
	public static final int SDJES_VALUE = 13;

	/**
	 * The '<em><b>CCAS CIAS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CCAS_CIAS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='CCAS / CIAS' en='CCAS / CIAS'"
	 * @generated
	 * @ordered
	 */
	public static final int CCAS_CIAS_VALUE = 14;

	/**
	 * The '<em><b>LOCAL MISSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_MISSION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Mission locale' en='Local mission'"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_MISSION_VALUE = 15;

	/**
	 * The '<em><b>ASSOCIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATION
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Association' en='Association'"
	 * @generated
	 * @ordered
	 */
	public static final int ASSOCIATION_VALUE = 16;

	/**
	 * The '<em><b>COMPANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Entreprise' en='Company'"
	 * @generated
	 * @ordered
	 */
	public static final int COMPANY_VALUE = 17;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Autre' en='Other'"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 18;

	/**
	 * An array of all the '<em><b>Partner Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartnerType[] VALUES_ARRAY =
		new PartnerType[] {
			CAF,
			MSA,
			MUNICIPALITY,
			EPCI,
			INTERMUNICIPAL_SYNDICATE,
			DEPARTMENT_COUNCIL,
			REGION,
			STATE,
			CPAM,
			CARSAT,
			FRANCE_TRAVAIL,
			ARS,
			NATIONAL_EDUCATION,
			SDJES,
			CCAS_CIAS,
			LOCAL_MISSION,
			ASSOCIATION,
			COMPANY,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Partner Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartnerType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partner Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnerType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnerType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerType get(int value) {
		switch (value) {
			case CAF_VALUE: return CAF;
			case MSA_VALUE: return MSA;
			case MUNICIPALITY_VALUE: return MUNICIPALITY;
			case EPCI_VALUE: return EPCI;
			case INTERMUNICIPAL_SYNDICATE_VALUE: return INTERMUNICIPAL_SYNDICATE;
			case DEPARTMENT_COUNCIL_VALUE: return DEPARTMENT_COUNCIL;
			case REGION_VALUE: return REGION;
			case STATE_VALUE: return STATE;
			case CPAM_VALUE: return CPAM;
			case CARSAT_VALUE: return CARSAT;
			case FRANCE_TRAVAIL_VALUE: return FRANCE_TRAVAIL;
			case ARS_VALUE: return ARS;
			case NATIONAL_EDUCATION_VALUE: return NATIONAL_EDUCATION;
			case SDJES_VALUE: return SDJES;
			case CCAS_CIAS_VALUE: return CCAS_CIAS;
			case LOCAL_MISSION_VALUE: return LOCAL_MISSION;
			case ASSOCIATION_VALUE: return ASSOCIATION;
			case COMPANY_VALUE: return COMPANY;
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
	private PartnerType(int value, String name, String literal) {
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
	
} //PartnerType
