package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.funding.BonusType;
import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.TerritoryBonus;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.RuleParameters.Range;
import org.ctgstudio.validation.Severity;

/** Rules on the bonus territoire: who receives it, PSU, amounts and scales in force, ALSH hours. */
final class FundingRules {

    private static final List<org.eclipse.emf.ecore.EClass> BONUS = List.of(FundingPackage.Literals.TERRITORY_BONUS);

    private FundingRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-FIN-01", Severity.ERROR, TerritoryBonus.class, BONUS, "S10 S11", FundingRules::beneficiary),
                rule("CTG-FIN-02", Severity.ERROR, TerritoryBonus.class, BONUS, "S8", (b, c) -> {
                    if (b.getBonusType() == BonusType.EAJE && b.getFacility() != null && !b.getFacility().isIsPsuFunded()) {
                        c.report(b);
                    }
                }),
                rule("CTG-FIN-03", Severity.WARNING, TerritoryBonus.class, BONUS, "S8", (b, c) -> {
                    GlobalTerritorialAgreement a = c.agreement();
                    if (b.getBonusType() != BonusType.EAJE || b.getFacility() == null || a == null) {
                        return;
                    }
                    boolean supported = a.getFundings().stream().anyMatch(f -> f.getFacility() == b.getFacility()
                            && Checks.isLocalAuthority(f.getFunder()) && Checks.signatories(a).contains(f.getFunder()));
                    if (!supported) {
                        c.report(b, b.getFacility().getName());
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
                }));
    }

    /** The bonus is paid to the facility's operator; the coordination bonus to the employer of the officer. */
    private static void beneficiary(TerritoryBonus bonus, RuleContext context) {
        if (bonus.getBeneficiary() == null) {
            context.report(bonus);
            return;
        }
        if (bonus.getBonusType() == BonusType.COORDINATION) {
            GlobalTerritorialAgreement a = context.agreement();
            boolean employer = a == null || a.getGovernance() == null || a.getGovernance().getCooperationOfficers()
                    .stream().anyMatch(o -> o.getEmployer() == bonus.getBeneficiary());
            if (!employer) {
                context.report(bonus);
            }
        } else if (bonus.getFacility() != null && bonus.getFacility().getOperator() != bonus.getBeneficiary()) {
            context.report(bonus);
        }
    }

    /** The top of the EAJE scale is for facilities in a QPV or a ZRR commune, and expected there. */
    private static void maximumAmount(TerritoryBonus bonus, RuleContext context) {
        Facility facility = bonus.getFacility();
        if (bonus.getBonusType() != BonusType.EAJE || facility == null || bonus.getNewPlaces() <= 0
                || bonus.getAmountPerNewPlace() == null || bonus.getYear() == 0) {
            return;
        }
        Range range = context.parameters().range("eajeNewPlaceRange", bonus.getYear());
        boolean priorityArea = facility.isIsInQpv()
                || facility.getMunicipality() != null && facility.getMunicipality().isIsZrr();
        boolean maximum = bonus.getAmountPerNewPlace().compareTo(range.max()) == 0;
        if (maximum != priorityArea) {
            context.report(bonus, facility.getName());
        }
    }
}
