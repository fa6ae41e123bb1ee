package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Runs the command line as a user does: the materialised product's {@code ctgstudio} launcher script (or the
 * plain-Java jar), in a child process with no X display (DISPLAY and WAYLAND_DISPLAY removed), a French session
 * (LANG=C.UTF-8) unless told otherwise, from the repository root so that paths are relative to it.
 */
final class Cli {

    /** What a run left: exit code, stdout, stderr. */
    record Run(int exitCode, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Path root() {
        return Path.of(System.getProperty("ctg.root", "../..")).toAbsolutePath().normalize();
    }

    static Path product() {
        Path product = Path.of(System.getProperty("ctg.product", "")).toAbsolutePath().normalize();
        assertTrue(Files.isExecutable(product.resolve("ctgstudio")),
                "no materialised product in " + product + ": build it first (./mvnw -B verify)");
        return product;
    }

    static Path plainJar() {
        Path jar = Path.of(System.getProperty("ctg.cli.jar", "")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(jar), "no plain-Java jar " + jar);
        return jar;
    }

    /** The product's launcher script with {@code args}, from the repository root. */
    static Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), root(), args);
    }

    static Run run(Map<String, String> environment, Path directory, String... args)
            throws IOException, InterruptedException {
        return runProduct(product(), environment, directory, args);
    }

    /** The launcher script of another copy of the product (one with an extension installed). */
    static Run runProduct(Path product, Map<String, String> environment, Path directory, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(product.resolve("ctgstudio").toString());
        command.addAll(List.of(args));
        return exec(command, environment, directory);
    }

    /** The plain-Java jar ({@code java -jar ctgstudio-cli.jar …}) with {@code args}, from the repository root. */
    static Run plain(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("ctg.java", "java"), "-jar",
                plainJar().toString()));
        command.addAll(List.of(args));
        return exec(command, Map.of(), root());
    }

    private static Run exec(List<String> command, Map<String, String> environment, Path directory)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        env.put("LANG", "C.UTF-8");
        env.putAll(environment);
        Path out = Files.createTempFile("ctgstudio-out", ".txt");
        Path err = Files.createTempFile("ctgstudio-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("no end after 180 s: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A user error's report: one line on stderr, no stack trace. */
    static void assertOneLine(Run run) {
        String err = run.err().strip();
        assertTrue(!err.isEmpty() && !err.contains("\n"), "one line on stderr expected: " + run);
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), "no stack trace expected: " + run);
    }

    private Cli() {
    }
}
