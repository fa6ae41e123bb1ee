package org.ctgstudio.validation;

import java.util.List;

import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A validation rule: stable id, default severity, the classes it checks, a category, its sources, its messages and
 * the check itself. Built-in rules and rules contributed by plugins are alike; the message of a rule is the text its
 * bundle gives for the rule id, formatted with the arguments of each report.
 */
public final class Rule {

    /** The check of a rule on one element; it calls {@link RuleContext#report} for each problem. */
    @FunctionalInterface
    public interface Check<T extends EObject> {
        void check(T element, RuleContext context);
    }

    private final String id;
    private final Severity severity;
    private final List<EClass> targets;
    private final String category;
    private final List<String> sources;
    private final LocalizedMessages messages;
    private final Check<EObject> check;

    private Rule(String id, Severity severity, List<EClass> targets, String category, List<String> sources,
            LocalizedMessages messages, Check<EObject> check) {
        this.id = id;
        this.severity = severity;
        this.targets = targets;
        this.category = category;
        this.sources = sources;
        this.messages = messages;
        this.check = check;
    }

    /**
     * @param type     the Java type of the elements checked (the check receives them cast)
     * @param targets  the classes whose instances (and subclasses' instances) are checked
     * @param messages the bundle with the rule's message (key: the rule id) and title (key: id + ".title")
     */
    public static <T extends EObject> Rule of(String id, Severity severity, Class<T> type, List<EClass> targets,
            String category, List<String> sources, LocalizedMessages messages, Check<T> check) {
        return new Rule(id, severity, List.copyOf(targets), category, List.copyOf(sources), messages,
                (element, context) -> check.check(type.cast(element), context));
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public List<EClass> targets() {
        return targets;
    }

    public String category() {
        return category;
    }

    public List<String> sources() {
        return sources;
    }

    public boolean appliesTo(EObject element) {
        return appliesTo(element.eClass());
    }

    /** Whether the rule checks the instances of a class. */
    public boolean appliesTo(EClass eClass) {
        for (EClass target : targets) {
            if (target.isSuperTypeOf(eClass)) {
                return true;
            }
        }
        return false;
    }

    /** The message for one report, in the user's language. */
    public String message(Object... arguments) {
        return messages.format(id, arguments);
    }

    /** The message of one case of the rule (key: id + "." + the case), for rules that say which cause applies. */
    public String message(String ruleCase, Object... arguments) {
        return messages.format(id + "." + ruleCase, arguments);
    }

    /** What the rule checks, in a line (for preferences and documentation). */
    public String title() {
        return messages.format(id + ".title");
    }

    void check(EObject element, RuleContext context) {
        check.check(element, context);
    }

    @Override
    public String toString() {
        return id;
    }
}
