package org.ctgstudio.validation;

import java.util.List;

import org.ctgstudio.validation.fixes.QuickFix;

/**
 * Contributes rules, and the quick fixes of those rules, from another bundle, through the extension point
 * {@code org.ctgstudio.validation.rules} (or, outside OSGi, a {@link java.util.ServiceLoader} entry). Rule ids must be
 * stable and unique; prefix them with your organisation (e.g. {@code CAF00-...}). Implementations need a public
 * no-argument constructor; they are created once per session.
 */
public interface RuleProvider {

    /** The rules, run with the built-in rulebook wherever validation runs (editors, Problems view, command line). */
    List<Rule> rules();

    /**
     * The quick fixes of this provider's rules, offered on their findings (markers, command line never applies them).
     * A fix names the rule it corrects by {@link QuickFix#ruleId()}.
     */
    default List<QuickFix> quickFixes() {
        return List.of();
    }
}
