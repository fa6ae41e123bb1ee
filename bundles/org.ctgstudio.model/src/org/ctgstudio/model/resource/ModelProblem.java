package org.ctgstudio.model.resource;

/**
 * A problem found while reading a model file, located as precisely as the cause allows: line and column for XML
 * errors, the element for references that lead nowhere.
 *
 * @param error   true when the file could not be read at all; false for a problem in an otherwise loaded model
 * @param file    the file (URI as written by the user, e.g. a path)
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param element the element concerned (label and id), or null
 * @param message the explanation, in the user's language
 */
public record ModelProblem(boolean error, String file, int line, int column, String element, String message) {

    /** "file, ligne 12, colonne 5 : message" (or the English equivalent). */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(Texts.format("location.line", line));
            if (column > 0) {
                where.append(Texts.format("location.column", column));
            }
        }
        if (element != null) {
            where.append(Texts.format("location.element", element));
        }
        return Texts.format("location.message", where, message);
    }
}
