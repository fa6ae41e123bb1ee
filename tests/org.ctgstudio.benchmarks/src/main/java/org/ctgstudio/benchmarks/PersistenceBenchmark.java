package org.ctgstudio.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.RuleRegistry;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Load and save times of a large CTG model next to a raw SAX parse of the same file, and the time of a batch validation
 * next to the load. Ratios are the figures that matter (machines differ, ratios much less): the targets are a load
 * within 1.5 × the XML parser alone, and a validation of all rules no longer than the load. Each figure is the median
 * of several runs after warm-up runs, in one JVM.
 */
public final class PersistenceBenchmark {

    static final double LOAD_TARGET = 1.5;
    static final double VALIDATION_TARGET = 1.0;
    private static final int WARMUP = 3;
    private static final int RUNS = 5;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("ctg-benchmark");
        Path file = folder.resolve("synthetique.ctgw");
        try {
            CtgWorkspace model = SyntheticModels.generate(elements);
            int count = SyntheticModels.count(model);
            Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
            resource.getContents().add(model);
            double save = median(() -> resource.save(null));
            long bytes = Files.size(file);

            double sax = median(() -> saxParse(file));
            double load = median(() -> {
                LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), file);
                if (!result.problems().isEmpty()) {
                    throw new IllegalStateException("benchmark model has problems: " + result.problems().get(0));
                }
            });
            resource.unload();
            double before = usedHeapMegabytes();
            LoadResult loaded = ModelFiles.load(ModelFiles.newResourceSet(), file);
            double heap = usedHeapMegabytes() - before;

            EObject root = loaded.root();
            double[] findings = new double[1];
            double validation = median(() -> findings[0] = CtgValidator.validate(List.of(root),
                    RuleProfile.defaults()).findings().size());

            System.out.println();
            System.out.println("CTG Studio model benchmark (median of " + RUNS + " runs after " + WARMUP
                    + " warm-up runs, Java " + Runtime.version() + ")");
            System.out.printf(Locale.ROOT, "  model            %,d elements, %.1f MB of XMI%n", count,
                    bytes / 1e6);
            System.out.printf(Locale.ROOT, "  SAX parse        %8.0f ms   (reference)%n", sax);
            System.out.printf(Locale.ROOT, "  EMF load         %8.0f ms   %.2f x SAX   (target <= %.1f x: %s)%n", load,
                    load / sax, LOAD_TARGET, load / sax <= LOAD_TARGET ? "met" : "NOT met");
            System.out.printf(Locale.ROOT,
                    "  validation       %8.0f ms   %.2f x load  (target <= %.1f x: %s; %,.0f findings, %d rules)%n",
                    validation, validation / load, VALIDATION_TARGET,
                    validation / load <= VALIDATION_TARGET ? "met" : "NOT met", findings[0],
                    RuleRegistry.getDefault().rules().size());
            System.out.printf(Locale.ROOT, "  EMF save         %8.0f ms   %.2f x SAX%n", save, save / sax);
            System.out.printf(Locale.ROOT, "  heap of the model %7.0f MB   (%.2f KB per element)%n", heap,
                    heap * 1000 / count);
            System.out.println("  (loaded model: " + SyntheticModels.count((CtgWorkspace) root)
                    + " elements; load includes the checks of ModelFiles.load: references, unknown content)");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder.resolve(".synthetique.ctgw.bak"));
            Files.deleteIfExists(folder);
        }
    }

    /** The XML parser alone, with a handler that only counts elements. */
    static long saxParse(Path file) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        SAXParser parser = factory.newSAXParser();
        long[] elements = {0};
        parser.parse(file.toFile(), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                elements[0]++;
            }
        });
        return elements[0];
    }

    interface Task {
        void run() throws Exception;
    }

    static double median(Task task) throws Exception {
        return median(task, WARMUP, RUNS);
    }

    /** The median time of {@code runs} runs after {@code warmup} runs, in milliseconds. */
    static double median(Task task, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            System.gc();
            long start = System.nanoTime();
            task.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(runs / 2);
    }

    private static double usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
    }
}
