package org.ctgstudio.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.resource.ModelLoadException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The example models of the repository (examples/): the Val d'Exemple workspace project and the broken variants. */
public final class Examples {

    public static final String CONVENTION = "ctg-val-d-exemple-2025-2029.ctg";
    public static final String PREDECESSOR = "ctg-val-d-exemple-2021-2024.ctg";
    public static final String TEMPLATE = "modele-ctg-caf-exemple.ctgt";
    public static final String DEPLOYMENT = "deploiement-caf-exemple.ctgd";
    public static final String REFERENCE_DATA = "referentiel-caf-exemple.ctgw";

    private Examples() {
    }

    /** The repository root, passed to every test JVM as -Dctg.root by the build. */
    public static Path root() {
        String root = System.getProperty("ctg.root");
        Path path = root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("examples"))) {
            throw new IllegalStateException("examples/ not found under " + path + " (set -Dctg.root)");
        }
        return path;
    }

    /** The Val d'Exemple project folder. */
    public static Path project() {
        return root().resolve("examples/workspace/Val-d-Exemple");
    }

    public static Path file(String name) {
        return project().resolve(name);
    }

    /** The deliberately broken variants of the convention (examples/variants/*.ctg). */
    public static List<Path> variants() throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("examples/variants"))) {
            return files.filter(p -> p.toString().endsWith(".ctg")).sorted().toList();
        }
    }

    public static Path variant(String name) {
        return root().resolve("examples/variants").resolve(name + ".ctg");
    }

    /** Loads a file into a new resource set and returns its root. */
    public static <T extends EObject> T load(Path file, Class<T> type) throws ModelLoadException {
        return type.cast(loadResult(ModelFiles.newResourceSet(), file).root());
    }

    public static LoadResult loadResult(ResourceSet set, Path file) throws ModelLoadException {
        return ModelFiles.load(set, file);
    }

    public static GlobalTerritorialAgreement convention() throws ModelLoadException {
        return load(file(CONVENTION), GlobalTerritorialAgreement.class);
    }

    /** Copies the example project into a temporary folder (for tests that write). */
    public static Path copyProject(Path target) throws IOException {
        try (Stream<Path> files = Files.list(project())) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
