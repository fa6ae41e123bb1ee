package org.ctgstudio.model.resource;

/**
 * Stops reading a file at once, where it is (a file of another kind, nesting beyond the limit, a failure of EMF's
 * reader): thrown while reading, turned into a {@link ModelLoadException} by {@link ModelFiles}.
 */
final class LoadRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    LoadRefusal(int line, int column, String message) {
        this(line, column, message, null);
    }

    /** With the failure that stopped the reading, kept for the log. */
    LoadRefusal(int line, int column, String message, Throwable cause) {
        super(message, cause, false, false);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
