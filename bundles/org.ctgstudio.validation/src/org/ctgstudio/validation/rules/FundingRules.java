package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.funding.BonusType;
import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.TerritoryBonus;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.RuleParameters.Range;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EClass;

/**
 * Rules CTG-FIN-*: the bonus territoire (who receives it, PSU, amounts and scales in force, ALSH hours), facilities'
 * operators, fundings against the partners' commitments.
 */
final class FundingRules {

    private static final List<EClass> BONUS = List.of(FundingPackage.Literals.TERRITORY_BONUS);
    private static final List<EClass> FACILITY = List.of(FundingPackage.Literals.FACILITY);
    private static final List<EClass> AGREEMENT = List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT);

    private FundingRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-FIN-01", Severity.ERROR, TerritoryBonus.class, BONUS, "S10 S11", FundingRules::beneficiary),
                rule("CTG-FIN-02", Severity.ERROR, TerritoryBonus.class, BONUS, "S8", (b, c) -> {
                    Facility facility = Checks.known(b.getFacility());
                    if (b.getBonusType() == BonusType.EAJE && facility != null && !facility.isIsPsuFunded()) {
                        c.report(b, name(facility));
                    }
                }),
                rule("CTG-FIN-03", Severity.WARNING, TerritoryBonus.class, BONUS, "S8", (b, c) -> {
                    GlobalTerritorialAgreement a = c.agreement();
                    Facility facility = Checks.known(b.getFacility());
                    if (b.getBonusType() != BonusType.EAJE || facility == null || a == null) {
                        return;
                    }
                    List<Organisation> signatories = Checks.signatories(a);
                    boolean supported = a.getFundings().stream().anyMatch(f -> f.getFacility() == facility
                            && Checks.isLocalAuthority(Checks.known(f.getFunder()))
                            && signatories.contains(f.getFunder()));
                    if (!supported) {
                        c.report(b, name(facility));
                    }
                }),
                rule("CTG-FIN-04", Severity.ERROR, TerritoryBonus.class, BONUS, "S7 S8", (b, c) -> {
                    if (b.getBonusType() != BonusType.EAJE || b.getNewPlaces() <= 0 || b.getAmountPerNewPlace() == null
                            || b.getYear() == 0) {
                        return;
                    }
                    Range range = c.parameters().range("eajeNewPlaceRange", b.getYear());
                    if (!range.contains(b.getAmountPerNewPlace())) {
                        c.report(b, b.getAmountPerNewPlace(), String.valueOf(b.getYear()), range.min(), range.max());
                    }
                }),
                rule("CTG-FIN-05", Severity.WARNING, TerritoryBonus.class, BONUS, "S8", FundingRules::maximumAmount),
                rule("CTG-FIN-06", Severity.ERROR, TerritoryBonus.class, BONUS, "S9", (b, c) -> {
                    if (b.getBonusType() == BonusType.ALSH && b.getNewPlaces() > 0 && b.getYear() != 0
                            && b.getYear() <= c.parameters().integer("alshNewPlacesFrozenUntil")) {
                        c.report(b, String.valueOf(b.getYear()));
                    }
                }),
                rule("CTG-FIN-07", Severity.ERROR, TerritoryBonus.class, BONUS, "S9", (b, c) -> {
                    if (b.getBonusType() != BonusType.ALSH || b.getAmount() == null || b.getHours() == null
                            || b.getHours().signum() <= 0) {
                        return;
                    }
                    BigDecimal floor = c.parameters().decimal("alshHourlyFloor");
                    if (b.getAmount().divide(b.getHours(), 4, RoundingMode.HALF_UP).compareTo(floor) < 0) {
                        c.report(b, floor);
                    }
                }),
                rule("CTG-FIN-08", Severity.WARNING, GlobalTerritorialAgreement.class, AGREEMENT, "MC",
                        FundingRules::fundingWithinCommitments),
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
                rule("CTG-FIN-10", Severity.ERROR, Facility.class, FACILITY, "S10 S11", (f, c) -> {
                    if (f.eGet(FundingPackage.Literals.FACILITY__OPERATOR, false) != null) {
                        return; // an operator that cannot be found is reported by CTG-MOD-02
                    }
                    if (!f.isOperatorToBeDesignated()) {
                        c.reportCase(f, "missing");
                    } else if (Checks.isSigned(c.agreement())) {
                        c.reportCase(f, "pending", CtgLabels.literal(c.agreement().getStatus()));
                    }
                }),
                rule("CTG-FIN-11", Severity.INFO, Facility.class, FACILITY, "S10 S11", (f, c) -> {
                    if (f.eGet(FundingPackage.Literals.FACILITY__OPERATOR, false) == null
                            && f.isOperatorToBeDesignated() && !Checks.isSigned(c.agreement())) {
                        c.report(f);
                    }
                }));
    }

    private static String name(Facility facility) {
        return Checks.quoted(facility.getName());
    }

    /**
     * The bonus is paid to the facility's operator; the coordination bonus to the employer of a cooperation officer.
     * Nothing is judged while the beneficiary or the operator is not known (CTG-MOD-01, CTG-FIN-10 say so).
     */
    private static void beneficiary(TerritoryBonus bonus, RuleContext context) {
        Organisation beneficiary = Checks.known(bonus.getBeneficiary());
        if (beneficiary == null) {
            return;
        }
        if (bonus.getBonusType() == BonusType.COORDINATION) {
            GlobalTerritorialAgreement a = context.agreement();
            boolean employer = a == null || a.getGovernance() == null || a.getGovernance().getCooperationOfficers()
                    .stream().anyMatch(o -> Checks.known(o.getEmployer()) == beneficiary);
            if (!employer) {
                context.reportCase(bonus, "employer", Checks.quoted(beneficiary.getName()));
            }
            return;
        }
        Facility facility = Checks.known(bonus.getFacility());
        Organisation operator = facility == null ? null : Checks.known(facility.getOperator());
        if (operator != null && operator != beneficiary) {
            context.reportCase(bonus, "operator", Checks.quoted(operator.getName()),
                    Checks.quoted(beneficiary.getName()));
        }
    }

    /** The top of the EAJE scale is for facilities in a QPV or a ZRR commune, and expected there. */
    private static void maximumAmount(TerritoryBonus bonus, RuleContext context) {
        Facility facility = Checks.known(bonus.getFacility());
        if (bonus.getBonusType() != BonusType.EAJE || facility == null || bonus.getNewPlaces() <= 0
                || bonus.getAmountPerNewPlace() == null || bonus.getYear() == 0) {
            return;
        }
        Municipality municipality = Checks.known(facility.getMunicipality());
        if (municipality == null && !facility.isIsInQpv()) {
            return; // the commune cannot be read: whether it is ZRR is not known
        }
        Range range = context.parameters().range("eajeNewPlaceRange", bonus.getYear());
        boolean priorityArea = facility.isIsInQpv() || municipality.isIsZrr();
        boolean maximum = bonus.getAmountPerNewPlace().compareTo(range.max()) == 0;
        if (maximum && !priorityArea) {
            context.reportCase(bonus, "reserved", name(facility));
        } else if (!maximum && priorityArea) {
            context.reportCase(bonus, "expected", name(facility));
        }
    }

    private static void fundingWithinCommitments(GlobalTerritorialAgreement agreement, RuleContext context) {
        Map<Organisation, Map<Integer, BigDecimal>> funded = new HashMap<>();
        agreement.getFundings().forEach(f -> add(funded, f.getFunder(), f.getYear(), f.getAmount()));
        Map<Organisation, Map<Integer, BigDecimal>> committed = new HashMap<>();
        agreement.getCommitments().forEach(c -> add(committed, c.getPartner(), c.getYear(), c.getAmount()));
        funded.forEach((funder, byYear) -> byYear.forEach((year, amount) -> {
            BigDecimal means = committed.getOrDefault(funder, Map.of()).getOrDefault(year, BigDecimal.ZERO);
            if (amount.compareTo(means) > 0) {
                context.report(agreement, Checks.quoted(funder.getName()), String.valueOf(year), amount, means);
            }
        }));
    }

    /** Adds an amount to a partner's total of a year (partners that cannot be found are left out). */
    private static void add(Map<Organisation, Map<Integer, BigDecimal>> totals, Organisation partner, int year,
            BigDecimal amount) {
        Organisation known = Checks.known(partner);
        if (known != null && amount != null) {
            totals.computeIfAbsent(known, k -> new TreeMap<>()).merge(year, amount, BigDecimal::add);
        }
    }
}
