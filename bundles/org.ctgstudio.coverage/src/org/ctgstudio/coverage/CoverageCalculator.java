package org.ctgstudio.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.deployment.CoverageCountingMode;
import org.ctgstudio.model.deployment.CoveragePeriod;
import org.ctgstudio.model.deployment.CoverageSnapshot;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.DeploymentFactory;
import org.ctgstudio.model.deployment.TrajectoryPoint;
import org.ctgstudio.model.util.AgreementDates;
import org.eclipse.emf.ecore.EObject;

/**
 * Coverage of a Caf's area by CTGs, year by year, against the COG trajectory (domain brief §6):
 * <pre>
 * rate(Y) = 100 × Σ pop(m), m ∈ Covered(Y) / Σ pop(m), m ∈ CafArea
 * Covered(Y) = communes m such that on the reference day of Y (31/12 by default) an agreement with status SIGNED,
 *              IN_FORCE, EXPIRED or RENEWED runs (start ≤ day ≤ end after amendments) on a territory holding m
 *              (SIGNATORY_MUNICIPALITIES: m also signs it), or a coverage period of the entry contains the day.
 * </pre>
 * Each commune counts once, whatever the number of entries or agreements. A territory described without its
 * communes counts as one unit with its own population. The denominator is the plan's reference population when set,
 * else the population of every unit of the plan. Rates are shown to one decimal, but whether a target is met is
 * decided on the exact figures: 74.92 % does not meet 75 %.
 */
public final class CoverageCalculator {

    static final Set<CtgStatus> COVERING = EnumSet.of(CtgStatus.SIGNED, CtgStatus.IN_FORCE, CtgStatus.EXPIRED,
            CtgStatus.RENEWED);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** At most this many years are shown ({@link #shownYears}). */
    public static final int MAX_SHOWN_YEARS = 15;

    /**
     * The coverage of one year.
     *
     * @param rate   percentage to one decimal (HALF_UP)
     * @param target the trajectory's target for the year, or null when the trajectory has none
     * @param gap    rate − target to one decimal, or null without target
     */
    public record YearCoverage(int year, LocalDate day, long coveredPopulation, long referencePopulation,
            BigDecimal rate, BigDecimal target, BigDecimal gap, boolean meetsTarget) {
    }

    private CoverageCalculator() {
    }

    /** Coverage for each year from {@code fromYear} to {@code toYear} inclusive. */
    public static List<YearCoverage> compute(CafDeploymentPlan plan, int fromYear, int toYear) {
        Map<EObject, Long> units = units(plan);
        long reference = plan.getReferencePopulation() > 0 ? plan.getReferencePopulation()
                : units.values().stream().mapToLong(Long::longValue).sum();
        MonthDay referenceDay = plan.getReferenceDay() != null ? plan.getReferenceDay() : MonthDay.of(12, 31);
        List<YearCoverage> result = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            LocalDate day = referenceDay.atYear(year);
            long covered = 0;
            for (EObject unit : covered(plan, day)) {
                covered += units.getOrDefault(unit, 0L);
            }
            result.add(yearCoverage(plan, year, day, covered, reference));
        }
        return result;
    }

    /** Replaces the plan's (transient, never saved) yearly snapshots with freshly computed ones. */
    public static List<YearCoverage> refreshSnapshots(CafDeploymentPlan plan, int fromYear, int toYear) {
        List<YearCoverage> years = compute(plan, fromYear, toYear);
        plan.getSnapshots().clear();
        for (YearCoverage year : years) {
            CoverageSnapshot snapshot = DeploymentFactory.eINSTANCE.createCoverageSnapshot();
            snapshot.setYear(year.year());
            snapshot.setCoveredPopulation((int) year.coveredPopulation());
            snapshot.setRate(year.rate());
            snapshot.setTarget(year.target());
            snapshot.setGap(year.gap());
            plan.getSnapshots().add(snapshot);
        }
        return years;
    }

    /** The years a plan is about: from its first trajectory year (or first period) to its last. */
    public static int[] years(CafDeploymentPlan plan) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (TrajectoryPoint point : plan.getTrajectory()) {
            first = Math.min(first, point.getYear());
            last = Math.max(last, point.getYear());
        }
        for (DeploymentEntry entry : plan.getEntries()) {
            for (CoveragePeriod period : entry.getPeriods()) {
                if (period.getStartDate() != null) {
                    first = Math.min(first, period.getStartDate().getYear());
                }
            }
        }
        return first == Integer.MAX_VALUE ? new int[0] : new int[] {first, Math.max(first, last)};
    }

