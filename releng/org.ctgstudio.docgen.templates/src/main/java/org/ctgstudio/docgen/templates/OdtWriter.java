package org.ctgstudio.docgen.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ctgstudio.docgen.templates.Outline.Block;
import org.ctgstudio.docgen.templates.Outline.Image;
import org.ctgstudio.docgen.templates.Outline.Paragraph;
import org.ctgstudio.docgen.templates.Outline.Row;
import org.ctgstudio.docgen.templates.Outline.Table;
import org.ctgstudio.docgen.templates.Styles.Style;

/**
 * Writes an outline as a LibreOffice template (ODF 1.3 text document). Written here with the JDK's XML writer: no ODF
 * library on Maven Central fits (the ODF Toolkit pulls an old Xerces and Jena). Directives are Input Fields (how
 * XDocReport reads them in ODT), values plain text; the styles are those of the Word template ({@link Styles}).
 */
final class OdtWriter {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static final Map<String, String> NAMESPACES = new LinkedHashMap<>();
    private static final double TEXT_WIDTH_CM = 17.0;

    static {
        NAMESPACES.put("office", OFFICE);
        NAMESPACES.put("style", STYLE);
        NAMESPACES.put("text", TEXT);
        NAMESPACES.put("table", TABLE);
        NAMESPACES.put("draw", DRAW);
        NAMESPACES.put("fo", FO);
        NAMESPACES.put("xlink", XLINK);
        NAMESPACES.put("svg", SVG);
    }

    private final List<String> pictures = new ArrayList<>();
    private int tables;

    private OdtWriter() {
    }

