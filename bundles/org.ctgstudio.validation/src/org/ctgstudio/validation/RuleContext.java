package org.ctgstudio.validation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.eclipse.emf.ecore.EObject;

/** What a rule's check may use: the parameters in force, the enclosing convention, reporting, shared caches. */
public final class RuleContext {

    private final ValidationRun run;
    private final Rule rule;
    private final Severity severity;
    private final GlobalTerritorialAgreement agreement;

    RuleContext(ValidationRun run, Rule rule, Severity severity, GlobalTerritorialAgreement agreement) {
        this.run = run;
        this.rule = rule;
        this.severity = severity;
        this.agreement = agreement;
    }

    /** The convention the checked element belongs to, or null (templates, deployment plans, reference data). */
    public GlobalTerritorialAgreement agreement() {
        return agreement;
    }

    /** The parameters in force for the checked element's convention. */
    public RuleParameters parameters() {
        return run.parameters(agreement);
    }

    /** Reports a problem on {@code element}; the arguments fill the rule's message ({0}, {1} ...). */
    public void report(EObject element, Object... arguments) {
        run.report(rule, severity, element, rule.message(arguments));
    }

    /**
     * Reports one case of the rule (one cause per message): the message is the rule's text for that case (key: id +
     * "." + case).
     */
    public void reportCase(EObject element, String ruleCase, Object... arguments) {
        run.report(rule, severity, element, rule.message(ruleCase, arguments));
    }

    /** Reports one case with the items it counts as details (one a line), instead of a long sentence. */
    public void reportCaseWithDetails(EObject element, String ruleCase, List<String> details, Object... arguments) {
        run.report(rule, severity, element, rule.message(ruleCase, arguments), details);
    }

    /**
     * The day the checks are made on (whether a date has passed): the parameter {@code referenceDate} (ISO date,
     * to validate as of a day) or today.
     */
    public LocalDate today() {
        String day = parameters().value("referenceDate");
        return day == null || day.isBlank() ? LocalDate.now() : LocalDate.parse(day.trim());
    }

    /** Every convention loaded beside the validated models (for rules across conventions). */
    public Collection<GlobalTerritorialAgreement> agreementsInScope() {
        return run.agreementsInScope();
    }

    /** A value computed once per validation run (indexes over the whole model). */
    public <T> T cached(String key, Supplier<T> computation) {
        return run.cached(key, computation);
    }

    /**
     * How users call an element: "FA06 – Formation …", "Commune de Croquis"; an element of a plugin's package as its
     * item providers label it.
     */
    public static String label(EObject element) {
        String text = element == null ? null : CtgItemProviders.label(element);
        return text != null ? text : "?";
    }
}
