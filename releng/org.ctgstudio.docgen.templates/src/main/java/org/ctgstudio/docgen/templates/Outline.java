package org.ctgstudio.docgen.templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A default template as a list of blocks, read from its outline file, written the same way as DOCX and ODT. One line
 * per block, {@code keyword: text}:
 * <pre>
 * title: / subtitle: / h1: / h2: / h3: / p: / center: / mention: / bullet: / small:   a paragraph of that style
 * field: [#list convention.fiches as fiche]   a directive, put as a field at the end of the previous paragraph (so
 *                                             that a repeated block leaves no empty paragraph)
 * styled: ${fragment.corps}                   a paragraph holding only this field, which XDocReport's text styling
 *                                             replaces with the HTML it gives (paragraphs, lists, tables)
 * page:                                       the next paragraph starts a new page
 * table: 2 6 3 / keys: 3 9                    a table with these relative column widths / a label-value table
 * signatures: 5 5 4                           a table whose rows leave room for a handwritten signature
 * head: A | B | C     row: a | b | c          a header row (repeated on each page) / a row
 * rows: convention.fiches as fiche            the next row repeats for each element (XDocReport row markers)
 * end                                         the end of the table
 * image: plan_actions 16 9                    a picture placeholder diagramme_plan_actions of 16 x 9 cm
 * header: text / footer: pages                the page header's paragraphs / « Page n sur m » in the footer
 * </pre>
 * {@code **text**} is bold; {@code #} starts a comment line.
 */
record Outline(String name, List<String> header, boolean pageNumbers, List<Block> body) {

    /** The paragraph styles of the templates, with their style id in Word and name in LibreOffice. */
    enum Style {
        TITLE("Titre"), SUBTITLE("Soustitre"), H1("Titre1"), H2("Titre2"), H3("Titre3"), BODY("Corps"),
        CENTER("Centre"), MENTION("Mention"), BULLET("Liste"), SMALL("Petit");

        private final String id;

        Style(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        /** The text as written: a bullet paragraph starts with a dash. */
        String text(String text) {
            return this == BULLET ? "\u2013 " + text : text;
        }
    }

    sealed interface Block permits Paragraph, Table, Image {
    }

    /** A paragraph: its text, the directives appended to it as fields, whether a new page starts with it. */
    record Paragraph(Style style, String text, List<String> fields, boolean pageBreak) implements Block {
    }

    record Row(List<String> cells, boolean header, String loop) {
    }

    /**
     * A table; {@code keys} tables have a bold, shaded first column (label | value); {@code signing} tables have rows
     * at least {@link #SIGNATURE_HEIGHT_CM} high (a signature and a stamp).
     */
    record Table(List<Integer> widths, boolean keys, boolean signing, List<Row> rows) implements Block {
        static final double SIGNATURE_HEIGHT_CM = 2.5;
    }

    record Image(String name, double widthCm, double heightCm) implements Block {
    }

    static Outline read(String name, List<String> lines) throws IOException {
        String file = name + ".txt";
        List<String> header = new ArrayList<>();
        boolean pageNumbers = false;
        List<Block> body = new ArrayList<>();
        boolean pageBreak = false;
        Table table = null;
        String loop = null;
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("end")) {
                table = require(table, file, number);
                table = null;
                continue;
            }
            if (line.equals("page:")) {
                pageBreak = true;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IOException(file + ":" + number + ": « keyword: text » expected");
            }
            String keyword = line.substring(0, colon);
            String text = line.substring(colon + 1).strip();
            switch (keyword) {
                case "header" -> header.add(text);
                case "footer" -> pageNumbers = true;
                case "field" -> attach(body, text, file, number);
                case "table", "keys", "signatures" -> {
                    table = new Table(Arrays.stream(text.split("\\s+")).map(Integer::valueOf).toList(),
                            keyword.equals("keys"), keyword.equals("signatures"), new ArrayList<>());
                    body.add(table);
                }
                case "head", "row", "key" -> {
                    require(table, file, number).rows().add(new Row(cells(text), keyword.equals("head"), loop));
                    loop = null;
                }
                case "rows" -> loop = text;
                case "styled" -> {
                    body.add(new Paragraph(Style.BODY, "", new ArrayList<>(List.of(text)), pageBreak));
                    pageBreak = false;
                }
                case "image" -> {
                    String[] parts = text.split("\\s+");
                    body.add(new Image(parts[0], Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
                }
                default -> {
                    body.add(new Paragraph(style(keyword, file, number), text, new ArrayList<>(), pageBreak));
                    pageBreak = false;
                }
            }
        }
        return new Outline(name, header, pageNumbers, body);
    }

    private static Table require(Table table, String file, int number) throws IOException {
        if (table == null) {
            throw new IOException(file + ":" + number + ": not inside a table");
        }
        return table;
    }

    /** A directive goes at the end of the previous paragraph; after a table, in a new empty paragraph. */
    private static void attach(List<Block> body, String field, String file, int number) throws IOException {
        if (body.isEmpty()) {
            throw new IOException(file + ":" + number + ": a field needs a paragraph before it");
        }
        if (body.get(body.size() - 1) instanceof Paragraph paragraph) {
            paragraph.fields().add(field);
        } else {
            body.add(new Paragraph(Style.SMALL, "", new ArrayList<>(List.of(field)), false));
        }
    }

    private static List<String> cells(String text) {
        return Arrays.stream(text.split("\\|", -1)).map(String::strip).toList();
    }

    private static Style style(String keyword, String file, int number) throws IOException {
        try {
            return keyword.equals("p") ? Style.BODY : Style.valueOf(keyword.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ":" + number + ": unknown keyword « " + keyword + " »", e);
        }
    }

    /** Splits a text into (bold?, text) pieces at {@code **}. */
    static List<String[]> inline(String text) {
        List<String[]> pieces = new ArrayList<>();
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                pieces.add(new String[] {i % 2 == 1 ? "b" : "", parts[i]});
            }
        }
        return pieces;
    }
}
