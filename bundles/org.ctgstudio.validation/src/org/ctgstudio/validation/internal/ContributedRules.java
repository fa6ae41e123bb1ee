package org.ctgstudio.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.ctgstudio.validation.RuleProvider;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The rule providers contributed by plugins: those of the extension point org.ctgstudio.validation.rules (when an
 * extension registry runs), then those of {@link ServiceLoader} entries (plain Java). Created once: rules and quick
 * fixes come from the same provider objects.
 */
public final class ContributedRules {

    public static final String EXTENSION_POINT = "org.ctgstudio.validation.rules";

    private static volatile List<RuleProvider> providers;

    private ContributedRules() {
    }

    public static List<RuleProvider> providers() {
        List<RuleProvider> result = providers;
        if (result == null) {
            List<RuleProvider> found = new ArrayList<>(fromExtensions());
            for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, RuleProvider.class.getClassLoader())) {
                found.add(provider);
            }
            result = List.copyOf(found);
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

    private static List<RuleProvider> fromExtensions() {
        try {
            return Registry.read();
        } catch (NoClassDefFoundError e) {
            return List.of(); // plain Java without the Equinox registry on the class path
        }
    }

    /**
     * Apart in its own class: the JVM resolves the Equinox types it names (CoreException in the catch clause) when
     * it loads the class, which must happen inside the try above, not when ContributedRules itself is loaded.
     */
    private static final class Registry {

        private Registry() {
        }

        private static List<RuleProvider> read() {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            List<RuleProvider> result = new ArrayList<>();
            if (registry == null) {
                return result;
            }
            for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                try {
                    Object provider = element.createExecutableExtension("class");
                    if (provider instanceof RuleProvider ruleProvider) {
                        result.add(ruleProvider);
                    }
                } catch (CoreException | RuntimeException | LinkageError e) {
                    // A broken contribution must not stop validation: the other rules still run.
                    System.getLogger(ContributedRules.class.getName()).log(System.Logger.Level.ERROR,
                            "Validation rules of " + element.getContributor().getName() + " could not be loaded", e);
                }
            }
            return result;
        }
    }
}
