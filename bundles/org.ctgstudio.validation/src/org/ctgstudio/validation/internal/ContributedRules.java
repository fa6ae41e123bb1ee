package org.ctgstudio.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.validation.RuleProvider;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** Rules of the extension point org.ctgstudio.validation.rules; nothing when no extension registry runs. */
public final class ContributedRules {

    public static final String EXTENSION_POINT = "org.ctgstudio.validation.rules";

    private ContributedRules() {
    }

    public static List<org.ctgstudio.validation.Rule> fromExtensions() {
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

        private static List<org.ctgstudio.validation.Rule> read() {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            List<org.ctgstudio.validation.Rule> rules = new ArrayList<>();
            if (registry == null) {
                return rules;
            }
            for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                try {
                    Object provider = element.createExecutableExtension("class");
                    if (provider instanceof RuleProvider ruleProvider) {
                        rules.addAll(ruleProvider.rules());
                    }
                } catch (CoreException | RuntimeException e) {
                    // A broken contribution must not stop validation: the other rules still run.
                    System.getLogger(ContributedRules.class.getName()).log(System.Logger.Level.ERROR,
                            "Validation rules of " + element.getContributor().getName() + " could not be loaded", e);
                }
            }
            return rules;
        }
    }
}