    static byte[] write(Outline outline, byte[] placeholderPng) throws IOException {
        OdtWriter writer = new OdtWriter();
        try {
            byte[] content = writer.content(outline);
            byte[] styles = writer.styles(outline);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                stored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
                entry(zip, "content.xml", content);
                entry(zip, "styles.xml", styles);
                entry(zip, "meta.xml", meta(outline));
                for (String picture : writer.pictures) {
                    entry(zip, "Pictures/" + picture + ".png", placeholderPng);
                }
                entry(zip, "META-INF/manifest.xml", writer.manifest());
            }
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static XMLStreamWriter start(ByteArrayOutputStream out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("office", root, OFFICE);
        for (Map.Entry<String, String> ns : NAMESPACES.entrySet()) {
            xml.writeNamespace(ns.getKey(), ns.getValue());
        }
        xml.writeAttribute("office", OFFICE, "version", "1.3");
        return xml;
    }

    private byte[] content(Outline outline) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = start(out, "document-content");
        xml.writeStartElement("office", "automatic-styles", OFFICE);
        automaticStyles(xml, outline);
        xml.writeEndElement();
        xml.writeStartElement("office", "body", OFFICE);
        xml.writeStartElement("office", "text", OFFICE);
        tables = 0;
        for (Block block : outline.body()) {
            switch (block) {
                case Paragraph p -> paragraph(xml, p);
                case Table t -> table(xml, t);
                case Image i -> image(xml, i);
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private void automaticStyles(XMLStreamWriter xml, Outline outline) throws XMLStreamException {
        for (Style s : Styles.ALL) {
            xml.writeStartElement("style", "style", STYLE);
            xml.writeAttribute("style", STYLE, "name", "Saut_" + s.id());
            xml.writeAttribute("style", STYLE, "family", "paragraph");
            xml.writeAttribute("style", STYLE, "parent-style-name", s.id());
            empty(xml, "style", STYLE, "paragraph-properties", FO, "break-before", "page");
            xml.writeEndElement();
        }
        textStyle(xml, "Gras", "bold");
        cellStyle(xml, "Libelle", "#" + "D9E2F3");
        cellStyle(xml, "Cellule", null);
        if (outline.body().stream().anyMatch(b -> b instanceof Table t && t.signing())) {
            xml.writeStartElement("style", "style", STYLE);
            xml.writeAttribute("style", STYLE, "name", "Signature");
            xml.writeAttribute("style", STYLE, "family", "table-row");
            xml.writeEmptyElement("style", "table-row-properties", STYLE);
            xml.writeAttribute("style", STYLE, "min-row-height", Table.SIGNATURE_HEIGHT_CM + "cm");
            xml.writeAttribute("fo", FO, "keep-together", "always");
            xml.writeEndElement();
        }
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", "Image");
        xml.writeAttribute("style", STYLE, "family", "graphic");
        empty(xml, "style", STYLE, "graphic-properties", STYLE, "wrap", "none");
        xml.writeEndElement();
        int number = 0;
        for (Block block : outline.body()) {
            if (block instanceof Table table) {
                number++;
                tableStyles(xml, number, table);
            }
        }
    }

    private static void textStyle(XMLStreamWriter xml, String name, String weight) throws XMLStreamException {
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", name);
        xml.writeAttribute("style", STYLE, "family", "text");
        empty(xml, "style", STYLE, "text-properties", FO, "font-weight", weight);
        xml.writeEndElement();
    }

    private static void cellStyle(XMLStreamWriter xml, String name, String background) throws XMLStreamException {
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", name);
        xml.writeAttribute("style", STYLE, "family", "table-cell");
        xml.writeEmptyElement("style", "table-cell-properties", STYLE);
        if (background != null) {
            xml.writeAttribute("fo", FO, "background-color", background);
        }
        xml.writeAttribute("fo", FO, "border", "0.5pt solid #000000");
        xml.writeAttribute("fo", FO, "padding", "0.07cm");
        xml.writeEndElement();
    }

    private static void tableStyles(XMLStreamWriter xml, int number, Table table) throws XMLStreamException {
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", "Tableau" + number);
        xml.writeAttribute("style", STYLE, "family", "table");
        xml.writeEmptyElement("style", "table-properties", STYLE);
        xml.writeAttribute("style", STYLE, "width", TEXT_WIDTH_CM + "cm");
        xml.writeAttribute("table", TABLE, "align", "margins");
        xml.writeEndElement();
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < table.widths().size(); c++) {
            xml.writeStartElement("style", "style", STYLE);
            xml.writeAttribute("style", STYLE, "name", "Tableau" + number + ".C" + (c + 1));
            xml.writeAttribute("style", STYLE, "family", "table-column");
            empty(xml, "style", STYLE, "table-column-properties", STYLE, "column-width",
                    String.format(Locale.ROOT, "%.2fcm", TEXT_WIDTH_CM * table.widths().get(c) / total));
            xml.writeEndElement();
        }
    }

    private static void empty(XMLStreamWriter xml, String prefix, String ns, String name, String attrNs, String attr,
            String value) throws XMLStreamException {
        xml.writeEmptyElement(prefix, name, ns);
        xml.writeAttribute(prefixOf(attrNs), attrNs, attr, value);
    }

    private static String prefixOf(String ns) {
        return NAMESPACES.entrySet().stream().filter(e -> e.getValue().equals(ns)).findFirst().orElseThrow().getKey();
    }

    private static void paragraph(XMLStreamWriter xml, Paragraph p) throws XMLStreamException {
        String style = p.style().id();
        // A paragraph that holds a directive is a text:p even with a heading style: a block must open and close in
        // elements of the same name (its heading style still gives it its outline level).
        boolean heading = p.style().name().startsWith("H") && p.fields().isEmpty();
        xml.writeStartElement("text", heading ? "h" : "p", TEXT);
        xml.writeAttribute("text", TEXT, "style-name", p.pageBreak() ? "Saut_" + style : style);
        if (heading) {
            xml.writeAttribute("text", TEXT, "outline-level", p.style().name().substring(1));
        }
        runs(xml, p.style().text(p.text()));
        for (String field : p.fields()) {
            inputField(xml, field);
        }
        xml.writeEndElement();
    }

    static void runs(XMLStreamWriter xml, String text) throws XMLStreamException {
        for (String[] piece : Outline.inline(text)) {
            if (piece[0].isEmpty()) {
                xml.writeCharacters(piece[1]);
            } else {
                xml.writeStartElement("text", "span", TEXT);
                xml.writeAttribute("text", TEXT, "style-name", "Gras");
                xml.writeCharacters(piece[1]);
                xml.writeEndElement();
            }
        }
    }

    /** An Input Field holding a directive: XDocReport reads its content as template text, markers included. */
    private static void inputField(XMLStreamWriter xml, String directive) throws XMLStreamException {
        xml.writeStartElement("text", "text-input", TEXT);
        xml.writeAttribute("text", TEXT, "description", "");
        xml.writeCharacters(directive);
        xml.writeEndElement();
    }

    private void table(XMLStreamWriter xml, Table table) throws XMLStreamException {
        tables++;
        xml.writeStartElement("table", "table", TABLE);
        xml.writeAttribute("table", TABLE, "name", "Tableau" + tables);
        xml.writeAttribute("table", TABLE, "style-name", "Tableau" + tables);
        for (int c = 0; c < table.widths().size(); c++) {
            xml.writeEmptyElement("table", "table-column", TABLE);
            xml.writeAttribute("table", TABLE, "style-name", "Tableau" + tables + ".C" + (c + 1));
        }
        boolean inHeader = false;
        for (Row row : table.rows()) {
            if (row.header() && !inHeader) {
                xml.writeStartElement("table", "table-header-rows", TABLE);
                inHeader = true;
            } else if (!row.header() && inHeader) {
                xml.writeEndElement();
                inHeader = false;
            }
            row(xml, table, row);
        }
        if (inHeader) {
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void row(XMLStreamWriter xml, Table table, Row row) throws XMLStreamException {
        xml.writeStartElement("table", "table-row", TABLE);
        if (table.signing() && !row.header()) {
            xml.writeAttribute("table", TABLE, "style-name", "Signature");
        }
        for (int c = 0; c < row.cells().size(); c++) {
            boolean label = row.header() || table.keys() && c == 0;
            xml.writeStartElement("table", "table-cell", TABLE);
            xml.writeAttribute("table", TABLE, "style-name", label ? "Libelle" : "Cellule");
            xml.writeAttribute("office", OFFICE, "value-type", "string");
            xml.writeStartElement("text", "p", TEXT);
            xml.writeAttribute("text", TEXT, "style-name", label ? "Entetetableau" : "Textetableau");
            if (row.loop() != null && c == 0) {
                inputField(xml, "@before-row[#list " + row.loop() + "]");
            }
            String cell = row.cells().get(c);
            runs(xml, label && !cell.contains("**") ? "**" + cell + "**" : cell);
            if (row.loop() != null && c == row.cells().size() - 1) {
                inputField(xml, "@after-row[/#list]");
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void image(XMLStreamWriter xml, Image image) throws XMLStreamException {
        String name = "diagramme_" + image.name();
        pictures.add(name);
        xml.writeStartElement("text", "p", TEXT);
        xml.writeAttribute("text", TEXT, "style-name", "Centre");
        xml.writeStartElement("draw", "frame", DRAW);
        xml.writeAttribute("draw", DRAW, "style-name", "Image");
        xml.writeAttribute("draw", DRAW, "name", name);
        xml.writeAttribute("text", TEXT, "anchor-type", "as-char");
        xml.writeAttribute("svg", SVG, "width", image.widthCm() + "cm");
        xml.writeAttribute("svg", SVG, "height", image.heightCm() + "cm");
        xml.writeAttribute("draw", DRAW, "z-index", "0");
        xml.writeEmptyElement("draw", "image", DRAW);
        xml.writeAttribute("xlink", XLINK, "href", "Pictures/" + name + ".png");
        xml.writeAttribute("xlink", XLINK, "type", "simple");
        xml.writeAttribute("xlink", XLINK, "show", "embed");
        xml.writeAttribute("xlink", XLINK, "actuate", "onLoad");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private byte[] styles(Outline outline) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = start(out, "document-styles");
        xml.writeStartElement("office", "font-face-decls", OFFICE);
        xml.writeEmptyElement("style", "font-face", STYLE);
        xml.writeAttribute("style", STYLE, "name", "Arial");
        xml.writeAttribute("svg", SVG, "font-family", "Arial");
        xml.writeAttribute("style", STYLE, "font-family-generic", "swiss");
        xml.writeEndElement();
        xml.writeStartElement("office", "styles", OFFICE);
        xml.writeStartElement("style", "default-style", STYLE);
        xml.writeAttribute("style", STYLE, "family", "paragraph");
        xml.writeEmptyElement("style", "text-properties", STYLE);
        xml.writeAttribute("style", STYLE, "font-name", "Arial");
        xml.writeAttribute("fo", FO, "font-size", "10pt");
        xml.writeAttribute("fo", FO, "language", "fr");
        xml.writeAttribute("fo", FO, "country", "FR");
        xml.writeEndElement();
        for (Style s : Styles.ALL) {
            paragraphStyle(xml, s);
        }
        xml.writeEndElement();
        xml.writeStartElement("office", "automatic-styles", OFFICE);
        xml.writeStartElement("style", "page-layout", STYLE);
        xml.writeAttribute("style", STYLE, "name", "A4");
        xml.writeEmptyElement("style", "page-layout-properties", STYLE);
        xml.writeAttribute("fo", FO, "page-width", "21cm");
        xml.writeAttribute("fo", FO, "page-height", "29.7cm");
        for (String side : new String[] {"top", "bottom", "left", "right"}) {
            xml.writeAttribute("fo", FO, "margin-" + side, side.equals("top") || side.equals("bottom") ? "1cm" : "2cm");
        }
        headerStyle(xml, "header-style", "margin-bottom");
        headerStyle(xml, "footer-style", "margin-top");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("office", "master-styles", OFFICE);
        xml.writeStartElement("style", "master-page", STYLE);
        xml.writeAttribute("style", STYLE, "name", "Standard");
        xml.writeAttribute("style", STYLE, "page-layout-name", "A4");
        if (!outline.header().isEmpty()) {
            xml.writeStartElement("style", "header", STYLE);
            for (String line : outline.header()) {
                xml.writeStartElement("text", "p", TEXT);
                xml.writeAttribute("text", TEXT, "style-name", "EnTete");
                runs(xml, line);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (outline.pageNumbers()) {
            xml.writeStartElement("style", "footer", STYLE);
            xml.writeStartElement("text", "p", TEXT);
            xml.writeAttribute("text", TEXT, "style-name", "PiedDePage");
            xml.writeCharacters("Page ");
            xml.writeStartElement("text", "page-number", TEXT);
            xml.writeAttribute("text", TEXT, "select-page", "current");
            xml.writeCharacters("1");
            xml.writeEndElement();
            xml.writeCharacters(" sur ");
            xml.writeStartElement("text", "page-count", TEXT);
            xml.writeCharacters("1");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private static void headerStyle(XMLStreamWriter xml, String element, String margin) throws XMLStreamException {
        xml.writeStartElement("style", element, STYLE);
        xml.writeEmptyElement("style", "header-footer-properties", STYLE);
        xml.writeAttribute("fo", FO, "min-height", "0.6cm");
        xml.writeAttribute("fo", FO, margin, "0.4cm");
        xml.writeEndElement();
    }

    private static void paragraphStyle(XMLStreamWriter xml, Style s) throws XMLStreamException {
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", s.id());
        xml.writeAttribute("style", STYLE, "display-name", s.name());
        xml.writeAttribute("style", STYLE, "family", "paragraph");
        if (s.outline() > 0) {
            xml.writeAttribute("style", STYLE, "default-outline-level", String.valueOf(s.outline()));
            xml.writeAttribute("style", STYLE, "next-style-name", "Corps");
        }
        xml.writeEmptyElement("style", "paragraph-properties", STYLE);
        xml.writeAttribute("fo", FO, "text-align", switch (s.align()) {
            case "both" -> "justify";
            case "center" -> "center";
            case "right" -> "end";
            default -> "start";
        });
        xml.writeAttribute("fo", FO, "margin-top", twipsToCm(s.spaceBefore()));
        xml.writeAttribute("fo", FO, "margin-bottom", twipsToCm(s.spaceAfter()));
        if (s.outline() > 0 || s.id().equals("Titre")) {
            xml.writeAttribute("fo", FO, "keep-with-next", "always");
        }
        xml.writeEmptyElement("style", "text-properties", STYLE);
        xml.writeAttribute("fo", FO, "font-size", String.format(Locale.ROOT, "%.1fpt", s.halfPoints() / 2.0));
        xml.writeAttribute("fo", FO, "color", "#" + s.color());
        if (s.bold()) {
            xml.writeAttribute("fo", FO, "font-weight", "bold");
        }
        xml.writeEndElement();
    }

    private static String twipsToCm(int twips) {
        return String.format(Locale.ROOT, "%.2fcm", twips / 567.0);
    }

    private static byte[] meta(Outline outline) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = start(out, "document-meta");
        xml.writeNamespace("dc", "http://purl.org/dc/elements/1.1/");
        xml.writeStartElement("office", "meta", OFFICE);
        xml.writeStartElement("dc", "title", "http://purl.org/dc/elements/1.1/");
        xml.writeCharacters(outline.name());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private byte[] manifest() throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("manifest", "manifest", MANIFEST);
        xml.writeNamespace("manifest", MANIFEST);
        xml.writeAttribute("manifest", MANIFEST, "version", "1.3");
        fileEntry(xml, "/", "application/vnd.oasis.opendocument.text");
        for (String part : List.of("content.xml", "styles.xml", "meta.xml")) {
            fileEntry(xml, part, "text/xml");
        }
        for (String picture : pictures) {
            fileEntry(xml, "Pictures/" + picture + ".png", "image/png");
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private static void fileEntry(XMLStreamWriter xml, String path, String type) throws XMLStreamException {
        xml.writeEmptyElement("manifest", "file-entry", MANIFEST);
        xml.writeAttribute("manifest", MANIFEST, "full-path", path);
        xml.writeAttribute("manifest", MANIFEST, "media-type", type);
        if (path.equals("/")) {
            xml.writeAttribute("manifest", MANIFEST, "version", "1.3");
        }
    }
}
