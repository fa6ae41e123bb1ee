package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.AmendmentKind;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.governance.EvaluationQuestion;
import org.ctgstudio.model.governance.EvaluationType;
import org.ctgstudio.model.governance.Governance;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.util.ApproximateDates;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;

/** Rules CTG-GOV-*, CTG-EVA-*, CTG-AMD-*: governance, evaluation and amendments. */
final class GovernanceRules {

    private GovernanceRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-GOV-01", Severity.ERROR, Governance.class, List.of(GovernancePackage.Literals.GOVERNANCE),
                        "OBS", (g, c) -> {
                            if (!has(g, CommitteeType.STEERING)) {
                                c.report(g);
                            }
                        }),
                rule("CTG-GOV-02", Severity.INFO, Governance.class, List.of(GovernancePackage.Literals.GOVERNANCE),
                        "OBS", (g, c) -> {
                            if (!has(g, CommitteeType.TECHNICAL)) {
                                c.report(g);
                            }
                        }),
                rule("CTG-GOV-03", Severity.WARNING, Governance.class, List.of(GovernancePackage.Literals.GOVERNANCE),
                        "S14 S11", (g, c) -> {
                            BigDecimal minimum = c.parameters().decimal("minCooperationFte");
                            if (g.getCooperationOfficers().isEmpty()) {
                                c.reportCase(g, "none");
                            } else if (g.getCooperationOfficers().stream()
                                    .noneMatch(o -> o.getFte() != null && o.getFte().compareTo(minimum) >= 0)) {
                                c.reportCase(g, "fte", minimum);
                            }
                        }),
                rule("CTG-GOV-04", Severity.WARNING, Committee.class, List.of(GovernancePackage.Literals.COMMITTEE),
                        "MC", GovernanceRules::steeringCommittee),
                rule("CTG-EVA-01", Severity.WARNING, GlobalTerritorialAgreement.class,
                        List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT), "S12 S5", (a, c) -> {
                            LocalDate end = a.getEffectiveEndDate();
                            boolean planned = a.getEvaluations().stream().anyMatch(e -> e.getType() == EvaluationType.FINAL
                                    && e.getPlannedDate() != null
                                    && !ApproximateDates.certainlyAfter(e.getPlannedDate(), e.getPlannedDatePrecision(), end));
                            if (!planned) {
                                c.report(a);
                            }
                        }),
                rule("CTG-EVA-02", Severity.INFO, Evaluation.class, List.of(GovernancePackage.Literals.EVALUATION),
                        "S12", GovernanceRules::finalEvaluation),
                rule("CTG-AMD-01", Severity.ERROR, Amendment.class, List.of(GovernancePackage.Literals.AMENDMENT),
                        "MC", GovernanceRules::amendmentDateAndNumber),
                rule("CTG-AMD-02", Severity.WARNING, Amendment.class, List.of(GovernancePackage.Literals.AMENDMENT),
                        "OBS MC", (amendment, c) -> {
                            if (amendment.getModifiedArticles().isEmpty() && amendment.getModifiedAnnexes().isEmpty()) {
                                c.reportCase(amendment, "unspecified");
                            }
                            GlobalTerritorialAgreement a = c.agreement();
                            if (a != null && a.getStartDate() != null && amendment.getNewEndDate() != null
                                    && amendment.getKinds().contains(AmendmentKind.EXTENSION)) {
                                int years = Period.between(a.getStartDate(), amendment.getNewEndDate().plusDays(1))
                                        .getYears();
                                int allowed = c.parameters().integer("maxYears")
                                        + c.parameters().integer("maxExtensionYears");
                                if (years > allowed) {
                                    c.reportCase(amendment, "tooLong", years, allowed);
                                }
                            }
                        }));
    }

    private static boolean has(Governance governance, CommitteeType type) {
        return governance.getCommittees().stream().anyMatch(committee -> committee.getType() == type);
    }

    /** The COPIL meets often enough, with the Caf and every signing local authority: one finding per cause. */
    private static void steeringCommittee(Committee committee, RuleContext context) {
        if (committee.getType() != CommitteeType.STEERING) {
            return;
        }
        int minimum = context.parameters().integer("copilMinPerYear");
        if (committee.getMeetingsPerYear() < minimum) {
            context.reportCase(committee, "frequency", committee.getMeetingsPerYear(), minimum);
        }
        List<Organisation> members = Checks.known(committee.getMembers());
        if (members.stream().noneMatch(o -> o.getType() == PartnerType.CAF)) {
            context.reportCase(committee, "noCaf");
        }
        if (context.agreement() != null) {
            List<String> absent = Checks.signatories(context.agreement()).stream().filter(Checks::isLocalAuthority)
                    .filter(o -> !members.contains(o)).map(Organisation::getName).toList();
            if (!absent.isEmpty()) {
                context.reportCaseWithDetails(committee, "absentAuthorities", absent, absent.size());
            }
        }
    }

    /**
     * A final evaluation covers the four evaluative questions; once it is done (or its date has passed, as of
     * {@link RuleContext#today()}), it leads to an updated diagnosis. A planned evaluation is never asked for it.
     */
    private static void finalEvaluation(Evaluation evaluation, RuleContext context) {
        if (evaluation.getType() != EvaluationType.FINAL) {
            return;
        }
        Set<EvaluationQuestion> missing = EnumSet.allOf(EvaluationQuestion.class);
        missing.removeAll(evaluation.getQuestions());
        if (!missing.isEmpty()) {
            context.reportCase(evaluation, "questions", missing.size(), Checks.labels(missing));
        }
        if (evaluation.isIsDiagnosisUpdated()) {
            return;
        }
        if (evaluation.getActualDate() != null) {
            context.reportCase(evaluation, "done", CtgLabels.date(evaluation.getActualDate()));
        } else if (ApproximateDates.certainlyBefore(evaluation.getPlannedDate(), evaluation.getPlannedDatePrecision(),
                context.today())) {
            context.reportCase(evaluation, "due",
                    CtgLabels.date(evaluation.getPlannedDate(), evaluation.getPlannedDatePrecision()));
        }
    }

    /** One finding per cause: no date, a date outside the period, numbers that do not run 1, 2, 3 ... */
    private static void amendmentDateAndNumber(Amendment amendment, RuleContext context) {
        GlobalTerritorialAgreement agreement = context.agreement();
        if (agreement == null) {
            return;
        }
        LocalDate date = amendment.getSignatureDate();
        LocalDate notBefore = agreement.getSignatureDate() != null ? agreement.getSignatureDate()
                : agreement.getStartDate();
        if (date == null) {
            context.reportCase(amendment, "noDate");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            context.reportCase(amendment, "beforeAgreement", CtgLabels.date(date), CtgLabels.date(notBefore));
        } else if (agreement.getEndDate() != null && date.isAfter(agreement.getEndDate())) {
            context.reportCase(amendment, "afterEnd", CtgLabels.date(date), CtgLabels.date(agreement.getEndDate()));
        }
        List<Integer> numbers = agreement.getAmendments().stream().map(Amendment::getNumber).sorted().toList();
        int expected = numbers.indexOf(amendment.getNumber()) + 1;
        if (Collections.frequency(numbers, amendment.getNumber()) > 1) {
            context.reportCase(amendment, "duplicate");
        } else if (amendment.getNumber() != expected) {
            context.reportCase(amendment, "numbering", expected);
        }
    }
}
