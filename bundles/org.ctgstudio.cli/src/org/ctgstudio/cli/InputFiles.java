package org.ctgstudio.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.ctgstudio.model.resource.ModelFiles;

/**
 * The model files named on a command line: a file as it is; a folder as every model file below it (.ctg, .ctgt,
 * .ctgd, .ctgw; hidden files and folders such as the .bak copies left aside); a glob pattern ({@code models/*.ctg},
 * {@code "**}{@code /*.ctg"}) as the files it matches, for shells that do not expand it (Windows). Each file once, in
 * the order given, a folder's files sorted.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** @throws UserError ({@link ExitCode#UNREADABLE}) when a folder or a pattern gives no model file */
    public static List<Path> expand(Console console, List<String> arguments) {
        Set<Path> files = new LinkedHashSet<>();
        for (String argument : arguments) {
            List<Path> found;
            if (isPattern(argument)) {
                found = matches(console, argument);
            } else {
                Path path = console.resolve(argument);
                if (!Files.isDirectory(path)) {
                    files.add(path);
                    continue;
                }
                found = modelFiles(path, p -> true);
            }
            if (found.isEmpty()) {
                throw new UserError(ExitCode.UNREADABLE, Messages.format("input.none", argument)); //$NON-NLS-1$
            }
            files.addAll(found);
        }
        return List.copyOf(files);
    }

    private static boolean isPattern(String argument) {
        return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The files below the pattern's fixed part (its folders before the first wildcard) that match the rest. */
    private static List<Path> matches(Console console, String pattern) {
        String normalized = pattern.replace('\\', '/');
        int wildcard = 0;
        while (wildcard < normalized.length() && "*?[{".indexOf(normalized.charAt(wildcard)) < 0) {
            wildcard++;
        }
        int slash = normalized.lastIndexOf('/', wildcard);
        Path base = console.resolve(slash < 0 ? "." : normalized.substring(0, slash + 1)); //$NON-NLS-1$
        String glob = "glob:" + normalized.substring(slash + 1); //$NON-NLS-1$
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher(glob);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        return modelFiles(base, file -> matcher.matches(base.relativize(file)));
    }

    private interface Filter {
        boolean accepts(Path file);
    }

    private static List<Path> modelFiles(Path folder, Filter filter) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> found = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(folder.relativize(file)))
                    .filter(file -> ModelFiles.EXTENSIONS.contains(extension(file)))
                    .filter(filter::accepts)
                    .sorted()
                    .forEach(found::add);
            return found;
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(ExitCode.UNREADABLE, Messages.format("input.unreadableFolder", folder, //$NON-NLS-1$
                    e.getMessage()));
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
}
