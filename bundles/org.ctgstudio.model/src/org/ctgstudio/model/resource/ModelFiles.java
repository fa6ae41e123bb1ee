package org.ctgstudio.model.resource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Reading CTG model files with located diagnostics. A file that cannot be read (malformed or truncated XML, invalid
 * value, unknown model, a file of another kind, a named pipe) raises a {@link ModelLoadException} naming file, line
 * and column, and nothing of it stays loaded, so nothing can be saved over it. References that lead nowhere, and
 * content this version does not know (both kept and saved back as they are), do not stop the load: they come back as
 * {@link ModelProblem}s with the element concerned and where it is written ({@link LoadProblems}). Loading never
 * writes to the file and reads nothing but local files ({@link LocalFiles}).
 */
public final class ModelFiles {

    /** Convention, convention template, Caf deployment plan, shared reference data. */
    public static final List<String> EXTENSIONS = FileKinds.EXTENSIONS;

    private ModelFiles() {
    }

    /** The loaded resource and what was wrong with it, if anything. */
    public record LoadResult(Resource resource, List<ModelProblem> problems) {
        public EObject root() {
            return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        }
    }

    /** A resource set that reads and writes CTG files, with or without OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        register(set);
        return set;
    }

    /**
     * Makes a resource set use {@link CtgResource} for the CTG extensions, know the CTG packages, and read local
     * files only (references to other files are resolved through it).
     */
    public static void register(ResourceSet set) {
        CtgResourceFactory factory = new CtgResourceFactory();
        Map<String, Object> byExtension = set.getResourceFactoryRegistry().getExtensionToFactoryMap();
        for (String extension : EXTENSIONS) {
            byExtension.put(extension, factory);
        }
        for (EPackage ePackage : FileKinds.PACKAGES) {
            set.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        }
        set.setURIConverter(LocalFiles.converter());
    }

    public static LoadResult load(ResourceSet set, Path file) throws ModelLoadException {
        return load(set, URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /**
     * Loads {@code uri} into {@code set} (or returns it, already loaded, with the problems it has now): the file is
     * checked, read, and its problems are collected.
     */
    public static LoadResult load(ResourceSet set, URI uri) throws ModelLoadException {
        String name = uri.isFile() ? uri.toFileString() : uri.toString();
        checkReadable(uri, name);
        Resource resource = set.getResource(uri, false);
        if (resource == null) {
            resource = set.createResource(uri);
            if (!(resource instanceof CtgResource)) { // whatever the extension, a model is read as a CTG file
                set.getResources().remove(resource);
                resource = new CtgResource(uri);
                set.getResources().add(resource);
            }
        }
        if (!resource.isLoaded()) {
            try {
                resource.load(null);
            } catch (java.io.IOException | RuntimeException e) {
                ModelProblem fatal = LoadProblems.fatal(name, resource, e);
                if (fatal != null) {
                    resource.unload();
                    set.getResources().remove(resource);
                    throw new ModelLoadException(fatal, e);
                }
            }
        }
        return new LoadResult(resource, List.copyOf(LoadProblems.of(name, resource)));
    }

    /** Refuses what must not be opened at all: not a local file, missing, empty, a pipe, a device, a folder. */
    private static void checkReadable(URI uri, String name) throws ModelLoadException {
        String reason = null;
        if (!LocalFiles.isLocal(uri)) {
            reason = Texts.format("load.forbiddenSource", uri);
        } else {
            Path path = LocalFiles.path(uri);
            reason = path == null ? null : LocalFiles.whyUnreadable(path);
        }
        if (reason != null) {
            throw new ModelLoadException(new ModelProblem(true, name, 0, 0, null, reason), null);
        }
    }

    /** « Fiche action FA06 »: the element's French (or English) class label and its number, code or name. */
    public static String describe(EObject element) {
        return ModelLabels.element(element);
    }
}
