package org.ctgstudio.model.resource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.Representative;
import org.ctgstudio.model.Territory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * Reads files written before the metamodel was revised after modelling real conventions, so that they open with all
 * their data and are saved in the current format:
 * <table>
 * <caption>What older files say and where it goes</caption>
 * <tr><th>Older files</th><th>Current metamodel</th></tr>
 * <tr><td>an {@code Operator} element (a subclass of Organisation)</td>
 * <td>an Organisation with {@code isOperator}; its {@code nature} becomes {@code operatorNature}</td></tr>
 * <tr><td>{@code AgreementParty.representativeName} and {@code representativeCapacity}</td>
 * <td>one {@link Representative} of the party with that name and capacity</td></tr>
 * <tr><td>{@code Territory.caf}, the Caf's name as text</td>
 * <td>{@code Territory.competentCaf}, the Caf organisation of that name in the same reference data (created there
 * when none exists)</td></tr>
 * </table>
 * Two steps: while parsing, the old type and the renamed attribute are read as the current ones ({@link #helper});
 * after parsing, the values EMF kept as unknown content are carried over ({@link #migrate}). Elements the migration
 * creates get ids derived from their owner's id, so that migrating the same file twice gives the same file.
 */
public final class FormatMigration {

    private static final String OPERATOR = "Operator";
    private static final Map<String, EStructuralFeature> RENAMED_ORGANISATION_FEATURES = Map.of("nature",
            CtgPackage.Literals.ORGANISATION__OPERATOR_NATURE);

    private FormatMigration() {
    }

    /** The XML helper of a CTG resource: current types and features first, then the older names. */
    static XMLHelper helper(XMLResource resource) {
        return new XMIHelperImpl(resource) {
            /** Set when the type just looked up was an older Operator, for the object about to be created. */
            private boolean operator;

            @Override
            public EClassifier getType(EFactory factory, String typeName) {
                EClassifier type = super.getType(factory, typeName);
                operator = type == null && factory != null && factory.getEPackage() == CtgPackage.eINSTANCE
                        && OPERATOR.equals(typeName);
                return operator ? CtgPackage.Literals.ORGANISATION : type;
            }

            @Override
            public EObject createObject(EFactory factory, EClassifier type) {
                EObject created = super.createObject(factory, type);
                if (operator && created instanceof Organisation organisation) {
                    organisation.setIsOperator(true);
                }
                operator = false;
                return created;
            }

            @Override
            public EStructuralFeature getFeature(EClass eClass, String namespaceURI, String name) {
                EStructuralFeature feature = super.getFeature(eClass, namespaceURI, name);
                if (feature == null && CtgPackage.Literals.ORGANISATION.isSuperTypeOf(eClass)) {
                    feature = RENAMED_ORGANISATION_FEATURES.get(name);
                }
                return feature;
            }
        };
    }

    /** Carries over what the older format kept in attributes the current metamodel no longer has. */
    static void migrate(XMLResource resource) {
        Map<EObject, AnyType> extensions = resource.getEObjectToExtensionMap();
        if (extensions.isEmpty()) {
            return;
        }
        Map<String, Organisation> createdCafs = new HashMap<>();
        for (Map.Entry<EObject, AnyType> entry : new ArrayList<>(extensions.entrySet())) {
            FeatureMap attributes = entry.getValue().getAnyAttribute();
            if (entry.getKey() instanceof AgreementParty party) {
                String name = take(attributes, "representativeName");
                String capacity = take(attributes, "representativeCapacity");
                if (name != null || capacity != null) {
                    Representative representative = CtgFactory.eINSTANCE.createRepresentative();
                    representative.setId(derivedId(party, "representative"));
                    representative.setName(name);
                    representative.setCapacity(capacity);
                    party.getRepresentatives().add(0, representative);
                }
            } else if (entry.getKey() instanceof Territory territory
                    && territory.eContainer() instanceof CtgWorkspace workspace) {
                String caf = take(attributes, "caf");
                if (caf != null && !caf.isBlank() && territory.getCompetentCaf() == null) {
                    territory.setCompetentCaf(caf(workspace, caf.trim(), createdCafs));
                }
            }
            AnyType extension = entry.getValue();
            if (extension.getAnyAttribute().isEmpty() && extension.getAny().isEmpty()
                    && extension.getMixed().isEmpty()) {
                extensions.remove(entry.getKey());
            }
        }
    }

    /** Removes an unknown attribute and returns its value (null when absent). */
    private static String take(FeatureMap attributes, String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (name.equals(attributes.getEStructuralFeature(i).getName())) {
                Object value = attributes.getValue(i);
                attributes.remove(i);
                return value == null ? null : value.toString();
            }
        }
        return null;
    }

    /** The Caf of that name in the reference data (a Caf first, any organisation next), or a new one there. */
    private static Organisation caf(CtgWorkspace workspace, String name, Map<String, Organisation> created) {
        List<Organisation> named = workspace.getOrganisations().stream()
                .filter(o -> o.getName() != null && o.getName().trim().equalsIgnoreCase(name)).toList();
        return named.stream().filter(o -> o.getType() == PartnerType.CAF).findFirst()
                .orElseGet(() -> named.stream().findFirst().orElseGet(() -> created.computeIfAbsent(name, n -> {
                    Organisation caf = CtgFactory.eINSTANCE.createOrganisation();
                    caf.setId(derivedId(workspace, "caf:" + n));
                    caf.setName(n);
                    caf.setType(PartnerType.CAF);
                    workspace.getOrganisations().add(caf);
                    return caf;
                })));
    }

    /** A stable id for an element the migration creates: the same owner and role give the same id. */
    private static String derivedId(Identified owner, String role) {
        return owner.getId() == null ? null
                : "_" + UUID.nameUUIDFromBytes((owner.getId() + "/" + role).getBytes(StandardCharsets.UTF_8));
    }
}
