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
 * A representation of the literals of the enumeration '<em><b>Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.ctgstudio.model.funding.FundingPackage#getFundingSource()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Dispositif' en='Funding source'"
 * @generated
 */
public enum FundingSource implements Enumerator {
	/**
	 * The '<em><b>TERRITORY BONUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERRITORY_BONUS_VALUE
	 * @generated
	 * @ordered
	 */
	TERRITORY_BONUS(0, "TERRITORY_BONUS", "TERRITORY_BONUS"),

	/**
	 * The '<em><b>PSU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSU_VALUE
	 * @generated
	 * @ordered
	 */
	PSU(1, "PSU", "PSU"),

	/**
	 * The '<em><b>PS ALSH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_ALSH_VALUE
	 * @generated
	 * @ordered
	 */
	PS_ALSH(2, "PS_ALSH", "PS_ALSH"),

	/**
	 * The '<em><b>PS YOUTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_YOUTH_VALUE
	 * @generated
	 * @ordered
	 */
	PS_YOUTH(3, "PS_YOUTH", "PS_YOUTH"),

	/**
	 * The '<em><b>PS RPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_RPE_VALUE
	 * @generated
	 * @ordered
	 */
	PS_RPE(4, "PS_RPE", "PS_RPE"),

	/**
	 * The '<em><b>PS LAEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_LAEP_VALUE
	 * @generated
	 * @ordered
	 */
	PS_LAEP(5, "PS_LAEP", "PS_LAEP"),

	/**
	 * The '<em><b>PS SOCIAL CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_SOCIAL_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	PS_SOCIAL_CENTRE(6, "PS_SOCIAL_CENTRE", "PS_SOCIAL_CENTRE"),

	/**
	 * The '<em><b>PS EVS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_EVS_VALUE
	 * @generated
	 * @ordered
	 */
	PS_EVS(7, "PS_EVS", "PS_EVS"),

	/**
	 * The '<em><b>PARENTING FUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTING_FUND_VALUE
	 * @generated
	 * @ordered
	 */
	PARENTING_FUND(8, "PARENTING_FUND", "PARENTING_FUND"),

	/**
	 * The '<em><b>PUBLIC FUNDS TERRITORIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_FUNDS_TERRITORIES_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_FUNDS_TERRITORIES(9, "PUBLIC_FUNDS_TERRITORIES", "PUBLIC_FUNDS_TERRITORIES"),

	/**
	 * The '<em><b>PLAN MERCREDI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_MERCREDI_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN_MERCREDI(10, "PLAN_MERCREDI", "PLAN_MERCREDI"),

	/**
	 * The '<em><b>INVESTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTMENT(11, "INVESTMENT", "INVESTMENT"),

	/**
	 * The '<em><b>CTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTRE_VALUE
	 * @generated
	 * @ordered
	 */
	CTRE(12, "CTRE", "CTRE"),

	/**
	 * The '<em><b>DIAGNOSTIC COFUNDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSTIC_COFUNDING_VALUE
	 * @generated
	 * @ordered
	 */
	DIAGNOSTIC_COFUNDING(13, "DIAGNOSTIC_COFUNDING", "DIAGNOSTIC_COFUNDING"),

	/**
	 * The '<em><b>LOCAL AUTHORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_AUTHORITY_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_AUTHORITY(14, "LOCAL_AUTHORITY", "LOCAL_AUTHORITY"),

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT(15, "DEPARTMENT", "DEPARTMENT"),

	/**
	 * The '<em><b>MSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSA_VALUE
	 * @generated
	 * @ordered
	 */
	MSA(16, "MSA", "MSA"),

	/**
	 * The '<em><b>STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_VALUE
	 * @generated
	 * @ordered
	 */
	STATE(17, "STATE", "STATE"),

