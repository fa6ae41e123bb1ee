package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.SchemeType;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.SupplyFigure;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.Measurement;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.template.AnnexTemplate;
import org.ctgstudio.model.template.ArticleTemplate;
import org.ctgstudio.model.template.CommitteeTemplate;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplateStatus;
import org.ctgstudio.model.util.AgreementDates;
import org.ctgstudio.model.util.ApproximateDates;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** Rules CTG-DUR-*, CTG-THE-*, CTG-TPL-*, CTG-LNK-*: dates and duration, themes, template, links. */
final class AgreementRules {

    private static final List<EClass> AGREEMENT = List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT);

    private AgreementRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-DUR-01", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "MC",
                        AgreementRules::consistentDates),
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
                rule("CTG-THE-01", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "S2", (a, c) -> {
                    Set<ThematicDomain> missing = new LinkedHashSet<>(mandatoryThemes(a, c));
                    missing.removeAll(Checks.themes(a));
                    if (!missing.isEmpty()) {
                        c.report(a, missing.size(), Checks.labels(missing));
                    }
                }),
                rule("CTG-THE-02", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "S2", (a, c) -> {
                    // A transversal theme (coordination of the partnership) is no field of intervention.
                    Set<ThematicDomain> additional = Checks.themes(a);
                    additional.removeAll(mandatoryThemes(a, c));
                    additional.removeAll(Checks.literals(c, "transversalThemes", ThematicDomain.class));
                    ConventionTemplate template = Checks.known(a.getTemplate());
                    int minimum = template != null ? template.getMinAdditionalThemes()
                            : c.parameters().integer("minAdditionalThemes");
                    if (additional.size() < minimum) {
                        c.report(a, minimum);
                    }
                }),
                rule("CTG-TPL-01", Severity.ERROR, GlobalTerritorialAgreement.class, AGREEMENT, "MC",
                        AgreementRules::followsTemplate),
                rule("CTG-TPL-02", Severity.INFO, GlobalTerritorialAgreement.class, AGREEMENT, "MC", (a, c) -> {
                    ConventionTemplate template = Checks.known(a.getTemplate());
                    Territory territory = Checks.known(a.getTerritory());
                    Organisation owner = template == null ? null : Checks.known(template.getCaf());
                    Organisation competent = territory == null ? null : Checks.known(territory.getCompetentCaf());
                    if (owner != null && competent != null && owner != competent) {
                        c.report(a, Checks.quoted(owner.getName()), Checks.quoted(competent.getName()));
                    }
                }),
                rule("CTG-LNK-01", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "S1", (a, c) -> {
                    if (a.getSchemeLinks().stream().noneMatch(l -> l.getScheme() == SchemeType.SDSF)) {
                        c.report(a);
                    }
                }),
                rule("CTG-LNK-02", Severity.INFO, Municipality.class, List.of(CtgPackage.Literals.MUNICIPALITY),
                        "S22", AgreementRules::earlyChildhoodRelay));
    }

    private static boolean hasPeriod(GlobalTerritorialAgreement agreement) {
        return agreement.getStartDate() != null && agreement.getEndDate() != null
                && agreement.getEndDate().isAfter(agreement.getStartDate());
    }

    /** One cause per finding: a date missing, the end not after the start, no signature date once signed. */
    private static void consistentDates(GlobalTerritorialAgreement agreement, RuleContext context) {
        LocalDate start = agreement.getStartDate();
        LocalDate end = agreement.getEndDate();
        if (start == null && end == null) {
            context.reportCase(agreement, "noDates");
        } else if (start == null) {
            context.reportCase(agreement, "noStart");
        } else if (end == null) {
            context.reportCase(agreement, "noEnd");
        } else if (!end.isAfter(start)) {
            context.reportCase(agreement, "endBeforeStart", CtgLabels.date(end), CtgLabels.date(start));
        }
        if (Checks.isSigned(agreement) && agreement.getSignatureDate() == null) {
            context.reportCase(agreement, "noSignature", CtgLabels.literal(agreement.getStatus()));
        }
    }

    /** Dates inside the period after amendments; an approximate date is outside only if all its days are. */
    private static void insidePeriod(EObject element, RuleContext context) {
        GlobalTerritorialAgreement agreement = context.agreement();
        if (agreement == null || agreement.getStartDate() == null || agreement.getEffectiveEndDate() == null) {
            return;
        }
        LocalDate start = agreement.getStartDate();
        LocalDate end = agreement.getEffectiveEndDate();
        switch (element) {
            case Action action -> {
                if (outside(action.getStartDate(), action.getStartDatePrecision(), start, end)) {
                    context.reportCase(action, "start",
                            CtgLabels.date(action.getStartDate(), action.getStartDatePrecision()),
                            CtgLabels.date(start), CtgLabels.date(end));
                }
                if (outside(action.getDueDate(), action.getDueDatePrecision(), start, end)) {
                    context.reportCase(action, "due", CtgLabels.date(action.getDueDate(), action.getDueDatePrecision()),
                            CtgLabels.date(start), CtgLabels.date(end));
                }
            }
            case Funding funding -> {
                if (funding.getYear() != 0 && (funding.getYear() < start.getYear() || funding.getYear() > end.getYear())) {
                    context.reportCase(funding, "year", String.valueOf(funding.getYear()), CtgLabels.date(start),
                            CtgLabels.date(end));
                }
            }
            case Measurement measurement -> {
                if (outside(measurement.getDate(), DatePrecision.EXACT, start, end)) {
                    context.reportCase(measurement, "measurement", CtgLabels.date(measurement.getDate()),
                            CtgLabels.date(start), CtgLabels.date(end));
                }
            }
            default -> {
                // no dates to check
            }
        }
    }

    private static boolean outside(LocalDate date, DatePrecision precision, LocalDate start, LocalDate end) {
        return ApproximateDates.certainlyBefore(date, precision, start)
                || ApproximateDates.certainlyAfter(date, precision, end);
    }

    /** The template's mandatory themes, else the parameter (EARLY_CHILDHOOD, YOUTH, PARENTING by default). */
    private static Set<ThematicDomain> mandatoryThemes(GlobalTerritorialAgreement agreement, RuleContext context) {
        ConventionTemplate template = Checks.known(agreement.getTemplate());
        if (template != null && !template.getMandatoryThemes().isEmpty()) {
            return new LinkedHashSet<>(template.getMandatoryThemes());
        }
        return Checks.literals(context, "mandatoryThemes", ThematicDomain.class);
    }

    private static void followsTemplate(GlobalTerritorialAgreement agreement, RuleContext context) {
        ConventionTemplate template = Checks.known(agreement.getTemplate());
        if (template == null) {
            return;
        }
        if (template.getStatus() != TemplateStatus.PUBLISHED) {
            context.reportCase(agreement, "unpublished", Checks.quoted(RuleContext.label(template)),
                    CtgLabels.literal(template.getStatus()));
        }
        Set<Object> present = new LinkedHashSet<>();
        agreement.getArticles().stream().map(ArticleInstance::getTemplate).forEach(present::add);
        agreement.getAnnexes().stream().map(AnnexInstance::getTemplate).forEach(present::add);
        List<String> missing = new ArrayList<>();
        for (ArticleTemplate article : template.getArticleTemplates()) {
            if (article.isIsMandatory() && !present.contains(article)) {
                missing.add(RuleContext.label(article));
            }
        }
        for (AnnexTemplate annex : template.getAnnexTemplates()) {
            if (annex.isIsMandatory() && !present.contains(annex)) {
                missing.add(RuleContext.label(annex));
            }
        }
        if (template.getGovernanceSkeleton() != null) {
            for (CommitteeTemplate committee : template.getGovernanceSkeleton().getCommittees()) {
                boolean exists = agreement.getGovernance() != null && agreement.getGovernance().getCommittees()
                        .stream().map(Committee::getType).anyMatch(t -> t == committee.getType());
                if (committee.isIsMandatory() && !exists) {
                    missing.add(RuleContext.label(committee));
                }
            }
        }
        if (missing.size() == 1) {
            context.reportCase(agreement, "missing", missing.get(0));
        } else if (!missing.isEmpty()) {
            context.reportCaseWithDetails(agreement, "missingSeveral", missing, missing.size());
        }
    }

    /**
     * From {@code sppeStartYear}, a commune above {@code sppeMinPopulation} inhabitants covered by a CTG is served by
     * a relais petite enfance: a facility of the convention or an RPE of its diagnosed supply (the commune's or the
     * whole territory's).
     */
    private static void earlyChildhoodRelay(Municipality municipality, RuleContext context) {
        int threshold = context.parameters().integer("sppeMinPopulation");
        Integer population = Checks.population(municipality.getPopulation());
        if (population == null || population <= threshold) {
            return;
        }
        LocalDate from = LocalDate.of(context.parameters().integer("sppeStartYear"), 1, 1);
        for (GlobalTerritorialAgreement agreement : Checks.agreementsOf(municipality, context)) {
            LocalDate end = AgreementDates.effectiveEndDate(agreement);
            boolean concerned = end != null && !end.isBefore(from);
            boolean facility = agreement.getFacilities().stream().anyMatch(f -> f.getType() == FacilityType.RPE);
            boolean supply = agreement.getDiagnosis() != null && agreement.getDiagnosis().getSupplyFigures().stream()
                    .anyMatch(s -> servesWithRelay(s, municipality));
            if (concerned && !facility && !supply) {
                context.report(municipality, threshold);
                return;
            }
        }
    }

    private static boolean servesWithRelay(SupplyFigure supply, Municipality municipality) {
        Municipality where = Checks.known(supply.getMunicipality());
        boolean counted = supply.getCount() == null || supply.getCount() > 0;
        return supply.getFacilityType() == FacilityType.RPE && counted
                && (supply.getMunicipality() == null || where == municipality);
    }
}
