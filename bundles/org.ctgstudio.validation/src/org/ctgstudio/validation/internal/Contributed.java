package org.ctgstudio.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The objects plugins contribute to one of CTG Studio's extension points (the {@code class} attribute of its
 * elements, when an extension registry runs), then those of {@link ServiceLoader} entries (plain Java). Shared by
 * the validation rules and the document fragments. A contribution that cannot be created is logged and skipped.
 */
public final class Contributed {

    /**
     * @param plugin the contributing bundle's symbolic name; in plain Java the object's class name
     */
    public record Found<T>(String plugin, T object) {
    }

    private Contributed() {
    }

    public static <T> List<Found<T>> all(String extensionPoint, Class<T> type) {
        List<Found<T>> found = new ArrayList<>();
        try {
            found.addAll(Registry.read(extensionPoint, type));
        } catch (NoClassDefFoundError e) {
            // plain Java without the Equinox registry on the class path
        }
        for (T object : ServiceLoader.load(type, type.getClassLoader())) {
            found.add(new Found<>(object.getClass().getName(), object));
        }
        return List.copyOf(found);
    }

    /**
     * Apart in its own class: the JVM resolves the Equinox types it names (CoreException in the catch clause) when
     * it loads the class, which must happen inside the try above, not when Contributed itself is loaded.
     */
    private static final class Registry {

        private Registry() {
        }

        private static <T> List<Found<T>> read(String extensionPoint, Class<T> type) {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            List<Found<T>> result = new ArrayList<>();
            if (registry == null) {
                return result;
            }
            for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
                String plugin = element.getContributor().getName();
                try {
                    Object object = element.createExecutableExtension("class");
                    if (type.isInstance(object)) {
                        result.add(new Found<>(plugin, type.cast(object)));
                    }
                } catch (CoreException | RuntimeException | LinkageError e) {
                    // A broken contribution must not stop the others.
                    System.getLogger(Contributed.class.getName()).log(System.Logger.Level.ERROR,
                            "Contribution of " + plugin + " to " + extensionPoint + " could not be loaded", e);
                }
            }
            return result;
        }
    }
}
