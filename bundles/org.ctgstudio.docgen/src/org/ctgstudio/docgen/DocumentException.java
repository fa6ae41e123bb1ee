package org.ctgstudio.docgen;

import java.io.Serial;
import java.util.List;

/**
 * A document could not be generated; the message says why in French (English for an English user interface) and,
 * for template defects, {@link #problems()} says where in the template. No output file is left behind.
 */
public class DocumentException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<TemplateProblem> problems;

    public DocumentException(String message) {
        this(message, List.of(), null);
    }

    public DocumentException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public DocumentException(String message, List<TemplateProblem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /** The template's defects, each with its place; empty when the failure is not the template's. */
    public List<TemplateProblem> problems() {
        return problems;
    }
}
