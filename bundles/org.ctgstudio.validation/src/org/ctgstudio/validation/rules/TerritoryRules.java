package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ctgstudio.coverage.CoverageCalculator;
import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.AreaCharacter;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.TerritoryType;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.deployment.TrajectoryPoint;
import org.ctgstudio.model.util.AgreementDates;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EObject;

/** Rules CTG-TER-* and CTG-COV-*: territories and communes, across conventions, and the Caf's coverage. */
final class TerritoryRules {

    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");

    private TerritoryRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-TER-01", Severity.WARNING, GlobalTerritorialAgreement.class,
                        List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT), "S4 S16 S13 S17",
                        TerritoryRules::communalScale),
                rule("CTG-TER-02", Severity.WARNING, Territory.class, List.of(CtgPackage.Literals.TERRITORY), "MC",
                        (t, c) -> {
                            Integer population = Checks.population(t.getPopulation());
                            List<Municipality> communes = Checks.known(t.getMunicipalities());
                            if (communes.isEmpty() || population == null
                                    || communes.stream().anyMatch(m -> Checks.population(m.getPopulation()) == null)) {
                                return; // an unknown population is reported by CTG-TER-05, never summed as 0
                            }
                            long sum = communes.stream().mapToLong(Municipality::getPopulation).sum();
                            BigDecimal tolerance = c.parameters().decimal("populationTolerancePct")
                                    .multiply(BigDecimal.valueOf(sum)).divide(BigDecimal.valueOf(100));
                            if (BigDecimal.valueOf(Math.abs(population - sum)).compareTo(tolerance) > 0) {
                                c.report(t, population, sum);
                            }
                        }),
                rule("CTG-TER-03", Severity.ERROR, Municipality.class, List.of(CtgPackage.Literals.MUNICIPALITY),
                        "MC", (m, c) -> {
                            String code = m.getInseeCode();
                            if (code == null || code.isBlank()) {
                                c.reportCase(m, "missing");
                            } else if (!INSEE.matcher(code).matches()) {
                                c.reportCase(m, "invalid", code);
                            } else if (duplicates(m, c) > 1) {
                                c.reportCase(m, "duplicate", code);
                            }
                        }),
                rule("CTG-TER-04", Severity.WARNING, Municipality.class, List.of(CtgPackage.Literals.MUNICIPALITY),
                        "MC", TerritoryRules::coveredTwice),
                rule("CTG-TER-05", Severity.WARNING, EObject.class,
                        List.of(CtgPackage.Literals.TERRITORY, CtgPackage.Literals.MUNICIPALITY), "MC", (e, c) -> {
                            Integer population = e instanceof Territory t ? t.getPopulation()
                                    : ((Municipality) e).getPopulation();
                            if (population == null) {
                                c.reportCase(e, "unknown");
                            } else if (population <= 0) {
                                c.reportCase(e, "zero", population);
                            }
                        }),
                rule("CTG-COV-01", Severity.WARNING, CafDeploymentPlan.class,
                        List.of(DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN), "MC", (plan, c) -> {
                            Map<Municipality, Integer> entries = new LinkedHashMap<>();
                            for (DeploymentEntry entry : plan.getEntries()) {
                                Territory territory = Checks.known(entry.getTerritory());
                                if (territory != null) {
                                    for (Municipality m : Set.copyOf(Checks.known(territory.getMunicipalities()))) {
                                        entries.merge(m, 1, Integer::sum);
                                    }
                                }
                            }
                            List<String> repeated = new ArrayList<>();
                            entries.forEach((m, n) -> {
                                if (n > 1) {
                                    repeated.add(m.getName());
                                }
                            });
                            if (!repeated.isEmpty()) {
                                c.reportCaseWithDetails(plan, "repeated", repeated, repeated.size());
                            }
                        }),
                // Computed here from the plan, not read from its transient snapshots (which only the Couverture
                // page fills): a plan loaded from disk gets the same findings in batch, on the command line and in
                // the editor. Reported on the trajectory point, a saved element the marker can lead back to.
                rule("CTG-COV-02", Severity.WARNING, TrajectoryPoint.class,
                        List.of(DeploymentPackage.Literals.TRAJECTORY_POINT), "S4", (point, c) -> {
                            if (!(point.eContainer() instanceof CafDeploymentPlan plan)
                                    || point.getTargetRate() == null) {
                                return;
                            }
                            YearCoverage year = c.cached("coverage:" + System.identityHashCode(plan),
                                    () -> coverageByYear(plan)).get(point.getYear());
                            if (year != null && !year.meetsTarget()) {
                                c.report(point, String.valueOf(year.year()), year.rate(), year.target());
                            }
                        }));
    }

    /** The plan's coverage for each of its trajectory years (exact figures decide whether a target is met). */
    private static Map<Integer, YearCoverage> coverageByYear(CafDeploymentPlan plan) {
        Map<Integer, YearCoverage> byYear = new HashMap<>();
        int[] range = CoverageCalculator.years(plan);
        if (range.length == 2) {
            CoverageCalculator.compute(plan, range[0], range[1]).forEach(year -> byYear.put(year.year(), year));
        }
        return byYear;
    }

    /**
     * A communal CTG is for large urban towns only: the Caf's methodology looks at the population
     * ({@code communalScaleMinPopulation}) and at the commune's character, whatever its population: a character
     * outside {@code communalScaleUrbanCharacters} (rural, periurban) or, when {@code communalScaleNewMunicipalityRural},
     * a commune nouvelle not stated to be urban, calls for the intercommunal level. An unknown population is no
     * « 0 habitants »: it is reported by CTG-TER-05.
     */
    private static void communalScale(GlobalTerritorialAgreement agreement, RuleContext context) {
        Territory territory = Checks.known(agreement.getTerritory());
        if (territory == null || territory.getType() != TerritoryType.MUNICIPALITY) {
            return;
        }
        int threshold = context.parameters().integer("communalScaleMinPopulation");
        Integer population = Checks.population(territory.getPopulation());
        AreaCharacter character = territory.getCharacter();
        Set<AreaCharacter> urban = Checks.literals(context, "communalScaleUrbanCharacters", AreaCharacter.class);
        List<Municipality> communes = Checks.known(territory.getMunicipalities());
        boolean newMunicipality = communes.size() == 1 && communes.get(0).isIsNewMunicipality();
        if (population != null && population < threshold) {
            context.reportCase(agreement, "small", population, threshold);
        } else if (character != AreaCharacter.NOT_SPECIFIED && !urban.contains(character)) {
            context.reportCase(agreement, "character", CtgLabels.literal(character));
        } else if (newMunicipality && !urban.contains(character)
                && context.parameters().bool("communalScaleNewMunicipalityRural")) {
            context.reportCase(agreement, "newMunicipality");
        }
    }

    /** How many communes of the same reference data carry this commune's INSEE code. */
    private static long duplicates(Municipality municipality, RuleContext context) {
        EObject container = municipality.eContainer();
        Map<String, Long> counts = context.cached("insee:" + System.identityHashCode(container), () -> {
            Map<String, Long> byCode = new HashMap<>();
            if (container != null) {
                for (EObject sibling : container.eContents()) {
                    if (sibling instanceof Municipality m && m.getInseeCode() != null) {
                        byCode.merge(m.getInseeCode(), 1L, Long::sum);
                    }
                }
            }
            return byCode;
        });
        return counts.getOrDefault(municipality.getInseeCode(), 0L);
    }

    private static void coveredTwice(Municipality municipality, RuleContext context) {
        List<GlobalTerritorialAgreement> agreements = Checks.agreementsOf(municipality, context);
        for (int i = 0; i < agreements.size(); i++) {
            for (int j = i + 1; j < agreements.size(); j++) {
                if (overlap(agreements.get(i), agreements.get(j))) {
                    context.report(municipality, Checks.quoted(RuleContext.label(agreements.get(i))),
                            Checks.quoted(RuleContext.label(agreements.get(j))));
                    return;
                }
            }
        }
    }

    private static boolean overlap(GlobalTerritorialAgreement a, GlobalTerritorialAgreement b) {
        LocalDate aEnd = AgreementDates.effectiveEndDate(a);
        LocalDate bEnd = AgreementDates.effectiveEndDate(b);
        return a.getStartDate() != null && b.getStartDate() != null && aEnd != null && bEnd != null
                && !a.getStartDate().isAfter(bEnd) && !b.getStartDate().isAfter(aEnd);
    }
}
