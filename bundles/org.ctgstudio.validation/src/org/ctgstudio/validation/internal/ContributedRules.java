package org.ctgstudio.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.validation.RuleProvider;

/**
 * The rule providers contributed by plugins: those of the extension point org.ctgstudio.validation.rules (when an
 * extension registry runs), then those of {@link java.util.ServiceLoader} entries (plain Java), read by
 * {@link Contributed}. Created once: rules and quick fixes come from the same provider objects.
 */
public final class ContributedRules {

    public static final String EXTENSION_POINT = "org.ctgstudio.validation.rules";

    private static volatile List<RuleProvider> providers;

    private ContributedRules() {
    }

    public static List<RuleProvider> providers() {
        List<RuleProvider> result = providers;
        if (result == null) {
            result = Contributed.all(EXTENSION_POINT, RuleProvider.class).stream().map(Contributed.Found::object)
                    .toList();
            providers = result;
        }
        return result;
    }

    /**
     * What every provider gives ({@code RuleProvider::rules}, {@code RuleProvider::quickFixes}); a provider that fails
     * is logged and skipped, the others still count.
     */
    public static <T> List<T> collect(java.util.function.Function<RuleProvider, List<? extends T>> what, String kind) {
        List<T> all = new ArrayList<>();
        for (RuleProvider provider : providers()) {
            try {
                all.addAll(what.apply(provider));
            } catch (RuntimeException | LinkageError e) {
                System.getLogger(ContributedRules.class.getName()).log(System.Logger.Level.ERROR,
                        kind + " of " + provider.getClass().getName() + " could not be read", e);
            }
        }
        return all;
    }
}
