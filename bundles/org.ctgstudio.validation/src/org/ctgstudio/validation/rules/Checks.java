package org.ctgstudio.validation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.validation.RuleContext;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/** Small facts several rules share. A rule never reasons on an unresolved reference: {@link #known} drops them. */
final class Checks {

    /** Local authorities in the sense of the CTG: communes, EPCI, intermunicipal syndicates. */
    static final Set<PartnerType> LOCAL_AUTHORITIES = EnumSet.of(PartnerType.MUNICIPALITY, PartnerType.EPCI,
            PartnerType.INTERMUNICIPAL_SYNDICATE);
    static final Set<CtgStatus> SIGNED_OR_LATER = EnumSet.of(CtgStatus.SIGNED, CtgStatus.IN_FORCE,
            CtgStatus.EXPIRED, CtgStatus.RENEWED, CtgStatus.TERMINATED);
    private static final Set<CtgStatus> RUNNING = EnumSet.of(CtgStatus.SIGNED, CtgStatus.IN_FORCE,
            CtgStatus.EXPIRED, CtgStatus.RENEWED);

    private Checks() {
    }

    /**
     * The element a reference leads to, or null when the reference is empty or leads nowhere (an element of a file
     * that is missing or no longer holds it: rule CTG-MOD-02 reports it).
     */
    static <T extends EObject> T known(T element) {
        return element == null || element.eIsProxy() ? null : element;
    }

    /** The elements of a reference list that can be found. */
    static <T extends EObject> List<T> known(List<T> elements) {
        return elements.stream().filter(e -> !e.eIsProxy()).toList();
    }

    /** A population that is known: null when not stated (or stated as 0, which no commune has). */
    static Integer population(Integer population) {
        return population == null || population <= 0 ? null : population;
    }

    static boolean isLocalAuthority(Organisation organisation) {
        return organisation != null && LOCAL_AUTHORITIES.contains(organisation.getType());
    }

    static boolean isSigned(GlobalTerritorialAgreement agreement) {
        return agreement != null && SIGNED_OR_LATER.contains(agreement.getStatus());
    }

    static List<Organisation> signatories(GlobalTerritorialAgreement agreement) {
        return agreement.getParties().stream().filter(p -> p.getRole() == PartyRole.SIGNATORY)
                .map(AgreementParty::getOrganisation).map(Checks::known).filter(o -> o != null).toList();
    }

    /** The themes of the convention's intervention fields. */
    static Set<ThematicDomain> themes(GlobalTerritorialAgreement agreement) {
        Set<ThematicDomain> themes = new LinkedHashSet<>();
        for (InterventionField field : agreement.getInterventionFields()) {
            if (field.getTheme() != null) {
                themes.add(field.getTheme());
            }
        }
        return themes;
    }

    /** A parameter listing enumeration literals by name: "EARLY_CHILDHOOD,YOUTH". */
    static <E extends Enum<E>> Set<E> literals(RuleContext context, String key, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        String value = context.parameters().value(key);
        for (String name : value == null ? new String[0] : value.split(",")) {
            if (!name.isBlank()) {
                values.add(Enum.valueOf(type, name.trim()));
            }
        }
        return values;
    }

    /** The conventions (signed or later) whose territory holds each commune, computed once per run. */
    static List<GlobalTerritorialAgreement> agreementsOf(Municipality municipality, RuleContext context) {
        Map<Municipality, List<GlobalTerritorialAgreement>> index = context.cached("agreementsByMunicipality", () -> {
            Map<Municipality, List<GlobalTerritorialAgreement>> byMunicipality = new HashMap<>();
            for (GlobalTerritorialAgreement agreement : context.agreementsInScope()) {
                Territory territory = known(agreement.getTerritory());
                if (territory != null && RUNNING.contains(agreement.getStatus())) {
                    for (Municipality m : known(territory.getMunicipalities())) {
                        byMunicipality.computeIfAbsent(m, k -> new ArrayList<>()).add(agreement);
                    }
                }
            }
            return byMunicipality;
        });
        return index.getOrDefault(municipality, List.of());
    }

    static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return day == null || start == null || end == null || !day.isBefore(start) && !day.isAfter(end);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** "Petite enfance (0–3 ans) et Jeunesse (12–25 ans)". */
    static String labels(Iterable<? extends Enumerator> literals) {
        List<String> labels = new ArrayList<>();
        literals.forEach(literal -> labels.add(CtgLabels.literal(literal)));
        return names(labels);
    }

    /** A name between quotes (« … » in French), unless it holds quotes itself: Micro-crèche « Les Lucioles ». */
    static String quoted(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        return name.contains("\u00AB") || name.contains("\"") ? name : CtgRules.MESSAGES.format("quoted", name);
    }

    /** "A, B et C" (English: "A, B and C"). */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return CtgRules.MESSAGES.format("list.last", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }
}
