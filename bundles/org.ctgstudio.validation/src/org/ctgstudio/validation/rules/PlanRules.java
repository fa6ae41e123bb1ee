package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.CtgPackage;
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
import org.ctgstudio.model.util.ApproximateDates;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EObject;

/**
 * Rules CTG-DIA-*, CTG-PLN-*, CTG-ACT-*, CTG-IND-*: the shared diagnosis and the action plan (axes, objectives,
 * fiches actions, indicators). The finding names the element (« FA03 – … : »), so the texts do not repeat it.
 */
final class PlanRules {

    private static final BigDecimal ONE_EURO = BigDecimal.ONE;

    private PlanRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-DIA-01", Severity.ERROR, GlobalTerritorialAgreement.class,
                        List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT), "S6 S5", (a, c) -> {
                            // Published CTGs often state their enjeux only: a diagnosis with enjeux is present.
                            SharedDiagnosis diagnosis = a.getDiagnosis();
                            if (diagnosis == null) {
                                c.reportCase(a, "absent");
                            } else if (diagnosis.getNeeds().isEmpty() && diagnosis.getIssues().isEmpty()) {
                                c.reportCase(a, "empty");
                            }
                        }),
                rule("CTG-DIA-02", Severity.WARNING, SharedDiagnosis.class,
                        List.of(PlanPackage.Literals.SHARED_DIAGNOSIS), "S6", (d, c) -> {
                            GlobalTerritorialAgreement a = c.agreement();
                            if (a != null && ApproximateDates.certainlyAfter(d.getCompletionDate(),
                                    d.getCompletionDatePrecision(), a.getSignatureDate())) {
                                c.report(d, CtgLabels.date(d.getCompletionDate(), d.getCompletionDatePrecision()),
                                        CtgLabels.date(a.getSignatureDate()));
                            }
                        }),
                rule("CTG-DIA-03", Severity.ERROR, SharedDiagnosis.class,
                        List.of(PlanPackage.Literals.SHARED_DIAGNOSIS), "S2", (d, c) -> {
                            BigDecimal cap = c.parameters().decimal("diagnosticCafCap");
                            BigDecimal caf = d.getCafCoFunding();
                            if (caf != null && caf.compareTo(cap) > 0) {
                                c.reportCase(d, "cap", caf, cap);
                            } else if (caf != null && d.getCost() != null && caf.compareTo(d.getCost()) > 0) {
                                c.reportCase(d, "cost", caf, d.getCost());
                            }
                        }),
                rule("CTG-DIA-04", Severity.INFO, EObject.class,
                        List.of(PlanPackage.Literals.SHARED_DIAGNOSIS, PlanPackage.Literals.ISSUE), "S6 S12",
                        PlanRules::needsBehindIssues),
                rule("CTG-PLN-01", Severity.ERROR, StrategicAxis.class, List.of(PlanPackage.Literals.STRATEGIC_AXIS),
                        "OBS", (axis, c) -> {
                            if (axis.getObjectives().isEmpty()) {
                                c.report(axis);
                            }
                        }),
                rule("CTG-PLN-02", Severity.WARNING, Objective.class, List.of(PlanPackage.Literals.OBJECTIVE), "S12",
                        (o, c) -> {
                            if (o.getIssues().isEmpty() && o.getNeeds().isEmpty()) {
                                c.report(o);
                            }
                        }),
                rule("CTG-PLN-03", Severity.WARNING, EObject.class,
                        List.of(PlanPackage.Literals.ISSUE, PlanPackage.Literals.OBJECTIVE), "MC", (e, c) -> {
                            if (e instanceof Objective o && o.getActions().isEmpty()) {
                                c.reportCase(o, "objective");
                            } else if (e instanceof Issue issue && c.agreement() != null && c.agreement().getAxes()
                                    .stream().flatMap(a -> a.getObjectives().stream())
                                    .noneMatch(o -> o.getIssues().contains(issue))) {
                                c.reportCase(issue, "issue");
                            }
                        }),
                rule("CTG-ACT-01", Severity.ERROR, Action.class, List.of(PlanPackage.Literals.ACTION), "OBS",
                        PlanRules::pilotAndNumber),
                rule("CTG-ACT-02", Severity.WARNING, Action.class, List.of(PlanPackage.Literals.ACTION), "OBS",
                        (action, c) -> {
                            if (action.getStartDate() == null && action.getDueDate() == null) {
                                c.reportCase(action, "noCalendar");
                            } else if (action.getStartDate() == null) {
                                c.reportCase(action, "noStart");
                            } else if (action.getDueDate() == null) {
                                c.reportCase(action, "noDue");
                            }
                            if (action.getTargetPublics().isEmpty()) {
                                c.reportCase(action, "noPublic");
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
                                c.report(action, sum, action.getPlannedBudget());
                            }
                        }),
                rule("CTG-ACT-04", Severity.WARNING, Action.class, List.of(PlanPackage.Literals.ACTION), "MC",
                        (action, c) -> {
                            ActionStatus status = action.getStatus();
                            if ((status == ActionStatus.POSTPONED || status == ActionStatus.ABANDONED)
                                    && (action.getStatusComment() == null || action.getStatusComment().isBlank())) {
                                c.reportCase(action, "noComment", CtgLabels.literal(status));
                            }
                            long unmeasured = action.getIndicators().stream()
                                    .filter(i -> i.getMeasurements().isEmpty()).count();
                            if (status == ActionStatus.COMPLETED && unmeasured > 0) {
                                c.reportCase(action, "noMeasurement", CtgLabels.literal(status), unmeasured);
                            }
                        }),
                rule("CTG-ACT-05", Severity.INFO, Action.class, List.of(PlanPackage.Literals.ACTION), "OBS",
                        (action, c) -> {
                            if (action.eGet(PlanPackage.Literals.ACTION__PILOT, false) == null
                                    && action.isPilotToBeDesignated() && !Checks.isSigned(c.agreement())) {
                                c.report(action);
                            }
                        }),
                rule("CTG-IND-01", Severity.WARNING, Action.class, List.of(PlanPackage.Literals.ACTION), "S12",
                        (action, c) -> {
                            if (action.getIndicators().isEmpty()) {
                                c.report(action);
                            }
                        }),
                rule("CTG-IND-02", Severity.ERROR, Indicator.class, List.of(PlanPackage.Literals.INDICATOR), "S12",
                        (indicator, c) -> {
                            if (indicator.getBaselineValue() == null && indicator.getBaselineDate() == null) {
                                c.reportCase(indicator, "noBaseline");
                            } else if (indicator.getBaselineValue() == null) {
                                c.reportCase(indicator, "noValue");
                            } else if (indicator.getBaselineDate() == null) {
                                c.reportCase(indicator, "noDate");
                            }
                        }),
                rule("CTG-IND-03", Severity.INFO, Action.class, List.of(PlanPackage.Literals.ACTION), "S12",
                        PlanRules::resultAndMeansIndicators),
                rule("CTG-IND-04", Severity.WARNING, Indicator.class, List.of(PlanPackage.Literals.INDICATOR), "MC",
                        PlanRules::targetUnitAndCatalogue));
    }

    /** The enjeux rest on needs: a diagnosis of enjeux only is present (no DIA-01) but should say its needs. */
    private static void needsBehindIssues(EObject element, RuleContext context) {
        if (element instanceof SharedDiagnosis diagnosis) {
            if (diagnosis.getNeeds().isEmpty() && !diagnosis.getIssues().isEmpty()) {
                context.reportCase(diagnosis, "noNeeds", diagnosis.getIssues().size());
            }
        } else if (element instanceof Issue issue && issue.getNeeds().isEmpty()
                && issue.eContainer() instanceof SharedDiagnosis diagnosis && !diagnosis.getNeeds().isEmpty()) {
            context.reportCase(issue, "issue");
        }
    }

    /**
     * A pilot, or a pilot known to be still to designate while the convention is a draft (CTG-ACT-05 then says it);
     * a unique number. A pilot that cannot be found is reported by CTG-MOD-02, not as missing.
     */
    private static void pilotAndNumber(Action action, RuleContext context) {
        if (action.eGet(PlanPackage.Literals.ACTION__PILOT, false) == null) {
            if (!action.isPilotToBeDesignated()) {
                context.reportCase(action, "noPilot");
            } else if (Checks.isSigned(context.agreement())) {
                context.reportCase(action, "pilotPending", CtgLabels.literal(context.agreement().getStatus()));
            }
        }
        if (action.getNumber() == null || action.getNumber().isBlank()) {
            context.reportCase(action, "noNumber");
        } else if (context.agreement() != null) {
            Action other = context.agreement().getActions().stream()
                    .filter(a -> a != action && action.getNumber().equals(a.getNumber())).findFirst().orElse(null);
            if (other != null) {
                context.reportCase(action, "duplicate", Checks.quoted(other.getTitle()));
            }
        }
    }

    /** Only on fiches that have indicators (CTG-IND-01 speaks of those without). */
    private static void resultAndMeansIndicators(Action action, RuleContext context) {
        if (action.getIndicators().isEmpty()) {
            return;
        }
        boolean result = action.getIndicators().stream().anyMatch(i -> i.getKind() == IndicatorKind.RESULT);
        boolean means = action.getIndicators().stream()
                .anyMatch(i -> EnumSet.of(IndicatorKind.MEANS, IndicatorKind.OUTPUT).contains(i.getKind()));
        if (!result && !means) {
            context.reportCase(action, "neither");
        } else if (!result) {
            context.reportCase(action, "noResult");
        } else if (!means) {
            context.reportCase(action, "noMeans");
        }
    }

    private static void targetUnitAndCatalogue(Indicator indicator, RuleContext context) {
        boolean noTarget = indicator.getTargetValue() == null;
        boolean noUnit = indicator.getUnit() == null || indicator.getUnit().isBlank();
        if (noTarget && noUnit) {
            context.reportCase(indicator, "noTargetNoUnit");
        } else if (noTarget) {
            context.reportCase(indicator, "noTarget");
        } else if (noUnit) {
            context.reportCase(indicator, "noUnit");
        }
        IndicatorDefinition definition = Checks.known(indicator.getDefinition());
        if (definition == null) {
            return;
        }
        if (definition.getKind() != indicator.getKind()) {
            context.reportCase(indicator, "catalogueKind", label(indicator.getKind()), label(definition.getKind()));
        }
        if (!noUnit && definition.getUnit() != null && !definition.getUnit().equals(indicator.getUnit())) {
            context.reportCase(indicator, "catalogueUnit", indicator.getUnit(), definition.getUnit());
        }
    }

    private static String label(IndicatorKind kind) {
        return kind == null ? "?" : CtgLabels.literal(kind);
    }
}