	/**
	 * The '<em><b>FAMILY FEES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_FEES_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_FEES(18, "FAMILY_FEES", "FAMILY_FEES"),

	/**
	 * The '<em><b>CEJ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CEJ_VALUE
	 * @generated
	 * @ordered
	 */
	CEJ(20, "CEJ", "CEJ"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(19, "OTHER", "OTHER");

	/**
	 * The '<em><b>TERRITORY BONUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERRITORY_BONUS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Bonus territoire CTG' en='CTG territory bonus'"
	 * @generated
	 * @ordered
	 */
	public static final int TERRITORY_BONUS_VALUE = 0;

	/**
	 * The '<em><b>PSU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSU
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Prestation de service unique' en='Single service benefit (PSU)'"
	 * @generated
	 * @ordered
	 */
	public static final int PSU_VALUE = 1;

	/**
	 * The '<em><b>PS ALSH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_ALSH
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Prestation de service ALSH (PSO)' en='ALSH service benefit (PSO)'"
	 * @generated
	 * @ordered
	 */
	public static final int PS_ALSH_VALUE = 2;

	/**
	 * The '<em><b>PS YOUTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_YOUTH
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='PS Jeunes' en='Youth service benefit'"
	 * @generated
	 * @ordered
	 */
	public static final int PS_YOUTH_VALUE = 3;

	/**
	 * The '<em><b>PS RPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_RPE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='PS RPE' en='RPE service benefit'"
	 * @generated
	 * @ordered
	 */
	public static final int PS_RPE_VALUE = 4;

	/**
	 * The '<em><b>PS LAEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_LAEP
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='PS LAEP' en='LAEP service benefit'"
	 * @generated
	 * @ordered
	 */
	public static final int PS_LAEP_VALUE = 5;

	/**
	 * The '<em><b>PS SOCIAL CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_SOCIAL_CENTRE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='PS Animation globale / collective familles' en='Social centre service benefit'"
	 * @generated
	 * @ordered
	 */
	public static final int PS_SOCIAL_CENTRE_VALUE = 6;

	/**
	 * The '<em><b>PS EVS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_EVS
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='PS Animation locale (EVS)' en='EVS service benefit'"
	 * @generated
	 * @ordered
	 */
	public static final int PS_EVS_VALUE = 7;

	/**
	 * The '<em><b>PARENTING FUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENTING_FUND
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Fonds parentalit\351 (REAAP)' en='Parenting fund (REAAP)'"
	 * @generated
	 * @ordered
	 */
	public static final int PARENTING_FUND_VALUE = 8;

	/**
	 * The '<em><b>PUBLIC FUNDS TERRITORIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_FUNDS_TERRITORIES
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Fonds publics et territoires' en='Public funds and territories'"
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_FUNDS_TERRITORIES_VALUE = 9;

	/**
	 * The '<em><b>PLAN MERCREDI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_MERCREDI
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Bonification Plan mercredi' en='Wednesday plan bonus'"
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_MERCREDI_VALUE = 10;

	/**
	 * The '<em><b>INVESTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Aide \340 l\'investissement (PIAJE, ALSH)' en='Investment aid (PIAJE, ALSH)'"
	 * @generated
	 * @ordered
	 */
	public static final int INVESTMENT_VALUE = 11;

	/**
	 * The '<em><b>CTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTRE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Contrat territorial r\351servataire employeur' en='Employer place contract (CTRE)'"
	 * @generated
	 * @ordered
	 */
	public static final int CTRE_VALUE = 12;

	/**
	 * The '<em><b>DIAGNOSTIC COFUNDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSTIC_COFUNDING
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Cofinancement du diagnostic' en='Diagnosis co-funding'"
	 * @generated
	 * @ordered
	 */
	public static final int DIAGNOSTIC_COFUNDING_VALUE = 13;

	/**
	 * The '<em><b>LOCAL AUTHORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_AUTHORITY
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Collectivit\351' en='Local authority'"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_AUTHORITY_VALUE = 14;

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Conseil d\351partemental' en='Department council'"
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_VALUE = 15;

	/**
	 * The '<em><b>MSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSA
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='MSA' en='MSA'"
	 * @generated
	 * @ordered
	 */
	public static final int MSA_VALUE = 16;

	/**
	 * The '<em><b>STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311tat' en='State'"
	 * @generated
	 * @ordered
	 */
	public static final int STATE_VALUE = 17;

	/**
	 * The '<em><b>FAMILY FEES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_FEES
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Participations familiales' en='Family fees'"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_FEES_VALUE = 18;

	/**
	 * The '<em><b>CEJ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CEJ
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Contrat enfance jeunesse (PSEJ)' en='Childhood and youth contract (PSEJ)'"
	 * @generated
	 * @ordered
	 */
	public static final int CEJ_VALUE = 20;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Autre' en='Other'"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 19;

	/**
	 * An array of all the '<em><b>Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FundingSource[] VALUES_ARRAY =
		new FundingSource[] {
			TERRITORY_BONUS,
			PSU,
			PS_ALSH,
			PS_YOUTH,
			PS_RPE,
			PS_LAEP,
			PS_SOCIAL_CENTRE,
			PS_EVS,
			PARENTING_FUND,
			PUBLIC_FUNDS_TERRITORIES,
			PLAN_MERCREDI,
			INVESTMENT,
			CTRE,
			DIAGNOSTIC_COFUNDING,
			LOCAL_AUTHORITY,
			DEPARTMENT,
			MSA,
			STATE,
			FAMILY_FEES,
			CEJ,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FundingSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FundingSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FundingSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingSource get(int value) {
		switch (value) {
			case TERRITORY_BONUS_VALUE: return TERRITORY_BONUS;
			case PSU_VALUE: return PSU;
			case PS_ALSH_VALUE: return PS_ALSH;
			case PS_YOUTH_VALUE: return PS_YOUTH;
			case PS_RPE_VALUE: return PS_RPE;
			case PS_LAEP_VALUE: return PS_LAEP;
			case PS_SOCIAL_CENTRE_VALUE: return PS_SOCIAL_CENTRE;
			case PS_EVS_VALUE: return PS_EVS;
			case PARENTING_FUND_VALUE: return PARENTING_FUND;
			case PUBLIC_FUNDS_TERRITORIES_VALUE: return PUBLIC_FUNDS_TERRITORIES;
			case PLAN_MERCREDI_VALUE: return PLAN_MERCREDI;
			case INVESTMENT_VALUE: return INVESTMENT;
			case CTRE_VALUE: return CTRE;
			case DIAGNOSTIC_COFUNDING_VALUE: return DIAGNOSTIC_COFUNDING;
			case LOCAL_AUTHORITY_VALUE: return LOCAL_AUTHORITY;
			case DEPARTMENT_VALUE: return DEPARTMENT;
			case MSA_VALUE: return MSA;
			case STATE_VALUE: return STATE;
			case FAMILY_FEES_VALUE: return FAMILY_FEES;
			case CEJ_VALUE: return CEJ;
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
	private FundingSource(int value, String name, String literal) {
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
	
} //FundingSource
