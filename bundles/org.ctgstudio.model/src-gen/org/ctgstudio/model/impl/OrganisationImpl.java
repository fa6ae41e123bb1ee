/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.impl;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.OperatorNature;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.Territory;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.impl.OrganisationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.OrganisationImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.OrganisationImpl#getSiren <em>Siren</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.OrganisationImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.OrganisationImpl#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.OrganisationImpl#isIsOperator <em>Is Operator</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.OrganisationImpl#getOperatorNature <em>Operator Nature</em>}</li>
 *   <li>{@link org.ctgstudio.model.impl.OrganisationImpl#getSiret <em>Siret</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends IdentifiedImpl implements Organisation {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final PartnerType TYPE_EDEFAULT = PartnerType.CAF;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected PartnerType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSiren() <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiren()
	 * @generated
	 * @ordered
	 */
	protected static final String SIREN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSiren() <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiren()
	 * @generated
	 * @ordered
	 */
	protected String siren = SIREN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMunicipality() <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipality()
	 * @generated
	 * @ordered
	 */
	protected Municipality municipality;

	/**
	 * The cached value of the '{@link #getTerritory() <em>Territory</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritory()
	 * @generated
	 * @ordered
	 */
	protected Territory territory;

	/**
	 * The default value of the '{@link #isIsOperator() <em>Is Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsOperator()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IS_OPERATOR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIsOperator() <em>Is Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIsOperator()
	 * @generated
	 * @ordered
	 */
	protected boolean isOperator = IS_OPERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperatorNature() <em>Operator Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorNature()
	 * @generated
	 * @ordered
	 */
	protected static final OperatorNature OPERATOR_NATURE_EDEFAULT = OperatorNature.PUBLIC;

	/**
	 * The cached value of the '{@link #getOperatorNature() <em>Operator Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatorNature()
	 * @generated
	 * @ordered
	 */
	protected OperatorNature operatorNature = OPERATOR_NATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSiret() <em>Siret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiret()
	 * @generated
	 * @ordered
	 */
	protected static final String SIRET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSiret() <em>Siret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiret()
	 * @generated
	 * @ordered
	 */
	protected String siret = SIRET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CtgPackage.Literals.ORGANISATION;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ORGANISATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PartnerType newType) {
		PartnerType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ORGANISATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSiren() {
		return siren;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSiren(String newSiren) {
		String oldSiren = siren;
		siren = newSiren;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ORGANISATION__SIREN, oldSiren, siren));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Municipality getMunicipality() {
		if (municipality != null && municipality.eIsProxy()) {
			InternalEObject oldMunicipality = (InternalEObject)municipality;
			municipality = (Municipality)eResolveProxy(oldMunicipality);
			if (municipality != oldMunicipality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.ORGANISATION__MUNICIPALITY, oldMunicipality, municipality));
			}
		}
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Municipality basicGetMunicipality() {
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipality(Municipality newMunicipality) {
		Municipality oldMunicipality = municipality;
		municipality = newMunicipality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ORGANISATION__MUNICIPALITY, oldMunicipality, municipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Territory getTerritory() {
		if (territory != null && territory.eIsProxy()) {
			InternalEObject oldTerritory = (InternalEObject)territory;
			territory = (Territory)eResolveProxy(oldTerritory);
			if (territory != oldTerritory) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CtgPackage.ORGANISATION__TERRITORY, oldTerritory, territory));
			}
		}
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Territory basicGetTerritory() {
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerritory(Territory newTerritory) {
		Territory oldTerritory = territory;
		territory = newTerritory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ORGANISATION__TERRITORY, oldTerritory, territory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIsOperator() {
		return isOperator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsOperator(boolean newIsOperator) {
		boolean oldIsOperator = isOperator;
		isOperator = newIsOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ORGANISATION__IS_OPERATOR, oldIsOperator, isOperator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatorNature getOperatorNature() {
		return operatorNature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatorNature(OperatorNature newOperatorNature) {
		OperatorNature oldOperatorNature = operatorNature;
		operatorNature = newOperatorNature == null ? OPERATOR_NATURE_EDEFAULT : newOperatorNature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ORGANISATION__OPERATOR_NATURE, oldOperatorNature, operatorNature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSiret() {
		return siret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSiret(String newSiret) {
		String oldSiret = siret;
		siret = newSiret;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CtgPackage.ORGANISATION__SIRET, oldSiret, siret));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CtgPackage.ORGANISATION__NAME:
				return getName();
			case CtgPackage.ORGANISATION__TYPE:
				return getType();
			case CtgPackage.ORGANISATION__SIREN:
				return getSiren();
			case CtgPackage.ORGANISATION__MUNICIPALITY:
				if (resolve) return getMunicipality();
				return basicGetMunicipality();
			case CtgPackage.ORGANISATION__TERRITORY:
				if (resolve) return getTerritory();
				return basicGetTerritory();
			case CtgPackage.ORGANISATION__IS_OPERATOR:
				return isIsOperator();
			case CtgPackage.ORGANISATION__OPERATOR_NATURE:
				return getOperatorNature();
			case CtgPackage.ORGANISATION__SIRET:
				return getSiret();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CtgPackage.ORGANISATION__NAME:
				setName((String)newValue);
				return;
			case CtgPackage.ORGANISATION__TYPE:
				setType((PartnerType)newValue);
				return;
			case CtgPackage.ORGANISATION__SIREN:
				setSiren((String)newValue);
				return;
			case CtgPackage.ORGANISATION__MUNICIPALITY:
				setMunicipality((Municipality)newValue);
				return;
			case CtgPackage.ORGANISATION__TERRITORY:
				setTerritory((Territory)newValue);
				return;
			case CtgPackage.ORGANISATION__IS_OPERATOR:
				setIsOperator((Boolean)newValue);
				return;
			case CtgPackage.ORGANISATION__OPERATOR_NATURE:
				setOperatorNature((OperatorNature)newValue);
				return;
			case CtgPackage.ORGANISATION__SIRET:
				setSiret((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CtgPackage.ORGANISATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CtgPackage.ORGANISATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CtgPackage.ORGANISATION__SIREN:
				setSiren(SIREN_EDEFAULT);
				return;
			case CtgPackage.ORGANISATION__MUNICIPALITY:
				setMunicipality((Municipality)null);
				return;
			case CtgPackage.ORGANISATION__TERRITORY:
				setTerritory((Territory)null);
				return;
			case CtgPackage.ORGANISATION__IS_OPERATOR:
				setIsOperator(IS_OPERATOR_EDEFAULT);
				return;
			case CtgPackage.ORGANISATION__OPERATOR_NATURE:
				setOperatorNature(OPERATOR_NATURE_EDEFAULT);
				return;
			case CtgPackage.ORGANISATION__SIRET:
				setSiret(SIRET_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CtgPackage.ORGANISATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CtgPackage.ORGANISATION__TYPE:
				return type != TYPE_EDEFAULT;
			case CtgPackage.ORGANISATION__SIREN:
				return SIREN_EDEFAULT == null ? siren != null : !SIREN_EDEFAULT.equals(siren);
			case CtgPackage.ORGANISATION__MUNICIPALITY:
				return municipality != null;
			case CtgPackage.ORGANISATION__TERRITORY:
				return territory != null;
			case CtgPackage.ORGANISATION__IS_OPERATOR:
				return isOperator != IS_OPERATOR_EDEFAULT;
			case CtgPackage.ORGANISATION__OPERATOR_NATURE:
				return operatorNature != OPERATOR_NATURE_EDEFAULT;
			case CtgPackage.ORGANISATION__SIRET:
				return SIRET_EDEFAULT == null ? siret != null : !SIRET_EDEFAULT.equals(siret);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", type: ");
		result.append(type);
		result.append(", siren: ");
		result.append(siren);
		result.append(", isOperator: ");
		result.append(isOperator);
		result.append(", operatorNature: ");
		result.append(operatorNature);
		result.append(", siret: ");
		result.append(siret);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