    /**
     * The years the Couverture page and {@code ctgstudio coverage} show: from the plan's first year to the later of its
     * last trajectory year and the last year a period or an agreement covers, at most {@value #MAX_SHOWN_YEARS} years
     * (a plan's periods may run far). Empty when the plan has neither trajectory nor period.
     */
    public static int[] shownYears(CafDeploymentPlan plan) {
        int[] range = years(plan);
        if (range.length == 0) {
            return range;
        }
        return new int[] {range[0], Math.min(range[0] + MAX_SHOWN_YEARS - 1, Math.max(range[1], lastCoveredYear(plan)))};
    }

    private static int lastCoveredYear(CafDeploymentPlan plan) {
        int last = 0;
        for (DeploymentEntry entry : plan.getEntries()) {
            for (CoveragePeriod period : entry.getPeriods()) {
                last = Math.max(last, period.getEndDate() == null ? 0 : period.getEndDate().getYear());
            }
            for (GlobalTerritorialAgreement agreement : entry.getAgreements()) {
                LocalDate end = agreement.eIsProxy() ? null : AgreementDates.effectiveEndDate(agreement);
                last = Math.max(last, end == null ? 0 : end.getYear());
            }
        }
        return last;
    }

    private static YearCoverage yearCoverage(CafDeploymentPlan plan, int year, LocalDate day, long covered,
            long reference) {
        BigDecimal exact = reference == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(covered).multiply(HUNDRED).divide(BigDecimal.valueOf(reference), 10,
                        RoundingMode.HALF_UP);
        BigDecimal target = null;
        for (TrajectoryPoint point : plan.getTrajectory()) {
            if (point.getYear() == year) {
                target = point.getTargetRate();
            }
        }
        BigDecimal gap = target == null ? null : exact.subtract(target).setScale(1, RoundingMode.HALF_UP);
        // covered × 100 ≥ target × reference, in exact arithmetic
        boolean meets = target == null || BigDecimal.valueOf(covered).multiply(HUNDRED)
                .compareTo(target.multiply(BigDecimal.valueOf(reference))) >= 0;
        return new YearCoverage(year, day, covered, reference, exact.setScale(1, RoundingMode.HALF_UP), target, gap,
                meets);
    }

    /** Every counting unit of the plan (communes, or territories without communes) with its population, once. */
    static Map<EObject, Long> units(CafDeploymentPlan plan) {
        Map<EObject, Long> units = new LinkedHashMap<>();
        for (DeploymentEntry entry : plan.getEntries()) {
            Territory territory = entry.getTerritory();
            if (territory == null) {
                continue;
            }
            if (territory.getMunicipalities().isEmpty()) {
                units.putIfAbsent(territory, inhabitants(territory.getPopulation()));
            }
            for (Municipality municipality : territory.getMunicipalities()) {
                units.putIfAbsent(municipality, inhabitants(municipality.getPopulation()));
            }
        }
        return units;
    }

    /** An unknown population counts for nothing here; rule CTG-TER-05 reports it, so it never passes silently. */
    private static long inhabitants(Integer population) {
        return population == null ? 0 : population;
    }

    /** The units covered on a day. */
    static Set<EObject> covered(CafDeploymentPlan plan, LocalDate day) {
        Set<EObject> covered = new LinkedHashSet<>();
        boolean signatoriesOnly = plan.getCountingMode() == CoverageCountingMode.SIGNATORY_MUNICIPALITIES;
        for (DeploymentEntry entry : plan.getEntries()) {
            Territory territory = entry.getTerritory();
            if (territory == null) {
                continue;
            }
            for (CoveragePeriod period : entry.getPeriods()) {
                if (contains(period.getStartDate(), period.getEndDate(), day)) {
                    addUnits(covered, territory, null);
                }
            }
            for (GlobalTerritorialAgreement agreement : entry.getAgreements()) {
                if (agreement.eIsProxy() || !COVERING.contains(agreement.getStatus())
                        || !AgreementDates.isInForceOn(agreement, day)) {
                    continue;
                }
                Territory agreementTerritory = agreement.getTerritory() != null ? agreement.getTerritory() : territory;
                addUnits(covered, agreementTerritory, signatoriesOnly ? agreement : null);
            }
        }
        return covered;
    }

    private static void addUnits(Set<EObject> covered, Territory territory, GlobalTerritorialAgreement signedBy) {
        if (territory.getMunicipalities().isEmpty()) {
            covered.add(territory);
            return;
        }
        for (Municipality municipality : territory.getMunicipalities()) {
            if (signedBy == null || signs(signedBy, municipality)) {
                covered.add(municipality);
            }
        }
    }

    private static boolean signs(GlobalTerritorialAgreement agreement, Municipality municipality) {
        for (AgreementParty party : agreement.getParties()) {
            if (party.getRole() == PartyRole.SIGNATORY && party.getOrganisation() != null
                    && party.getOrganisation().getMunicipality() == municipality) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(LocalDate start, LocalDate end, LocalDate day) {
        return start != null && end != null && !day.isBefore(start) && !day.isAfter(end);
    }
}
