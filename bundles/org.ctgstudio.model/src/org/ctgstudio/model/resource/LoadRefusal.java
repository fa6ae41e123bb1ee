package org.ctgstudio.model.resource;

/**
 * Stops reading a file at once, where it is (a file of another kind, nesting beyond the limit): thrown by the XML
 * handler, turned into a {@link ModelLoadException} by {@link ModelFiles}.
 */
final class LoadRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    LoadRefusal(int line, int column, String message) {
        super(message, null, false, false);
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
