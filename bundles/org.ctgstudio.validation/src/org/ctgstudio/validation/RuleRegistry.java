package org.ctgstudio.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.validation.internal.ContributedRules;
import org.ctgstudio.validation.rules.CtgRules;

/**
 * The rules that validation runs: the built-in CTG rulebook and the rules contributed by plugins. The first rule of a
 * given id wins; a contribution reusing a built-in id is ignored (and logged).
 */
public final class RuleRegistry {

    private static volatile RuleRegistry defaultRegistry;

    private final Map<String, Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                System.getLogger(RuleRegistry.class.getName()).log(System.Logger.Level.WARNING,
                        "Duplicate validation rule id ignored: " + rule.id());
            }
        }
        this.rules = byId;
    }

    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    /** The built-in rules only. */
    public static RuleRegistry builtIn() {
        return new RuleRegistry(CtgRules.all());
    }

    /** Built-in rules, then those of the extension point (OSGi), then those of ServiceLoader providers. */
    public static RuleRegistry getDefault() {
        RuleRegistry registry = defaultRegistry;
        if (registry == null) {
            List<Rule> all = new ArrayList<>(CtgRules.all());
            all.addAll(ContributedRules.<Rule>collect(RuleProvider::rules, "Validation rules"));
            registry = new RuleRegistry(all);
            defaultRegistry = registry;
        }
        return registry;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Rule rule(String id) {
        return rules.get(id);
    }

    public RuleRegistry with(Rule... more) {
        List<Rule> all = new ArrayList<>(rules.values());
        all.addAll(List.of(more));
        return new RuleRegistry(all);
    }
}
