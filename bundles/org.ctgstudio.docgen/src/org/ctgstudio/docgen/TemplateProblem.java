package org.ctgstudio.docgen;

/**
 * A defect of a template, said in French with its place: « Le champ « ${fiche.intitule} » est coupé en 3 morceaux
 * […] » — « paragraphe « Fiche ${fiche.numero} … », tableau 2, ligne 3, colonne 1 ».
 *
 * @param kind     what is wrong
 * @param error    true when it stops the generation; false for a warning (the document is still written)
 * @param message  what is wrong, in the user's language
 * @param location where: the part of the document, the paragraph's text, the table cell
 * @param field    the field or directive as written in the template (may be empty)
 */
public record TemplateProblem(Kind kind, boolean error, String message, String location, String field) {

    /** The kinds of template defects the check finds. */
    public enum Kind {
        /** A field cut across runs by Word or LibreOffice. */
        SPLIT_FIELD,
        /** A field or directive without its closing brace or bracket, or that FreeMarker cannot read. */
        SYNTAX,
        /** A loop or condition opened and never closed, or closed without being opened. */
        UNBALANCED,
        /** A name the data model does not have. */
        UNKNOWN_NAME,
        /** A construct refused by the sandbox ({@code ?new}, {@code ?api}, includes …). */
        FORBIDDEN,
        /** A picture placeholder whose picture is not available (warning: the placeholder is removed). */
        MISSING_PICTURE,
        /** A value the engine could not write while generating (reported with the paragraph where it failed). */
        EVALUATION,
        /** A plugin's document fragment that could not be produced (warning: it is left out of the document). */
        FRAGMENT
    }

    @Override
    public String toString() {
        return location.isEmpty() ? message : message + " (" + location + ")";
    }
}
