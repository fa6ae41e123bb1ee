package org.ctgstudio.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's own generator on the CTG genmodel outside Eclipse and keeps the committed generated code in step.
 * <p>
 * {@code GenerateModel <repo> write} regenerates; {@code GenerateModel <repo> check} lists what differs and exits 1.
 * Only what the generator owns is written: the model and edit {@code src-gen} folders, the edit bundle's creation
 * icons and its labels. Hand-written code lives outside {@code src-gen} (generated getters of derived features call
 * it), so regeneration always starts from empty folders and never needs to merge.
 */
public final class GenerateModel {

    static final String MODEL = "org.ctgstudio.model";
    static final String EDIT = "org.ctgstudio.edit";
    static final String DIAGRAM = "org.ctgstudio.diagram";
    static final String GENMODEL = "bundles/" + MODEL + "/model/ctg.genmodel";
    /** The diagram description and representation models: model code only (no item providers). */
    static final String DIAGRAM_GENMODEL = "bundles/" + DIAGRAM + "/model/diagram.genmodel";

    /** Bundle-relative paths owned by the generator, per bundle. */
    static final Map<String, List<String>> OWNED = Map.of(
            MODEL, List.of("src-gen"),
            EDIT, List.of("src-gen", "icons/full/ctool16", "plugin.properties", "plugin_fr.properties"),
            DIAGRAM, List.of("src-gen"));

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean check = args.length > 1 && "check".equals(args[1]);
        Path out = Files.createTempDirectory("ctg-codegen");
        try {
            generate(root, out);
            List<String> differences = differences(root, out);
            if (check) {
                differences.forEach(d -> System.err.println("out of date: " + d));
                if (!differences.isEmpty()) {
                    System.err.println("Run releng/org.ctgstudio.codegen/regenerate.sh and commit the result.");
                    System.exit(1);
                }
            } else {
                write(root, out);
                System.out.println("Regenerated: " + differences.size() + " file(s) changed.");
            }
        } finally {
            delete(out);
        }
    }

    /** Generates the code of the repository's genmodels into {@code out/<bundle>/...}. */
    static void generate(Path root, Path out) throws IOException {
        GenModel ctg = generate(root, out, GENMODEL, true);
        Labels.write(ctg, out.resolve(EDIT));
        generate(root, out, DIAGRAM_GENMODEL, false);
    }

    private static GenModel generate(Path root, Path out, String genModelPath, boolean edit) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        for (String bundle : OWNED.keySet()) {
            Path target = Files.createDirectories(out.resolve(bundle));
            // The genmodel names its output folders as platform:/resource/<bundle>/...: send them to the output.
            URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + bundle + "/", false),
                    URI.createFileURI(target.toString() + "/"));
        }
        GenModel genModel = (GenModel) resourceSet
                .getResource(URI.createFileURI(root.resolve(genModelPath).toString()), true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        failOnError("genmodel", genModel.diagnose());

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        failOnError("model code", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor()));
        if (edit) {
            failOnError("edit code", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                    new BasicMonitor()));
        }
        return genModel;
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder message = new StringBuilder("EMF generation failed (" + what + "): " + diagnostic.getMessage());
            for (Diagnostic child : diagnostic.getChildren()) {
                message.append("\n  ").append(child.getMessage());
            }
            throw new IllegalStateException(message.toString());
        }
    }

    /** Paths (bundle/relative) that differ between the repository and a generation output. */
    static List<String> differences(Path root, Path out) throws IOException {
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, List<String>> bundle : new TreeMap<>(OWNED).entrySet()) {
            for (String owned : bundle.getValue()) {
                Map<String, Path> expected = files(out.resolve(bundle.getKey()), owned);
                Map<String, Path> actual = files(root.resolve("bundles").resolve(bundle.getKey()), owned);
                for (String file : expected.keySet()) {
                    if (!actual.containsKey(file)) {
                        result.add(bundle.getKey() + "/" + file + " (missing)");
                    } else if (Files.mismatch(expected.get(file), actual.get(file)) != -1) {
                        result.add(bundle.getKey() + "/" + file + " (differs)");
                    }
                }
                for (String file : actual.keySet()) {
                    if (!expected.containsKey(file)) {
                        result.add(bundle.getKey() + "/" + file + " (no longer generated)");
                    }
                }
            }
        }
        return result;
    }

    private static void write(Path root, Path out) throws IOException {
        for (Map.Entry<String, List<String>> bundle : OWNED.entrySet()) {
            Path target = root.resolve("bundles").resolve(bundle.getKey());
            for (String owned : bundle.getValue()) {
                delete(target.resolve(owned));
                for (Map.Entry<String, Path> file : files(out.resolve(bundle.getKey()), owned).entrySet()) {
                    Path destination = target.resolve(file.getKey());
                    Files.createDirectories(destination.getParent());
                    Files.copy(file.getValue(), destination);
                }
            }
        }
    }

    /** Files under {@code base/owned} (a folder or a single file), keyed by their path relative to {@code base}. */
    private static Map<String, Path> files(Path base, String owned) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        Path start = base.resolve(owned);
        if (!Files.exists(start)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(start)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.put(base.relativize(p).toString().replace('\\', '/'), p));
        }
        return files;
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
