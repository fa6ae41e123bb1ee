/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.funding;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Territory Bonus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.funding.TerritoryBonus#getBonusType <em>Bonus Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.TerritoryBonus#getExistingPlaces <em>Existing Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.TerritoryBonus#getNewPlaces <em>New Places</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.TerritoryBonus#getAmountPerExistingPlace <em>Amount Per Existing Place</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.TerritoryBonus#getAmountPerNewPlace <em>Amount Per New Place</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.TerritoryBonus#getHours <em>Hours</em>}</li>
 *   <li>{@link org.ctgstudio.model.funding.TerritoryBonus#getReferenceCejAmount <em>Reference Cej Amount</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.model.funding.FundingPackage#getTerritoryBonus()
 * @model annotation="http://ctgstudio.org/ctg/labels fr='Bonus territoire CTG' en='Territory bonus'"
 * @generated
 */
public interface TerritoryBonus extends Funding {
	/**
	 * Returns the value of the '<em><b>Bonus Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.model.funding.BonusType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bonus Type</em>' attribute.
	 * @see org.ctgstudio.model.funding.BonusType
	 * @see #setBonusType(BonusType)
	 * @see org.ctgstudio.model.funding.FundingPackage#getTerritoryBonus_BonusType()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Type de bonus' en='Bonus type'"
	 * @generated
	 */
	BonusType getBonusType();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.TerritoryBonus#getBonusType <em>Bonus Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bonus Type</em>' attribute.
	 * @see org.ctgstudio.model.funding.BonusType
	 * @see #getBonusType()
	 * @generated
	 */
	void setBonusType(BonusType value);

	/**
	 * Returns the value of the '<em><b>Existing Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Existing Places</em>' attribute.
	 * @see #setExistingPlaces(int)
	 * @see org.ctgstudio.model.funding.FundingPackage#getTerritoryBonus_ExistingPlaces()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Places existantes' en='Existing places'"
	 * @generated
	 */
	int getExistingPlaces();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.TerritoryBonus#getExistingPlaces <em>Existing Places</em>}' attribute.
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
	 * @see org.ctgstudio.model.funding.FundingPackage#getTerritoryBonus_NewPlaces()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Places nouvelles' en='New places'"
	 * @generated
	 */
	int getNewPlaces();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.TerritoryBonus#getNewPlaces <em>New Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Places</em>' attribute.
	 * @see #getNewPlaces()
	 * @generated
	 */
	void setNewPlaces(int value);

	/**
	 * Returns the value of the '<em><b>Amount Per Existing Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount Per Existing Place</em>' attribute.
	 * @see #setAmountPerExistingPlace(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getTerritoryBonus_AmountPerExistingPlace()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Montant / place existante' en='Amount per existing place'"
	 * @generated
	 */
	BigDecimal getAmountPerExistingPlace();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.TerritoryBonus#getAmountPerExistingPlace <em>Amount Per Existing Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount Per Existing Place</em>' attribute.
	 * @see #getAmountPerExistingPlace()
	 * @generated
	 */
	void setAmountPerExistingPlace(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Amount Per New Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount Per New Place</em>' attribute.
	 * @see #setAmountPerNewPlace(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getTerritoryBonus_AmountPerNewPlace()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Montant / place nouvelle' en='Amount per new place'"
	 * @generated
	 */
	BigDecimal getAmountPerNewPlace();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.TerritoryBonus#getAmountPerNewPlace <em>Amount Per New Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount Per New Place</em>' attribute.
	 * @see #getAmountPerNewPlace()
	 * @generated
	 */
	void setAmountPerNewPlace(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getTerritoryBonus_Hours()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Heures' en='Hours'"
	 * @generated
	 */
	BigDecimal getHours();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.TerritoryBonus#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Reference Cej Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Cej Amount</em>' attribute.
	 * @see #setReferenceCejAmount(BigDecimal)
	 * @see org.ctgstudio.model.funding.FundingPackage#getTerritoryBonus_ReferenceCejAmount()
	 * @model annotation="http://ctgstudio.org/ctg/labels fr='Montant CEJ de r\351f\351rence' en='Reference cej amount'"
	 * @generated
	 */
	BigDecimal getReferenceCejAmount();

	/**
	 * Sets the value of the '{@link org.ctgstudio.model.funding.TerritoryBonus#getReferenceCejAmount <em>Reference Cej Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Cej Amount</em>' attribute.
	 * @see #getReferenceCejAmount()
	 * @generated
	 */
	void setReferenceCejAmount(BigDecimal value);

} // TerritoryBonus
