package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

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
import org.ctgstudio.model.Competence;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.TerritoryType;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EClass;

/** Rules CTG-SIG-*: who signs the convention, and the deliberations that authorise it. */
final class SignatoryRules {

    private static final Set<TerritoryType> INTERMUNICIPAL = EnumSet.of(TerritoryType.COMMUNITY_OF_COMMUNES,
            TerritoryType.AGGLOMERATION_COMMUNITY, TerritoryType.URBAN_COMMUNITY, TerritoryType.METROPOLIS,
            TerritoryType.MUNICIPALITY_GROUP);
    private static final List<EClass> AGREEMENT = List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT);

    private SignatoryRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-SIG-01", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "S5", (a, c) -> {
                    if (Checks.signatories(a).stream().noneMatch(o -> o.getType() == PartnerType.CAF)) {
                        c.report(a);
                    }
                }),
                rule("CTG-SIG-02", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "S5 S15", (a, c) -> {
                    if (Checks.signatories(a).stream().noneMatch(Checks::isLocalAuthority)) {
                        c.report(a);
                    }
                }),
                rule("CTG-SIG-03", Severity.ERROR, AgreementParty.class, List.of(CtgPackage.Literals.AGREEMENT_PARTY),
                        "OBS MC", SignatoryRules::deliberation),
                rule("CTG-SIG-04", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "S11",
                        SignatoryRules::communesKeepingACompetenceSign));
    }

    /** A signing local authority deliberated before it signed (the finding names the party: the text does not). */
    private static void deliberation(AgreementParty party, RuleContext context) {
        if (party.getRole() != PartyRole.SIGNATORY || !Checks.isLocalAuthority(Checks.known(party.getOrganisation()))) {
            return;
        }
        LocalDate deliberation = party.getDeliberationDate();
        LocalDate signature = party.getSignatureDate() != null ? party.getSignatureDate()
                : context.agreement() == null ? null : context.agreement().getSignatureDate();
        if (deliberation == null) {
            context.reportCase(party, "missing");
        } else if (signature != null && deliberation.isAfter(signature)) {
            context.reportCase(party, "later", CtgLabels.date(deliberation), CtgLabels.date(signature));
        }
    }

    /**
     * On an intercommunal territory, the member communes that keep a competence the convention acts on (not
     * transferred to the EPCI) must sign, when the Caf asks for it ({@code requireMemberMunicipalities}). The
     * competences that matter are the convention's themes among {@code signatureCompetenceThemes} (those the bonus
     * territoire funds). A commune whose competence was transferred need not sign; a theme without a recorded
     * competence stays with the communes, and the message then says that the competences are not recorded.
     */
    private static void communesKeepingACompetenceSign(GlobalTerritorialAgreement agreement, RuleContext context) {
        Territory territory = Checks.known(agreement.getTerritory());
        if (territory == null || !INTERMUNICIPAL.contains(territory.getType())
                || !context.parameters().bool("requireMemberMunicipalities")) {
            return;
        }
        Set<ThematicDomain> themes = Checks.themes(agreement);
        themes.retainAll(Checks.literals(context, "signatureCompetenceThemes", ThematicDomain.class));
        if (themes.isEmpty()) {
            return;
        }
        Set<Municipality> signing = new LinkedHashSet<>();
        for (Organisation organisation : Checks.signatories(agreement)) {
            if (Checks.known(organisation.getMunicipality()) != null) {
                signing.add(organisation.getMunicipality());
            }
        }
        boolean recorded = territory.getCompetences().stream().anyMatch(k -> themes.contains(k.getTheme()));
        List<String> missing = new ArrayList<>();
        Map<Set<ThematicDomain>, String> labels = new HashMap<>(); // most communes keep the same themes
        for (Municipality municipality : Checks.known(territory.getMunicipalities())) {
            Set<ThematicDomain> kept = EnumSet.noneOf(ThematicDomain.class);
            for (ThematicDomain theme : themes) {
                if (keeps(territory, municipality, theme)) {
                    kept.add(theme);
                }
            }
            if (!kept.isEmpty() && !signing.contains(municipality)) {
                missing.add(CtgRules.MESSAGES.format("detail.communeKeeps", municipality.getName(),
                        labels.computeIfAbsent(kept, Checks::labels)));
            }
        }
        if (!missing.isEmpty()) {
            context.reportCaseWithDetails(agreement, recorded ? "keep" : "unrecorded", missing, missing.size());
        }
    }

    /** Whether a member commune holds a competence: transferred ones only where the commune kept it. */
    static boolean keeps(Territory territory, Municipality municipality, ThematicDomain theme) {
        for (Competence competence : territory.getCompetences()) {
            if (competence.getTheme() == theme) {
                return !competence.isIsTransferred() || competence.getRetainingMunicipalities().contains(municipality);
            }
        }
        return true;
    }
}
