package org.ctgstudio.docgen.check;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.ctgstudio.docgen.TemplateFile;

/**
 * The text of a DOCX or ODT template as its author sees it, paragraph by paragraph, with the pieces the text is made
 * of: Word and LibreOffice store a paragraph as runs (spans) of text, and a field typed in one go can end up cut
 * across several after editing or spell-checking. Fields (MERGEFIELD in Word, Input Field in LibreOffice) are one
 * piece holding their instruction. Also records where each paragraph is (table cell, header) and the names of
 * picture placeholders (Word bookmarks, LibreOffice frame names).
 */
public final class TemplateText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /** A piece of a paragraph: literal text as stored in one run, or one field's instruction. */
    public record Piece(String text, boolean field) {
    }

    /**
     * A paragraph of the template.
     *
     * @param entry  the part of the file (word/document.xml, content.xml …)
     * @param part   where in the document: body, header, footer
     * @param table  1-based table number in the part (0 outside tables), with row and column
     * @param kind   the paragraph's element (p, or h for a LibreOffice heading)
     */
    public record Paragraph(String entry, Part part, int table, int row, int column, String kind,
            List<Piece> pieces) {

        /**
         * Where the paragraph sits, as far as a block that opens in one paragraph and closes in another is concerned:
         * the engine repeats what lies between, so both ends must be the same kind of element in the same place.
         */
        public String container() {
            return entry + "|" + part + "|" + table + "." + row + "." + column + "|" + kind;
        }

        /** The text as the template engine reads it (fields replaced by their instruction). */
        public String text() {
            StringBuilder text = new StringBuilder();
            pieces.forEach(piece -> text.append(piece.text()));
            return text.toString();
        }
    }

    /** Where a paragraph is. */
    public enum Part {
        BODY, HEADER, FOOTER, NOTE
    }

    /** A picture placeholder: bookmark name (DOCX) or frame name (ODT), with the paragraph that holds it. */
    public record Picture(String name, int paragraph) {
    }

    private final List<Paragraph> paragraphs;
    private final List<Picture> pictures;

    private TemplateText(List<Paragraph> paragraphs, List<Picture> pictures) {
        this.paragraphs = List.copyOf(paragraphs);
        this.pictures = List.copyOf(pictures);
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Picture> pictures() {
        return pictures;
    }

    /** Reads the parts of {@code template} that the engine processes. */
    public static TemplateText of(TemplateFile template) throws XMLStreamException {
        Reader reader = new Reader(template.isDocx());
        for (String entry : template.contentEntries()) {
            reader.read(entry, template.entry(entry));
        }
        return new TemplateText(reader.paragraphs, reader.pictures);
    }

    /** A secure StAX factory: no DTD, no external entities (templates are untrusted). */
    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // Not every StAX implementation knows the JAXP property; DTDs are off anyway.
        }
        return factory;
    }

    /** The reading state for one file; the DOCX and ODT vocabularies differ only in element names. */
    private static final class Reader {

        private static final XMLInputFactory FACTORY = inputFactory();
        private final boolean docx;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Picture> pictures = new ArrayList<>();
        /** Per open table: {table number, row, column}. */
        private final Deque<int[]> tables = new ArrayDeque<>();
        private int tableCount;
        private Part part;
        private String entry;
        private List<Piece> pieces;
        private StringBuilder run;
        private StringBuilder field;
        private int paragraphDepth;
        private String paragraphKind;
        /** DOCX complex field state: 0 none, 1 instruction, 2 result (skipped). */
        private int complexField;
        private int skipDepth;

        Reader(boolean docx) {
            this.docx = docx;
        }

        void read(String entryName, byte[] xml) throws XMLStreamException {
            entry = entryName;
            tableCount = 0;
            part = entryName.contains("header") ? Part.HEADER : entryName.contains("footer") ? Part.FOOTER
                    : entryName.contains("notes") ? Part.NOTE : Part.BODY;
            XMLStreamReader in = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (in.hasNext()) {
                    int event = in.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        start(in);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        end(in.getNamespaceURI(), in.getLocalName());
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                            && skipDepth == 0) {
                        characters(in.getText());
                    }
                }
            } finally {
                in.close();
            }
        }

        private void start(XMLStreamReader in) {
            String ns = in.getNamespaceURI();
            String name = in.getLocalName();
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            if (docx ? W.equals(ns) && "tbl".equals(name) : TABLE.equals(ns) && "table".equals(name)) {
                tables.push(new int[] {++tableCount, 0, 0});
            } else if (docx ? W.equals(ns) && "tr".equals(name) : TABLE.equals(ns) && "table-row".equals(name)) {
                if (!tables.isEmpty()) {
                    tables.peek()[1]++;
                    tables.peek()[2] = 0;
                }
            } else if (docx ? W.equals(ns) && "tc".equals(name)
                    : TABLE.equals(ns) && ("table-cell".equals(name) || "covered-table-cell".equals(name))) {
                if (!tables.isEmpty()) {
                    tables.peek()[2]++;
                }
            } else if (isParagraph(ns, name)) {
                if (paragraphDepth++ == 0) {
                    pieces = new ArrayList<>();
                    run = new StringBuilder();
                    paragraphKind = name;
                }
            } else if (!docx && STYLE.equals(ns) && ("header".equals(name) || "header-first".equals(name)
                    || "header-left".equals(name))) {
                part = Part.HEADER;
            } else if (!docx && STYLE.equals(ns) && name.startsWith("footer")) {
                part = Part.FOOTER;
            } else if (!docx && OFFICE.equals(ns) && "annotation".equals(name)) {
                skipDepth = 1; // comments are not part of the text
            } else if (docx) {
                startDocx(in, name, ns);
            } else {
                startOdt(in, name, ns);
            }
        }

        private void startDocx(XMLStreamReader in, String name, String ns) {
            if (!W.equals(ns)) {
                return;
            }
            switch (name) {
                case "r", "t" -> cut();
                case "tab" -> appendToRun("\t");
                case "br", "cr" -> appendToRun("\n");
                case "fldSimple" -> {
                    cut();
                    pieces.add(new Piece(instruction(in.getAttributeValue(W, "instr")), true));
                    skipDepth = 1; // the displayed result
                }
                case "fldChar" -> {
                    String type = in.getAttributeValue(W, "fldCharType");
                    if ("begin".equals(type)) {
                        cut();
                        complexField = 1;
                        field = new StringBuilder();
                    } else if ("separate".equals(type)) {
                        complexField = 2;
                    } else if ("end".equals(type) && field != null) {
                        pieces.add(new Piece(instruction(field.toString()), true));
                        complexField = 0;
                        field = null;
                    }
                }
                case "bookmarkStart" -> pictures.add(new Picture(in.getAttributeValue(W, "name"), paragraphs.size()));
                case "delText" -> skipDepth = 1; // deleted text of tracked changes
                default -> {
                    // other elements carry no text
                }
            }
        }

        private void startOdt(XMLStreamReader in, String name, String ns) {
            if (TEXT.equals(ns)) {
                switch (name) {
                    case "s" -> {
                        String count = in.getAttributeValue(TEXT, "c");
                        appendToRun(" ".repeat(count == null ? 1 : Math.max(1, Integer.parseInt(count.trim()))));
                    }
                    case "tab" -> appendToRun("\t");
                    case "line-break" -> appendToRun("\n");
                    case "text-input" -> {
                        cut();
                        field = new StringBuilder();
                    }
                    default -> cut();
                }
            } else if (DRAW.equals(ns) && "frame".equals(name)) {
                pictures.add(new Picture(in.getAttributeValue(DRAW, "name"), paragraphs.size()));
            } else if (paragraphDepth > 0) {
                cut();
            }
        }

        private void end(String ns, String name) {
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            if (docx ? W.equals(ns) && "tbl".equals(name) : TABLE.equals(ns) && "table".equals(name)) {
                tables.poll();
            } else if (isParagraph(ns, name)) {
                if (--paragraphDepth == 0) {
                    cut();
                    int[] cell = tables.isEmpty() ? new int[3] : tables.peek();
                    paragraphs.add(new Paragraph(entry, part, cell[0], cell[1], cell[2], paragraphKind, pieces));
                    pieces = null;
                }
            } else if (!docx && STYLE.equals(ns) && (name.startsWith("header") || name.startsWith("footer"))) {
                part = Part.BODY;
            } else if (!docx && TEXT.equals(ns) && "text-input".equals(name) && field != null) {
                pieces.add(new Piece(field.toString(), true));
                field = null;
            } else if (paragraphDepth > 0 && (docx ? W.equals(ns) && ("r".equals(name) || "t".equals(name))
                    : TEXT.equals(ns) && !"s".equals(name) && !"tab".equals(name))) {
                cut();
            }
        }

        private boolean isParagraph(String ns, String name) {
            return docx ? W.equals(ns) && "p".equals(name) : TEXT.equals(ns) && ("p".equals(name) || "h".equals(name));
        }

        private void characters(String text) {
            if (pieces == null) {
                return;
            }
            if (docx && complexField == 1) {
                field.append(text);
            } else if (docx && complexField == 2) {
                return; // a complex field's displayed result
            } else if (field != null && !docx) {
                field.append(text);
            } else {
                run.append(text);
            }
        }

        private void appendToRun(String text) {
            if (run != null && complexField == 0 && field == null) {
                run.append(text);
            }
        }

        /** Ends the current run of literal text: what follows is stored apart. */
        private void cut() {
            if (run != null && !run.isEmpty()) {
                pieces.add(new Piece(run.toString(), false));
                run.setLength(0);
            }
        }

        /** « MERGEFIELD ${a.b} \* MERGEFORMAT » → « ${a.b} » (XDocReport's reading of a merge field). */
        private static String instruction(String instr) {
            String text = instr == null ? "" : instr.strip();
            if (text.regionMatches(true, 0, "MERGEFIELD", 0, 10)) {
                text = text.substring(10).strip();
                int switches = text.indexOf(" \\");
                if (switches >= 0) {
                    text = text.substring(0, switches).strip();
                }
                if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
                    text = text.substring(1, text.length() - 1);
                }
                return text;
            }
            return ""; // other Word fields (PAGE, TOC …) are not template fields
        }
    }
}
