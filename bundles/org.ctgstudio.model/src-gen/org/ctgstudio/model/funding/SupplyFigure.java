/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Municipality;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supply Figure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Aggregate supply of one kind on the territory (or one commune): number of structures or of childminders, places, without describing each facility.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.SupplyFigure#getFacilityType <em>Facility Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.SupplyFigure#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.SupplyFigure#getYear <em>Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.SupplyFigure#getCount <em>Count</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.SupplyFigure#getPlaces <em>Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.SupplyFigure#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.funding.FundingPackage#getSupplyFigure()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Chiffre de l\'offre existante' en='Supply figure'"
 * @generated
 */
public interface SupplyFigure extends Identified {
	/**
	 * Returns the value of the '<em><b>Facility Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.funding.FacilityType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facility Type</em>' attribute.
	 * @see org.ctgstudio.model.funding.FacilityType
	 * @see #setFacilityType(FacilityType)
	 * @see org.ctgstudio.model.funding.FundingPackage#getSupplyFigure_FacilityType()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type d\'offre' en='Facility type'"
	 * @generated
	 */
	FacilityType getFacilityType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.SupplyFigure#getFacilityType <em>Facility Type</em>}' attribute.
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
	 * @see org.ctgstudio.model.funding.FundingPackage#getSupplyFigure_Municipality()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Commune (vide : tout le territoire)' en='Municipality'"
	 * @generated
	 */
	Municipality getMunicipality();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.SupplyFigure#getMunicipality <em>Municipality</em>}' reference.
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
	 * @see org.ctgstudio.model.funding.FundingPackage#getSupplyFigure_Year()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Ann\351e' en='Year'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.SupplyFigure#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(Integer)
	 * @see org.ctgstudio.model.funding.FundingPackage#getSupplyFigure_Count()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Nombre (structures ou assistant\267es maternel\267les)' en='Count'"
	 * @generated
	 */
	Integer getCount();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.SupplyFigure#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Places</em>' attribute.
	 * @see #setPlaces(Integer)
	 * @see org.ctgstudio.model.funding.FundingPackage#getSupplyFigure_Places()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Places' en='Places'"
	 * @generated
	 */
	Integer getPlaces();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.SupplyFigure#getPlaces <em>Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Places</em>' attribute.
	 * @see #getPlaces()
	 * @generated
	 */
	void setPlaces(Integer value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.ctgstudio.model.funding.FundingPackage#getSupplyFigure_DataSource()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Source' en='Data source'"
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.SupplyFigure#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

} // SupplyFigure
