package org.ctgstudio.docgen.check;

import org.ctgstudio.docgen.Messages;
import org.ctgstudio.docgen.check.TemplateText.Paragraph;

/** Says where a paragraph is, as a template's author finds it: its text, its table cell, header or footer. */
public final class Locations {

    private static final int EXCERPT = 70;

    private Locations() {
    }

    /** « paragraphe « Fiche ${fiche.numero} … », tableau 2, ligne 3, colonne 1 (en-tête) ». */
    public static String of(Paragraph paragraph) {
        return describe(paragraph.text(), paragraph.table(), paragraph.row(), paragraph.column(),
                paragraph.part());
    }

    static String describe(String text, int table, int row, int column, TemplateText.Part part) {
        String excerpt = excerpt(text);
        String where = excerpt.isEmpty() ? Messages.format("location.emptyParagraph")
                : Messages.format("location.paragraph", excerpt);
        if (table > 0) {
            where += Messages.format("location.cell", table, row, column);
        }
        if (part != TemplateText.Part.BODY) {
            where += Messages.format("location.part." + part.name());
        }
        return where;
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).strip() + "\u2026";
    }
}
