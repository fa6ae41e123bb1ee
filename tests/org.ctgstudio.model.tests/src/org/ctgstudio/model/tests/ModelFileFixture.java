package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** Editing example files in a temporary copy, and the checks every refused file must pass. */
final class ModelFileFixture {

    private ModelFileFixture() {
    }

    /** Copies the example project into {@code folder} and returns the convention's path. */
    static Path convention(Path folder) throws Exception {
        Examples.copyProject(folder);
        return folder.resolve(Examples.CONVENTION);
    }

    /** Replaces the first occurrence of {@code from} and returns the 1-based line where it was. */
    static int edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        int index = text.indexOf(from);
        assertTrue(index >= 0, from);
        Files.writeString(file, text.substring(0, index) + to + text.substring(index + from.length()));
        return line(text, index);
    }

    static int line(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    static LoadResult load(Path file) throws ModelLoadException {
        return ModelFiles.load(ModelFiles.newResourceSet(), file);
    }

    /** The only problem of a file that loads. */
    static ModelProblem onlyProblem(Path file) throws Exception {
        LoadResult result = load(file);
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0);
    }

    /**
     * Loads a file that must be refused: the file is untouched, nothing of it stays loaded, the message begins with
     * the file's name.
     */
    static ModelProblem loadFails(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        ResourceSet set = ModelFiles.newResourceSet();
        ModelLoadException exception = assertThrows(ModelLoadException.class, () -> ModelFiles.load(set, file));
        assertArrayEquals(before, Files.readAllBytes(file), "loading modified the file");
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertTrue(set.getResources().stream().noneMatch(r -> r.getURI().toFileString().equals(file.toString())),
                "a file that could not be read must not stay loaded (it could be saved over)");
        assertTrue(exception.getMessage().startsWith(file.toString()), exception.getMessage());
        assertTrue(exception.problem().error());
        return exception.problem();
    }

    /** The hidden temporary files of saves beside {@code file}. */
    static long temporaryFiles(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith("." + file.getFileName() + ".")
                    && p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
