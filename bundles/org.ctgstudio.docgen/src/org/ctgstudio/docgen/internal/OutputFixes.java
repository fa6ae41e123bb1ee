package org.ctgstudio.docgen.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ctgstudio.docgen.Messages;

/**
 * The changes made to a package around the engine: drawing ids that stay unique (a picture inside a loop
 * repeats its {@code wp:docPr} id, which Word refuses), set up once in the template, and the draft mention added to a
 * generated document whose template does not show it (a first paragraph « PROJET – document non définitif »), the
 * width of the plugins' fragments' tables, the names of an ODT's repeated tables. No
 * library edits a DOCX/ODT part in place without loading the whole document (POI would cost more than the
 * generation), hence these targeted rewrites of one element.
 */
public final class OutputFixes {

    private static final Pattern DOC_PR = Pattern.compile("(<wp:docPr\\b[^>]*?\\bid=\")(\\d+)(\")");
    /** The template text that writes the next drawing number (the sandbox allows #assign; no other name used). */
    private static final String COUNTER = Matcher.quoteReplacement(
            "[#assign ctgDrawingId = (ctgDrawingId!0) + 1]${ctgDrawingId?c}");
    private static final Pattern ODT_DECLS = Pattern.compile(
            "<office:text\\b[^>]*>(\\s*<(text:[a-z-]+-decls|table:calculation-settings)\\b.*?(</\\2>|/>))*",
            Pattern.DOTALL);

    private OutputFixes() {
    }

    /**
     * A Word template whose drawings number themselves as the document is generated: each {@code wp:docPr} id becomes
     * a counter, so that a picture repeated by a loop gets a new id each time (Word refuses duplicates). Done once,
     * when the template is loaded, instead of rewriting every generated document.
     */
    public static byte[] numberedDrawings(byte[] docx) {
        return ZipParts.rewrite(docx, (name, content) -> {
            if (!isWordPart(name)) {
                return content;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            Matcher m = DOC_PR.matcher(xml);
            if (!m.find()) {
                return content;
            }
            return m.replaceAll("$1" + COUNTER + "$3")
                    .getBytes(StandardCharsets.UTF_8);
        });
    }

    /** A table XDocReport's text styling writes: a grid of fixed columns and no table properties. */
    private static final Pattern STYLED_TABLE = Pattern.compile("<w:tbl><w:tblGrid>(.*?)</w:tblGrid>",
            Pattern.DOTALL);
    private static final Pattern GRID_COL = Pattern.compile("<w:gridCol\\b[^>]*/>");
    /** The default templates' text width: A4 minus two margins of 2 cm. */
    private static final int TEXT_WIDTH_TWIPS = 9638;

    /**
     * Fits the tables of plugins' fragments to the text width: XDocReport gives each column 5.3 cm whatever their
     * number, so that a table of six columns ran past the page's edge in Word and in the PDF.
     */
    public static byte[] fittedTables(byte[] docx) {
        return ZipParts.rewrite(docx, (name, content) -> {
            if (!name.equals("word/document.xml")) {
                return content;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            Matcher m = STYLED_TABLE.matcher(xml);
            StringBuilder out = new StringBuilder(xml.length() + 256);
            boolean changed = false;
            while (m.find()) {
                long columns = GRID_COL.matcher(m.group(1)).results().count();
                StringBuilder grid = new StringBuilder();
                for (long c = 0; c < columns; c++) {
                    grid.append("<w:gridCol w:w=\"").append(TEXT_WIDTH_TWIPS / Math.max(1, columns)).append("\"/>");
                }
                m.appendReplacement(out, Matcher.quoteReplacement("<w:tbl><w:tblPr>"
                        + "<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"autofit\"/></w:tblPr>"
                        + "<w:tblGrid>" + grid + "</w:tblGrid>"));
                changed = true;
            }
            if (!changed) {
                return content;
            }
            m.appendTail(out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static final Pattern ODT_TABLE_NAME = Pattern.compile(
            "(<table:table\\b[^>]*?\\btable:name=\")([^\"]*)(\")");

    /**
     * Gives each table of a generated ODT its own name: a table inside a loop repeats its template's name, which ODF
     * does not allow; LibreOffice renames such tables as it loads them, searching every table for a free name each
     * time (a hundred fiches actions: a tenth of a second of a PDF conversion).
     */
    public static byte[] uniqueTableNames(byte[] odt) {
        return ZipParts.rewrite(odt, (name, content) -> {
            if (!name.equals("content.xml")) {
                return content;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            Set<String> names = ODT_TABLE_NAME.matcher(xml).results().map(r -> r.group(2))
                    .collect(Collectors.toCollection(HashSet::new));
            Set<String> seen = new HashSet<>();
            Map<String, Integer> next = new HashMap<>();
            Matcher m = ODT_TABLE_NAME.matcher(xml);
            StringBuilder out = new StringBuilder(xml.length() + 1024);
            boolean changed = false;
            while (m.find()) {
                String unique = m.group(2);
                if (!seen.add(unique)) {
                    String table = unique;
                    do {
                        unique = table + "_" + next.merge(table, 2, (n, one) -> n + 1);
                    } while (!names.add(unique));
                    changed = true;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + unique + m.group(3)));
            }
            if (!changed) {
                return content;
            }
            m.appendTail(out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static boolean isWordPart(String name) {
        return name.equals("word/document.xml") || name.matches("word/(header|footer)\\d*\\.xml");
    }

    /** Adds the draft mention as the first paragraph of the document body. */
    public static byte[] draftBanner(byte[] document, boolean docx) {
        String banner = xml(Messages.french("draft.banner"));
        String entry = docx ? "word/document.xml" : "content.xml";
        return ZipParts.rewrite(document, (name, content) -> {
            if (!name.equals(entry)) {
                return content;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            return (docx ? docxBanner(xml, banner) : odtBanner(xml, banner)).getBytes(StandardCharsets.UTF_8);
        });
    }

    private static String docxBanner(String xml, String banner) {
        Matcher body = Pattern.compile("<w:body\\b[^>]*>").matcher(xml);
        if (!body.find()) {
            return xml;
        }
        String paragraph = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val=\"C00000\"/>"
                + "<w:sz w:val=\"32\"/></w:rPr><w:t>" + banner + "</w:t></w:r></w:p>";
        return xml.substring(0, body.end()) + paragraph + xml.substring(body.end());
    }

    private static String odtBanner(String xml, String banner) {
        Matcher text = ODT_DECLS.matcher(xml);
        if (!text.find()) {
            return xml;
        }
        String style = "<style:style style:name=\"CtgProjet\" style:family=\"paragraph\"><style:paragraph-properties "
                + "fo:text-align=\"center\"/><style:text-properties fo:color=\"#c00000\" fo:font-weight=\"bold\" "
                + "fo:font-size=\"16pt\"/></style:style>";
        String withBanner = xml.substring(0, text.end()) + "<text:p text:style-name=\"CtgProjet\">" + banner
                + "</text:p>" + xml.substring(text.end());
        if (withBanner.contains("<office:automatic-styles/>")) {
            return withBanner.replace("<office:automatic-styles/>",
                    "<office:automatic-styles>" + style + "</office:automatic-styles>");
        }
        return withBanner.replaceFirst("<office:automatic-styles>",
                Matcher.quoteReplacement("<office:automatic-styles>" + style));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
