package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ctgstudio.model.GlobalTerritorialAgreement;
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
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;

/** Rules on governance, evaluation and amendments. */
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
                            var minimum = c.parameters().decimal("minCooperationFte");
                            if (g.getCooperationOfficers().stream()
                                    .noneMatch(o -> o.getFte() != null && o.getFte().compareTo(minimum) >= 0)) {
                                c.report(g);
                            }
                        }),
                rule("CTG-GOV-04", Severity.WARNING, Committee.class, List.of(GovernancePackage.Literals.COMMITTEE),
                        "MC", GovernanceRules::steeringCommittee),
                rule("CTG-EVA-02", Severity.INFO, Evaluation.class, List.of(GovernancePackage.Literals.EVALUATION),
                        "S12", (e, c) -> {
                            if (e.getType() != EvaluationType.FINAL) {
                                return;
                            }
                            Set<EvaluationQuestion> missing = EnumSet.allOf(EvaluationQuestion.class);
                            missing.removeAll(e.getQuestions());
                            if (!missing.isEmpty() || !e.isIsDiagnosisUpdated()) {
                                c.report(e, Checks.labels(missing));
                            }
                        }),
                rule("CTG-AMD-01", Severity.ERROR, Amendment.class, List.of(GovernancePackage.Literals.AMENDMENT),
                        "MC", GovernanceRules::amendmentDateAndNumber),
                rule("CTG-AMD-02", Severity.WARNING, Amendment.class, List.of(GovernancePackage.Literals.AMENDMENT),
                        "OBS MC", (amendment, c) -> {
                            boolean unspecified = amendment.getModifiedArticles().isEmpty()
                                    && amendment.getModifiedAnnexes().isEmpty();
                            GlobalTerritorialAgreement a = c.agreement();
                            boolean excessive = false;
                            if (a != null && a.getStartDate() != null && amendment.getNewEndDate() != null
                                    && amendment.getKinds().contains(AmendmentKind.EXTENSION)) {
                                int years = Period.between(a.getStartDate(), amendment.getNewEndDate().plusDays(1))
                                        .getYears();
                                excessive = years > c.parameters().integer("maxYears")
                                        + c.parameters().integer("maxExtensionYears");
                            }
                            if (unspecified || excessive) {
                                c.report(amendment, amendment.getNumber());
                            }
                        }));
    }

    private static boolean has(Governance governance, CommitteeType type) {
        return governance.getCommittees().stream().anyMatch(committee -> committee.getType() == type);
    }

    private static void steeringCommittee(Committee committee, RuleContext context) {
        if (committee.getType() != CommitteeType.STEERING) {
            return;
        }
        int minimum = context.parameters().integer("copilMinPerYear");
        boolean often = committee.getMeetingsPerYear() >= minimum;
        boolean caf = committee.getMembers().stream().anyMatch(o -> o.getType() == PartnerType.CAF);
        boolean localAuthorities = context.agreement() == null || committee.getMembers().containsAll(
                Checks.signatories(context.agreement()).stream().filter(Checks::isLocalAuthority).toList());
        if (!often || !caf || !localAuthorities) {
            context.report(committee, minimum);
        }
    }

    private static void amendmentDateAndNumber(Amendment amendment, RuleContext context) {
        GlobalTerritorialAgreement agreement = context.agreement();
        if (agreement == null) {
            return;
        }
        LocalDate date = amendment.getSignatureDate();
        LocalDate notBefore = agreement.getSignatureDate() != null ? agreement.getSignatureDate()
                : agreement.getStartDate();
        boolean badDate = date == null || notBefore != null && date.isBefore(notBefore)
                || agreement.getEndDate() != null && date.isAfter(agreement.getEndDate());
        List<Integer> numbers = agreement.getAmendments().stream().map(Amendment::getNumber).sorted().toList();
        boolean gap = false;
        for (int i = 0; i < numbers.size(); i++) {
            gap |= numbers.get(i) != i + 1;
        }
        if (badDate || gap) {
            context.report(amendment, amendment.getNumber());
        }
    }
}
