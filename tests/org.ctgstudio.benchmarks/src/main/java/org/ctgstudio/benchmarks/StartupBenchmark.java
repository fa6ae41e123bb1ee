package org.ctgstudio.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Start-up of the command line: {@code ctgstudio validate} of the Val d'Exemple project through the materialised
 * product (the launcher script, Equinox, the headless application), each run a cold JVM, next to the same command
 * in plain Java ({@code java -jar ctgstudio-cli.jar validate}, no OSGi). Target: the product within 2 × plain Java.
 * Medians of several runs after one warm-up run of each (file system cache). Needs the product and the plain-Java
 * jar built by {@code ./mvnw -B verify}.
 */
public final class StartupBenchmark {

    static final double TARGET = 2.0;
    private static final int RUNS = 5;

    private StartupBenchmark() {
    }

    /** Arguments: the product folder, the plain-Java jar, the repository root. */
    public static void main(String[] args) throws Exception {
        Path product = Path.of(args[0]).resolve("ctgstudio");
        Path jar = Path.of(args[1]);
        File root = new File(args[2]);
        if (!Files.isExecutable(product) || !Files.isRegularFile(jar)) {
            System.err.println("startup benchmark: build the product and the plain-Java jar first (./mvnw -B verify):"
                    + " " + product + ", " + jar);
            System.exit(1);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> validate = List.of("validate", "examples/workspace/Val-d-Exemple", "--format", "json");
        List<String> viaProduct = new ArrayList<>(List.of(product.toString()));
        viaProduct.addAll(validate);
        List<String> plain = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        plain.addAll(validate);

        double productTime = median(viaProduct, root);
        double plainTime = median(plain, root);
        double ratio = productTime / plainTime;
        System.out.printf(Locale.ROOT, "ctgstudio validate (product, Equinox) : %6.0f ms%n", productTime);
        System.out.printf(Locale.ROOT, "java -jar ctgstudio-cli.jar validate  : %6.0f ms%n", plainTime);
        System.out.printf(Locale.ROOT, "ratio                                 : %6.2f x plain Java (target <= %.1f x: %s)%n",
                ratio, TARGET, ratio <= TARGET ? "met" : "NOT met");
    }

    private static double median(List<String> command, File directory) throws IOException, InterruptedException {
        run(command, directory);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run(command, directory);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static void run(List<String> command, File directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("DISPLAY");
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + ": " + command);
        }
    }
}
