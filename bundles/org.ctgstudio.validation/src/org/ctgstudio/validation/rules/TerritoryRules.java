package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ctgstudio.coverage.CoverageCalculator;
import org.ctgstudio.coverage.CoverageCalculator.YearCoverage;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.deployment.TrajectoryPoint;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.util.AgreementDates;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EObject;

/** Rules on territories and communes, across conventions, and on the Caf's coverage. */
final class TerritoryRules {

    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Set<CtgStatus> RUNNING = EnumSet.of(CtgStatus.SIGNED, CtgStatus.IN_FORCE,
            CtgStatus.EXPIRED, CtgStatus.RENEWED);

    private TerritoryRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-TER-02", Severity.WARNING, Territory.class, List.of(CtgPackage.Literals.TERRITORY), "MC",
                        (t, c) -> {
                            if (t.getMunicipalities().isEmpty() || t.getPopulation() <= 0) {
                                return;
                            }
                            long sum = t.getMunicipalities().stream().mapToLong(Municipality::getPopulation).sum();
                            BigDecimal tolerance = c.parameters().decimal("populationTolerancePct")
                                    .multiply(BigDecimal.valueOf(sum)).divide(BigDecimal.valueOf(100));
                            if (BigDecimal.valueOf(Math.abs(t.getPopulation() - sum)).compareTo(tolerance) > 0) {
                                c.report(t, t.getPopulation(), sum);
                            }
                        }),
                rule("CTG-TER-03", Severity.ERROR, Municipality.class, List.of(CtgPackage.Literals.MUNICIPALITY),
                        "MC", (m, c) -> {
                            String code = m.getInseeCode();
                            if (code == null || !INSEE.matcher(code).matches() || duplicates(m, c) > 1) {
                                c.report(m, code == null ? "" : code);
                            }
                        }),
                rule("CTG-TER-04", Severity.WARNING, Municipality.class, List.of(CtgPackage.Literals.MUNICIPALITY),
                        "MC", TerritoryRules::coveredTwice),
                rule("CTG-LNK-02", Severity.INFO, Municipality.class, List.of(CtgPackage.Literals.MUNICIPALITY),
                        "S22", TerritoryRules::earlyChildhoodRelay),
                rule("CTG-COV-01", Severity.WARNING, CafDeploymentPlan.class,
                        List.of(DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN), "MC", (plan, c) -> {
                            Map<Municipality, Integer> entries = new LinkedHashMap<>();
                            for (DeploymentEntry entry : plan.getEntries()) {
                                if (entry.getTerritory() != null) {
                                    for (Municipality m : Set.copyOf(entry.getTerritory().getMunicipalities())) {
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
                                c.report(plan, Checks.names(repeated));
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

    /** The conventions (signed or later) whose territory holds each commune, computed once per run. */
    private static List<GlobalTerritorialAgreement> agreementsOf(Municipality municipality, RuleContext context) {
        Map<Municipality, List<GlobalTerritorialAgreement>> index = context.cached("agreementsByMunicipality", () -> {
            Map<Municipality, List<GlobalTerritorialAgreement>> byMunicipality = new HashMap<>();
            for (GlobalTerritorialAgreement agreement : context.agreementsInScope()) {
                if (agreement.getTerritory() != null && RUNNING.contains(agreement.getStatus())) {
                    for (Municipality m : agreement.getTerritory().getMunicipalities()) {
                        byMunicipality.computeIfAbsent(m, k -> new ArrayList<>()).add(agreement);
                    }
                }
            }
            return byMunicipality;
        });
        return index.getOrDefault(municipality, List.of());
    }

    private static void coveredTwice(Municipality municipality, RuleContext context) {
        List<GlobalTerritorialAgreement> agreements = agreementsOf(municipality, context);
        for (int i = 0; i < agreements.size(); i++) {
            for (int j = i + 1; j < agreements.size(); j++) {
                if (overlap(agreements.get(i), agreements.get(j))) {
                    context.report(municipality, municipality.getName());
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

    private static void earlyChildhoodRelay(Municipality municipality, RuleContext context) {
        int threshold = context.parameters().integer("sppeMinPopulation");
        if (municipality.getPopulation() <= threshold) {
            return;
        }
        LocalDate from = LocalDate.of(context.parameters().integer("sppeStartYear"), 1, 1);
        for (GlobalTerritorialAgreement agreement : agreementsOf(municipality, context)) {
            LocalDate end = AgreementDates.effectiveEndDate(agreement);
            boolean concerned = end != null && !end.isBefore(from);
            boolean relay = agreement.getFacilities().stream().anyMatch(f -> f.getType() == FacilityType.RPE);
            if (concerned && !relay) {
                context.report(municipality, threshold);
                return;
            }
        }
    }
}
