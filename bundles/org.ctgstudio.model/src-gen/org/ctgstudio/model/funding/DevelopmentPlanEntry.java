/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Municipality;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Development Plan Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getFacilityType <em>Facility Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getPlannedNewPlaces <em>Planned New Places</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.funding.FundingPackage#getDevelopmentPlanEntry()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ligne du sch\351ma' en='Development plan entry'"
 * @generated
 */
public interface DevelopmentPlanEntry extends Identified {
	/**
	 * Returns the value of the '<em><b>Facility Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.funding.FacilityType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facility Type</em>' attribute.
	 * @see org.ctgstudio.model.funding.FacilityType
	 * @see #setFacilityType(FacilityType)
	 * @see org.ctgstudio.model.funding.FundingPackage#getDevelopmentPlanEntry_FacilityType()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type' en='Facility type'"
	 * @generated
	 */
	FacilityType getFacilityType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getFacilityType <em>Facility Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facility Type</em>' attribute.
	 * @see org.ctgstudio.model.funding.FacilityType
	 * @see #getFacilityType()
	 * @generated
	 */
	void setFacilityType(FacilityType value);

	/**
	 * Returns the value of the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality</em>' reference.
	 * @see #setMunicipality(Municipality)
	 * @see org.ctgstudio.model.funding.FundingPackage#getDevelopmentPlanEntry_Municipality()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune' en='Municipality'"
	 * @generated
	 */
	Municipality getMunicipality();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getMunicipality <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' reference.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(Municipality value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getDevelopmentPlanEntry_Year()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ann\351e' en='Year'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Planned New Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned New Places</em>' attribute.
	 * @see #setPlannedNewPlaces(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getDevelopmentPlanEntry_PlannedNewPlaces()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Places \340 cr\351er' en='Planned new places'"
	 * @generated
	 */
	int getPlannedNewPlaces();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.DevelopmentPlanEntry#getPlannedNewPlaces <em>Planned New Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned New Places</em>' attribute.
	 * @see #getPlannedNewPlaces()
	 * @generated
	 */
	void setPlannedNewPlaces(int value);

} // DevelopmentPlanEntry
