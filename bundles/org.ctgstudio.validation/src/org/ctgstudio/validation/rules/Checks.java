package org.ctgstudio.validation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.eclipse.emf.common.util.Enumerator;

/** Small facts several rules share. */
final class Checks {

    /** Local authorities in the sense of the CTG: communes, EPCI, intermunicipal syndicates. */
    static final Set<PartnerType> LOCAL_AUTHORITIES = EnumSet.of(PartnerType.MUNICIPALITY, PartnerType.EPCI,
            PartnerType.INTERMUNICIPAL_SYNDICATE);

    private Checks() {
    }

    static boolean isLocalAuthority(Organisation organisation) {
        return organisation != null && LOCAL_AUTHORITIES.contains(organisation.getType());
    }

    static List<Organisation> signatories(GlobalTerritorialAgreement agreement) {
        return agreement.getParties().stream().filter(p -> p.getRole() == PartyRole.SIGNATORY)
                .map(AgreementParty::getOrganisation).filter(o -> o != null).toList();
    }

    static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return day == null || start == null || end == null || !day.isBefore(start) && !day.isAfter(end);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** "Petite enfance (0–3 ans), Jeunesse (12–25 ans)". */
    static String labels(Iterable<? extends Enumerator> literals) {
        StringBuilder text = new StringBuilder();
        for (Enumerator literal : literals) {
            text.append(text.length() == 0 ? "" : ", ").append(CtgLabels.literal(literal));
        }
        return text.toString();
    }

    static String names(List<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }
}
