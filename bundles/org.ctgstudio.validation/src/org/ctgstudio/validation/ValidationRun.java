package org.ctgstudio.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Identified;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** The state of one validation run: profile, rules, findings, caches shared by the rules. */
final class ValidationRun {

    private final RuleProfile profile;
    private final List<Rule> rules;
    private final Collection<? extends EObject> roots;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Object> cache = new HashMap<>();
    private final Map<GlobalTerritorialAgreement, RuleParameters> parameters = new HashMap<>();
    /** The rules that apply to each class, found once: a big model has 100,000 elements of a few dozen classes. */
    private final Map<EClass, List<Rule>> rulesByClass = new HashMap<>();
    private DiagnosticChain chain;
    private int errors;

    ValidationRun(RuleProfile profile, RuleRegistry registry, Collection<? extends EObject> roots) {
        this.profile = profile;
        this.rules = registry.rules();
        this.roots = roots;
    }

    List<Finding> findings() {
        return findings;
    }

    /** Runs every applicable, enabled rule on one element; false when an error was reported. */
    boolean check(EObject element, DiagnosticChain diagnostics) {
        this.chain = diagnostics;
        GlobalTerritorialAgreement agreement = agreementOf(element);
        int errorsBefore = errors;
        List<Rule> applicable = rulesByClass.computeIfAbsent(element.eClass(),
                eClass -> rules.stream().filter(rule -> rule.appliesTo(eClass)).toList());
        for (Rule rule : applicable) {
            Severity severity = profile.severityFor(rule, agreement);
            if (severity == null) {
                continue;
            }
            RuleContext context = new RuleContext(this, rule, severity, agreement);
            try {
                rule.check(element, context);
            } catch (RuntimeException e) {
                // A faulty rule (a contributed one, a parameter typed wrongly) is reported, the others still run.
                report(rule, Severity.WARNING, element, Messages.format("rule.failed", rule.id(), e.toString()));
            }
        }
        return errors == errorsBefore;
    }

    void report(Rule rule, Severity severity, EObject element, String message) {
        report(rule, severity, element, message, List.of());
    }

    void report(Rule rule, Severity severity, EObject element, String message, List<String> details) {
        String id = element instanceof Identified identified ? identified.getId() : null;
        Finding finding = new Finding(rule.id(), severity, element, id, RuleContext.label(element), path(element),
                message, details, rule.category(), rule.sources());
        findings.add(finding);
        if (severity == Severity.ERROR) {
            errors++;
        }
        if (chain != null) {
            chain.add(new BasicDiagnostic(severity.diagnosticSeverity(), CtgEValidator.DIAGNOSTIC_SOURCE,
                    rule.id().hashCode(), finding.message(), new Object[] {element, finding}));
        }
    }

    RuleParameters parameters(GlobalTerritorialAgreement agreement) {
        return parameters.computeIfAbsent(agreement, a -> RuleParameters.of(profile, a));
    }

    /** Not computeIfAbsent: a computation may itself use the cache (an index built on another index). */
    @SuppressWarnings("unchecked")
    <T> T cached(String key, Supplier<T> computation) {
        Object value = cache.get(key);
        if (value == null) {
            value = computation.get();
            cache.put(key, value);
        }
        return (T) value;
    }

    Collection<GlobalTerritorialAgreement> agreementsInScope() {
        return cached("agreements", () -> {
            Set<GlobalTerritorialAgreement> agreements = new LinkedHashSet<>();
            for (EObject root : roots) {
                Resource resource = root.eResource();
                List<Resource> resources = resource == null ? List.of()
                        : resource.getResourceSet() == null ? List.of(resource)
                                : List.copyOf(resource.getResourceSet().getResources());
                List<EObject> candidates = new ArrayList<>(List.of(root));
                resources.forEach(r -> candidates.addAll(r.getContents()));
                for (EObject candidate : candidates) {
                    if (candidate instanceof GlobalTerritorialAgreement agreement) {
                        agreements.add(agreement);
                    } else if (candidate instanceof CtgWorkspace workspace) {
                        agreements.addAll(workspace.getAgreements());
                    }
                }
            }
            return agreements;
        });
    }

    static GlobalTerritorialAgreement agreementOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof GlobalTerritorialAgreement agreement) {
                return agreement;
            }
        }
        return null;
    }

    /** "CTG du Val d'Exemple 2025-2029 / FA06 – … / Indicateur …". */
    static String path(EObject element) {
        Deque<String> labels = new ArrayDeque<>();
        for (EObject current = element; current != null; current = current.eContainer()) {
            labels.addFirst(RuleContext.label(current));
        }
        return String.join(" / ", labels);
    }
}
