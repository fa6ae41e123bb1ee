package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.SchemeType;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.TerritoryType;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.PartnerCommitment;
import org.ctgstudio.model.funding.TerritoryBonus;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.EvaluationType;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.Measurement;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.template.AnnexTemplate;
import org.ctgstudio.model.template.ArticleTemplate;
import org.ctgstudio.model.template.CommitteeTemplate;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplateStatus;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EObject;

/** Rules on the convention as a whole: signatories, dates and duration, themes, diagnosis, template, funding balance. */
final class AgreementRules {

    private static final Set<CtgStatus> SIGNED_OR_LATER = EnumSet.of(CtgStatus.SIGNED, CtgStatus.IN_FORCE,
            CtgStatus.EXPIRED, CtgStatus.RENEWED, CtgStatus.TERMINATED);
    private static final Set<TerritoryType> INTERMUNICIPAL = EnumSet.of(TerritoryType.COMMUNITY_OF_COMMUNES,
            TerritoryType.AGGLOMERATION_COMMUNITY, TerritoryType.URBAN_COMMUNITY, TerritoryType.METROPOLIS,
            TerritoryType.MUNICIPALITY_GROUP);
    private static final List<org.eclipse.emf.ecore.EClass> AGREEMENT = List
            .of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT);

    private AgreementRules() {
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
                        "OBS MC", AgreementRules::deliberation),
                rule("CTG-SIG-04", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "S11",
                        AgreementRules::memberMunicipalitiesSign),
                rule("CTG-DUR-01", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "MC", (a, c) -> {
                    boolean datesWrong = a.getStartDate() == null || a.getEndDate() == null
                            || !a.getEndDate().isAfter(a.getStartDate());
                    boolean signatureMissing = SIGNED_OR_LATER.contains(a.getStatus()) && a.getSignatureDate() == null;
                    if (datesWrong || signatureMissing) {
                        c.report(a);
                    }
                }),
                rule("CTG-DUR-02", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "S19 S5", (a, c) -> {
                    int min = c.parameters().integer("minYears");
                    int max = c.parameters().integer("maxYears");
                    if (hasPeriod(a) && (a.getDurationYears() < min || a.getDurationYears() > max)) {
                        c.report(a, a.getDurationYears(), min, max);
                    }
                }),
                rule("CTG-DUR-03", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "S4 S6 S5",
                        (a, c) -> {
                            int min = c.parameters().integer("preferredMinYears");
                            int max = c.parameters().integer("preferredMaxYears");
                            if (hasPeriod(a) && (a.getDurationYears() < min || a.getDurationYears() > max)) {
                                c.report(a, a.getDurationYears(), min, max);
                            }
                        }),
                rule("CTG-DUR-04", Severity.WARNING, EObject.class, List.of(PlanPackage.Literals.ACTION,
                        FundingPackage.Literals.FUNDING, PlanPackage.Literals.MEASUREMENT), "MC",
                        AgreementRules::insidePeriod),
                rule("CTG-TER-01", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "S4 S16 S13 S17",
                        (a, c) -> {
                            Territory territory = a.getTerritory();
                            int threshold = c.parameters().integer("communalScaleMinPopulation");
                            if (territory != null && territory.getType() == TerritoryType.MUNICIPALITY
                                    && territory.getPopulation() < threshold) {
                                c.report(a, territory.getPopulation());
                            }
                        }),
                rule("CTG-THE-01", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "S2", (a, c) -> {
                    Set<ThematicDomain> missing = new LinkedHashSet<>(mandatoryThemes(a, c));
                    missing.removeAll(themes(a));
                    if (!missing.isEmpty()) {
                        c.report(a, Checks.labels(missing));
                    }
                }),
                rule("CTG-THE-02", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "S2", (a, c) -> {
                    Set<ThematicDomain> additional = themes(a);
                    additional.removeAll(mandatoryThemes(a, c));
                    ConventionTemplate template = a.getTemplate();
                    int minimum = template != null && !template.eIsProxy() ? template.getMinAdditionalThemes()
                            : c.parameters().integer("minAdditionalThemes");
                    if (additional.size() < minimum) {
                        c.report(a, minimum);
                    }
                }),
                rule("CTG-DIA-01", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "S6 S5", (a, c) -> {
                    if (a.getDiagnosis() == null || a.getDiagnosis().getNeeds().isEmpty()) {
                        c.report(a);
                    }
                }),
                rule("CTG-EVA-01", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "S12 S5", (a, c) -> {
                    LocalDate end = a.getEffectiveEndDate();
                    boolean planned = a.getEvaluations().stream().anyMatch(e -> e.getType() == EvaluationType.FINAL
                            && e.getPlannedDate() != null && (end == null || !e.getPlannedDate().isAfter(end)));
                    if (!planned) {
                        c.report(a);
                    }
                }),
                rule("CTG-FIN-08", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "MC",
                        AgreementRules::fundingWithinCommitments),
                rule("CTG-FIN-09", Severity.INFO, GlobalTerritorialAgreement.class, AGREEMENT, "S11", (a, c) -> {
                    BigDecimal existing = BigDecimal.ZERO;
                    BigDecimal reference = BigDecimal.ZERO;
                    for (Funding funding : a.getFundings()) {
                        if (funding instanceof TerritoryBonus bonus) {
                            BigDecimal newPart = Checks.orZero(bonus.getAmountPerNewPlace())
                                    .multiply(BigDecimal.valueOf(bonus.getNewPlaces()));
                            existing = existing.add(Checks.orZero(bonus.getAmount()).subtract(newPart));
                            reference = reference.add(Checks.orZero(bonus.getReferenceCejAmount()));
                        }
                    }
                    if (existing.compareTo(reference) < 0) {
                        c.report(a, existing, reference);
                    }
                }),
                rule("CTG-LNK-01", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "S1", (a, c) -> {
                    if (a.getSchemeLinks().stream().noneMatch(l -> l.getScheme() == SchemeType.SDSF)) {
                        c.report(a);
                    }
                }),
                rule("CTG-TPL-01", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "MC",
                        AgreementRules::followsTemplate));
    }

    private static boolean hasPeriod(GlobalTerritorialAgreement agreement) {
        return agreement.getStartDate() != null && agreement.getEndDate() != null
                && agreement.getEndDate().isAfter(agreement.getStartDate());
    }

    private static void deliberation(AgreementParty party, RuleContext context) {
        if (party.getRole() != PartyRole.SIGNATORY || !Checks.isLocalAuthority(party.getOrganisation())) {
            return;
        }
        LocalDate deliberation = party.getDeliberationDate();
        LocalDate signature = party.getSignatureDate() != null ? party.getSignatureDate()
                : context.agreement() == null ? null : context.agreement().getSignatureDate();
        if (deliberation == null || signature != null && deliberation.isAfter(signature)) {
            context.report(party, party.getOrganisation().getName());
        }
    }

    private static void memberMunicipalitiesSign(GlobalTerritorialAgreement agreement, RuleContext context) {
        Territory territory = agreement.getTerritory();
        if (territory == null || !INTERMUNICIPAL.contains(territory.getType())
                || !context.parameters().bool("requireMemberMunicipalities")) {
            return;
        }
        Set<Municipality> signing = new LinkedHashSet<>();
        for (Organisation organisation : Checks.signatories(agreement)) {
            if (organisation.getMunicipality() != null) {
                signing.add(organisation.getMunicipality());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Municipality municipality : territory.getMunicipalities()) {
            if (!signing.contains(municipality)) {
                missing.add(municipality.getName());
            }
        }
        if (!missing.isEmpty()) {
            context.report(agreement, Checks.names(missing));
        }
    }

    private static void insidePeriod(EObject element, RuleContext context) {
        GlobalTerritorialAgreement agreement = context.agreement();
        if (agreement == null || agreement.getStartDate() == null || agreement.getEffectiveEndDate() == null) {
            return;
        }
        LocalDate start = agreement.getStartDate();
        LocalDate end = agreement.getEffectiveEndDate();
        boolean outside = switch (element) {
            case Action action -> !Checks.within(action.getStartDate(), start, end)
                    || !Checks.within(action.getDueDate(), start, end);
            case Funding funding -> funding.getYear() != 0
                    && (funding.getYear() < start.getYear() || funding.getYear() > end.getYear());
            case Measurement measurement -> !Checks.within(measurement.getDate(), start, end);
            default -> false;
        };
        if (outside) {
            context.report(element, RuleContext.label(element));
        }
    }

    private static Set<ThematicDomain> themes(GlobalTerritorialAgreement agreement) {
        Set<ThematicDomain> themes = new LinkedHashSet<>();
        for (InterventionField field : agreement.getInterventionFields()) {
            if (field.getTheme() != null) {
                themes.add(field.getTheme());
            }
        }
        return themes;
    }

    /** The template's mandatory themes, else the parameter (EARLY_CHILDHOOD, YOUTH, PARENTING by default). */
    private static Set<ThematicDomain> mandatoryThemes(GlobalTerritorialAgreement agreement, RuleContext context) {
        ConventionTemplate template = agreement.getTemplate();
        if (template != null && !template.eIsProxy() && !template.getMandatoryThemes().isEmpty()) {
            return new LinkedHashSet<>(template.getMandatoryThemes());
        }
        Set<ThematicDomain> themes = new LinkedHashSet<>();
        for (String name : context.parameters().value("mandatoryThemes").split(",")) {
            themes.add(ThematicDomain.getByName(name.trim()));
        }
        return themes;
    }

    private static void fundingWithinCommitments(GlobalTerritorialAgreement agreement, RuleContext context) {
        Map<Organisation, Map<Integer, BigDecimal>> funded = new HashMap<>();
        for (Funding funding : agreement.getFundings()) {
            if (funding.getFunder() != null && funding.getAmount() != null) {
                funded.computeIfAbsent(funding.getFunder(), k -> new java.util.TreeMap<>())
                        .merge(funding.getYear(), funding.getAmount(), BigDecimal::add);
            }
        }
        Map<Organisation, Map<Integer, BigDecimal>> committed = new HashMap<>();
        for (PartnerCommitment commitment : agreement.getCommitments()) {
            if (commitment.getPartner() != null && commitment.getAmount() != null) {
                committed.computeIfAbsent(commitment.getPartner(), k -> new HashMap<>())
                        .merge(commitment.getYear(), commitment.getAmount(), BigDecimal::add);
            }
        }
        funded.forEach((funder, byYear) -> byYear.forEach((year, amount) -> {
            BigDecimal means = committed.getOrDefault(funder, Map.of()).getOrDefault(year, BigDecimal.ZERO);
            if (amount.compareTo(means) > 0) {
                context.report(agreement, funder.getName(), String.valueOf(year));
            }
        }));
    }

    private static void followsTemplate(GlobalTerritorialAgreement agreement, RuleContext context) {
        ConventionTemplate template = agreement.getTemplate();
        if (template == null || template.eIsProxy()) {
            return;
        }
        if (template.getStatus() != TemplateStatus.PUBLISHED) {
            context.report(agreement, RuleContext.label(template));
        }
        Set<Object> present = new LinkedHashSet<>();
        agreement.getArticles().stream().map(ArticleInstance::getTemplate).forEach(present::add);
        agreement.getAnnexes().stream().map(AnnexInstance::getTemplate).forEach(present::add);
        for (ArticleTemplate article : template.getArticleTemplates()) {
            if (article.isIsMandatory() && !present.contains(article)) {
                context.report(agreement, RuleContext.label(article));
            }
        }
        for (AnnexTemplate annex : template.getAnnexTemplates()) {
            if (annex.isIsMandatory() && !present.contains(annex)) {
                context.report(agreement, RuleContext.label(annex));
            }
        }
        if (template.getGovernanceSkeleton() != null) {
            for (CommitteeTemplate committee : template.getGovernanceSkeleton().getCommittees()) {
                boolean exists = agreement.getGovernance() != null && agreement.getGovernance().getCommittees()
                        .stream().map(Committee::getType).anyMatch(t -> t == committee.getType());
                if (committee.isIsMandatory() && !exists) {
                    context.report(agreement, RuleContext.label(committee));
                }
            }
        }
    }
}
