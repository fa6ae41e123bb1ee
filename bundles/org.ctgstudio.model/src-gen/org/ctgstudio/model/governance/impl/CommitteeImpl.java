/**
 * CTG Studio - generated from ctg.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.model/README.md).
 */
package org.ctgstudio.model.governance.impl;

import java.util.Collection;

import org.ctgstudio.model.Organisation;

import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.governance.Meeting;

import org.ctgstudio.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Committee</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.model.governance.impl.CommitteeImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.CommitteeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.CommitteeImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.CommitteeImpl#getMeetingsPerYear <em>Meetings Per Year</em>}</li>
 *   <li>{@link org.ctgstudio.model.governance.impl.CommitteeImpl#getMeetings <em>Meetings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitteeImpl extends IdentifiedImpl implements Committee {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final CommitteeType TYPE_EDEFAULT = CommitteeType.STEERING;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected CommitteeType type = TYPE_EDEFAULT;

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
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> members;

	/**
	 * The default value of the '{@link #getMeetingsPerYear() <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingsPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final int MEETINGS_PER_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMeetingsPerYear() <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingsPerYear()
	 * @generated
	 * @ordered
	 */
	protected int meetingsPerYear = MEETINGS_PER_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitteeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.COMMITTEE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitteeType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(CommitteeType newType) {
		CommitteeType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.COMMITTEE__TYPE, oldType, type));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.COMMITTEE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Organisation>(Organisation.class, this, GovernancePackage.COMMITTEE__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMeetingsPerYear() {
		return meetingsPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingsPerYear(int newMeetingsPerYear) {
		int oldMeetingsPerYear = meetingsPerYear;
		meetingsPerYear = newMeetingsPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.COMMITTEE__MEETINGS_PER_YEAR, oldMeetingsPerYear, meetingsPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectContainmentEList<Meeting>(Meeting.class, this, GovernancePackage.COMMITTEE__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.COMMITTEE__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.COMMITTEE__TYPE:
				return getType();
			case GovernancePackage.COMMITTEE__NAME:
				return getName();
			case GovernancePackage.COMMITTEE__MEMBERS:
				return getMembers();
			case GovernancePackage.COMMITTEE__MEETINGS_PER_YEAR:
				return getMeetingsPerYear();
			case GovernancePackage.COMMITTEE__MEETINGS:
				return getMeetings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovernancePackage.COMMITTEE__TYPE:
				setType((CommitteeType)newValue);
				return;
			case GovernancePackage.COMMITTEE__NAME:
				setName((String)newValue);
				return;
			case GovernancePackage.COMMITTEE__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Organisation>)newValue);
				return;
			case GovernancePackage.COMMITTEE__MEETINGS_PER_YEAR:
				setMeetingsPerYear((Integer)newValue);
				return;
			case GovernancePackage.COMMITTEE__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
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
			case GovernancePackage.COMMITTEE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case GovernancePackage.COMMITTEE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GovernancePackage.COMMITTEE__MEMBERS:
				getMembers().clear();
				return;
			case GovernancePackage.COMMITTEE__MEETINGS_PER_YEAR:
				setMeetingsPerYear(MEETINGS_PER_YEAR_EDEFAULT);
				return;
			case GovernancePackage.COMMITTEE__MEETINGS:
				getMeetings().clear();
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
			case GovernancePackage.COMMITTEE__TYPE:
				return type != TYPE_EDEFAULT;
			case GovernancePackage.COMMITTEE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GovernancePackage.COMMITTEE__MEMBERS:
				return members != null && !members.isEmpty();
			case GovernancePackage.COMMITTEE__MEETINGS_PER_YEAR:
				return meetingsPerYear != MEETINGS_PER_YEAR_EDEFAULT;
			case GovernancePackage.COMMITTEE__MEETINGS:
				return meetings != null && !meetings.isEmpty();
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
		result.append(" (type: ");
		result.append(type);
		result.append(", name: ");
		result.append(name);
		result.append(", meetingsPerYear: ");
		result.append(meetingsPerYear);
		result.append(')');
		return result.toString();
	}

} //CommitteeImpl
