/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Facility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.Facility#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#isOperatorToBeDesignated <em>Operator To Be Designated</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#getCapacityPlaces <em>Capacity Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#getExistingPlaces <em>Existing Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#getNewPlaces <em>New Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#getAnnualHours <em>Annual Hours</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#isIsPsuFunded <em>Is Psu Funded</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.Facility#isIsInQpv <em>Is In Qpv</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.funding.FundingPackage#getFacility()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='\311quipement / service' en='Facility'"
 * @generated
 */
public interface Facility extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_Name()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nom' en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.funding.FacilityType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.funding.FacilityType
	 * @see #setType(FacilityType)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_Type()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Type'"
	 * @generated
	 */
	FacilityType getType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.ctgstudio.model.funding.FacilityType
	 * @see #getType()
	 * @generated
	 */
	void setType(FacilityType value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' reference.
	 * @see #setOperator(Organisation)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_Operator()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gestionnaire' en='Operator'"
	 * @generated
	 */
	Organisation getOperator();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#getOperator <em>Operator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' reference.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(Organisation value);

	/**
	 * Returns the value of the '<em><b>Operator To Be Designated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator is known to be still to designate (a draft): a finding at signature, not a missing operator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator To Be Designated</em>' attribute.
	 * @see #setOperatorToBeDesignated(boolean)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_OperatorToBeDesignated()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Gestionnaire \340 d\351signer' en='Operator to be designated'"
	 * @generated
	 */
	boolean isOperatorToBeDesignated();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#isOperatorToBeDesignated <em>Operator To Be Designated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator To Be Designated</em>' attribute.
	 * @see #isOperatorToBeDesignated()
	 * @generated
	 */
	void setOperatorToBeDesignated(boolean value);

	/**
	 * Returns the value of the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality</em>' reference.
	 * @see #setMunicipality(Municipality)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_Municipality()
	 * @model required="true"
	 *        annotation="http://ctgstudio.org/ctg/labels fr='Commune d\'implantation' en='Municipality'"
	 * @generated
	 */
	Municipality getMunicipality();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#getMunicipality <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' reference.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(Municipality value);

	/**
	 * Returns the value of the '<em><b>Capacity Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity Places</em>' attribute.
	 * @see #setCapacityPlaces(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_CapacityPlaces()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Capacit\351' en='Capacity places'"
	 * @generated
	 */
	int getCapacityPlaces();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#getCapacityPlaces <em>Capacity Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Places</em>' attribute.
	 * @see #getCapacityPlaces()
	 * @generated
	 */
	void setCapacityPlaces(int value);

	/**
	 * Returns the value of the '<em><b>Existing Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Existing Places</em>' attribute.
	 * @see #setExistingPlaces(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_ExistingPlaces()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Places existantes' en='Existing places'"
	 * @generated
	 */
	int getExistingPlaces();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#getExistingPlaces <em>Existing Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Existing Places</em>' attribute.
	 * @see #getExistingPlaces()
	 * @generated
	 */
	void setExistingPlaces(int value);

	/**
	 * Returns the value of the '<em><b>New Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Places</em>' attribute.
	 * @see #setNewPlaces(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_NewPlaces()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Places nouvelles' en='New places'"
	 * @generated
	 */
	int getNewPlaces();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#getNewPlaces <em>New Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Places</em>' attribute.
	 * @see #getNewPlaces()
	 * @generated
	 */
	void setNewPlaces(int value);

	/**
	 * Returns the value of the '<em><b>Annual Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Hours</em>' attribute.
	 * @see #setAnnualHours(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_AnnualHours()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Heures / an' en='Annual hours'"
	 * @generated
	 */
	int getAnnualHours();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#getAnnualHours <em>Annual Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Hours</em>' attribute.
	 * @see #getAnnualHours()
	 * @generated
	 */
	void setAnnualHours(int value);

	/**
	 * Returns the value of the '<em><b>Is Psu Funded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Psu Funded</em>' attribute.
	 * @see #setIsPsuFunded(boolean)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_IsPsuFunded()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Financ\351 PSU' en='Is psu funded'"
	 * @generated
	 */
	boolean isIsPsuFunded();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#isIsPsuFunded <em>Is Psu Funded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Psu Funded</em>' attribute.
	 * @see #isIsPsuFunded()
	 * @generated
	 */
	void setIsPsuFunded(boolean value);

	/**
	 * Returns the value of the '<em><b>Is In Qpv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is In Qpv</em>' attribute.
	 * @see #setIsInQpv(boolean)
	 * @see org.ctgstudio.model.funding.FundingPackage#getFacility_IsInQpv()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Implant\351 en QPV' en='Is in qpv'"
	 * @generated
	 */
	boolean isIsInQpv();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.Facility#isIsInQpv <em>Is In Qpv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is In Qpv</em>' attribute.
	 * @see #isIsInQpv()
	 * @generated
	 */
	void setIsInQpv(boolean value);

} // Facility
