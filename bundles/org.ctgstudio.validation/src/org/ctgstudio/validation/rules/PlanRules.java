package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.ActionStatus;
import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.model.plan.IndicatorKind;
import org.ctgstudio.model.plan.Issue;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.plan.SharedDiagnosis;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.model.template.IndicatorDefinition;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EObject;

/** Rules on the shared diagnosis and the action plan: axes, objectives, fiches actions, indicators. */
final class PlanRules {

    private static final BigDecimal ONE_EURO = BigDecimal.ONE;

    private PlanRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-DIA-02", Severity.WARNING, SharedDiagnosis.class,
                        List.of(PlanPackage.Literals.SHARED_DIAGNOSIS), "S6", (d, c) -> {
                            GlobalTerritorialAgreement a = c.agreement();
                            if (a != null && d.getCompletionDate() != null && a.getSignatureDate() != null
                                    && d.getCompletionDate().isAfter(a.getSignatureDate())) {
                                c.report(d);
                            }
                        }),
                rule("CTG-DIA-03", Severity.ERROR, SharedDiagnosis.class,
                        List.of(PlanPackage.Literals.SHARED_DIAGNOSIS), "S2", (d, c) -> {
                            BigDecimal cap = c.parameters().decimal("diagnosticCafCap");
                            BigDecimal caf = d.getCafCoFunding();
                            if (caf != null && (caf.compareTo(cap) > 0
                                    || d.getCost() != null && caf.compareTo(d.getCost()) > 0)) {
                                c.report(d, caf, cap);
                            }
                        }),
                rule("CTG-PLN-01", Severity.ERROR, StrategicAxis.class, List.of(PlanPackage.Literals.STRATEGIC_AXIS),
                        "OBS", (axis, c) -> {
                            if (axis.getObjectives().isEmpty()) {
                                c.report(axis, axis.getNumber());
                            }
                        }),
                rule("CTG-PLN-02", Severity.WARNING, Objective.class, List.of(PlanPackage.Literals.OBJECTIVE), "S12",
                        (o, c) -> {
                            if (o.getIssues().isEmpty() && o.getNeeds().isEmpty()) {
                                c.report(o, code(o.getCode()));
                            }
                        }),
                rule("CTG-PLN-03", Severity.WARNING, EObject.class,
                        List.of(PlanPackage.Literals.ISSUE, PlanPackage.Literals.OBJECTIVE), "MC", (e, c) -> {
                            if (e instanceof Objective o && o.getActions().isEmpty()) {
                                c.report(o, CtgLabels.type(o), code(o.getCode()));
                            } else if (e instanceof Issue issue && c.agreement() != null && c.agreement().getAxes()
                                    .stream().flatMap(a -> a.getObjectives().stream())
                                    .noneMatch(o -> o.getIssues().contains(issue))) {
                                c.report(issue, CtgLabels.type(issue), code(issue.getCode()));
                            }
                        }),
                rule("CTG-ACT-01", Severity.ERROR, Action.class, List.of(PlanPackage.Literals.ACTION), "OBS",
                        (action, c) -> {
                            boolean duplicate = c.agreement() != null && action.getNumber() != null && c.agreement()
                                    .getActions().stream().filter(a -> action.getNumber().equals(a.getNumber()))
                                    .count() > 1;
                            if (action.getPilot() == null || action.getNumber() == null || duplicate) {
                                c.report(action, number(action));
                            }
                        }),
                rule("CTG-ACT-02", Severity.WARNING, Action.class, List.of(PlanPackage.Literals.ACTION), "OBS",
                        (action, c) -> {
                            if (action.getStartDate() == null || action.getDueDate() == null
                                    || action.getTargetPublics().isEmpty()) {
                                c.report(action, number(action));
                            }
                        }),
                rule("CTG-ACT-03", Severity.WARNING, Action.class, List.of(PlanPackage.Literals.ACTION), "MC",
                        (action, c) -> {
                            if (action.getPlannedBudget() == null || action.getFundings().isEmpty()) {
                                return;
                            }
                            BigDecimal sum = action.getFundings().stream().map(Funding::getAmount)
                                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
                            if (sum.subtract(action.getPlannedBudget()).abs().compareTo(ONE_EURO) > 0) {
                                c.report(action, number(action), sum, action.getPlannedBudget());
                            }
                        }),
                rule("CTG-ACT-04", Severity.WARNING, Action.class, List.of(PlanPackage.Literals.ACTION), "MC",
                        (action, c) -> {
                            ActionStatus status = action.getStatus();
                            boolean unexplained = (status == ActionStatus.POSTPONED
                                    || status == ActionStatus.ABANDONED)
                                    && (action.getStatusComment() == null || action.getStatusComment().isBlank());
                            boolean unmeasured = status == ActionStatus.COMPLETED
                                    && action.getIndicators().stream().anyMatch(i -> i.getMeasurements().isEmpty());
                            if (unexplained || unmeasured) {
                                c.report(action, number(action), CtgLabels.literal(status));
                            }
                        }),
                rule("CTG-IND-01", Severity.WARNING, Action.class, List.of(PlanPackage.Literals.ACTION), "S12",
                        (action, c) -> {
                            if (action.getIndicators().isEmpty()) {
                                c.report(action, number(action));
                            }
                        }),
                rule("CTG-IND-02", Severity.ERROR, Indicator.class, List.of(PlanPackage.Literals.INDICATOR), "S12",
                        (indicator, c) -> {
                            if (indicator.getBaselineValue() == null || indicator.getBaselineDate() == null) {
                                c.report(indicator, code(indicator.getCode()));
                            }
                        }),
                rule("CTG-IND-03", Severity.INFO, Action.class, List.of(PlanPackage.Literals.ACTION), "S12",
                        (action, c) -> {
                            boolean result = action.getIndicators().stream()
                                    .anyMatch(i -> i.getKind() == IndicatorKind.RESULT);
                            boolean means = action.getIndicators().stream().anyMatch(
                                    i -> EnumSet.of(IndicatorKind.MEANS, IndicatorKind.OUTPUT).contains(i.getKind()));
                            if (!result || !means) {
                                c.report(action, number(action));
                            }
                        }),
                rule("CTG-IND-04", Severity.WARNING, Indicator.class, List.of(PlanPackage.Literals.INDICATOR), "MC",
                        (indicator, c) -> {
                            IndicatorDefinition definition = indicator.getDefinition();
                            boolean incomplete = indicator.getTargetValue() == null || indicator.getUnit() == null
                                    || indicator.getUnit().isBlank();
                            boolean offCatalogue = definition != null && !definition.eIsProxy()
                                    && (definition.getKind() != indicator.getKind()
                                            || !Objects.equals(definition.getUnit(), indicator.getUnit()));
                            if (incomplete || offCatalogue) {
                                c.report(indicator, code(indicator.getCode()));
                            }
                        }));
    }

    private static String number(Action action) {
        return code(action.getNumber());
    }

    private static String code(String code) {
        return code == null || code.isBlank() ? "?" : code;
    }
}
