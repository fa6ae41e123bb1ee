package org.ctgstudio.docgen.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctgstudio.docgen.Messages;

/**
 * The two changes made to a generated package after the engine: drawing ids made unique (a picture inside a loop
 * repeats its {@code wp:docPr} id, which Word refuses), and the draft mention for a template that does not show it
 * itself (a first paragraph « PROJET – document non définitif »). No library edits a DOCX/ODT part in place without
 * loading the whole document (POI would cost more than the generation), hence these targeted rewrites of one element.
 */
public final class OutputFixes {

    private static final Pattern DOC_PR = Pattern.compile("(<wp:docPr\\b[^>]*?\\bid=\")(\\d+)(\")");
    private static final Pattern ODT_DECLS = Pattern.compile(
            "<office:text\\b[^>]*>(\\s*<(text:[a-z-]+-decls|table:calculation-settings)\\b.*?(</\\2>|/>))*",
            Pattern.DOTALL);

    private OutputFixes() {
    }

    /** Renumbers the drawings of a DOCX when some share an id; returns the same bytes when none do. */
    public static byte[] uniqueDrawingIds(byte[] docx) {
        if (!hasDuplicateIds(docx)) {
            return docx;
        }
        int[] next = {1};
        return ZipParts.rewrite(docx, (name, content) -> {
            if (!isWordPart(name)) {
                return content;
            }
            Matcher m = DOC_PR.matcher(new String(content, StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder(content.length);
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + next[0]++ + m.group(3)));
            }
            m.appendTail(out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static boolean hasDuplicateIds(byte[] docx) {
        Set<String> seen = new HashSet<>();
        boolean[] duplicate = {false};
        ZipParts.read(docx, (name, content) -> {
            if (isWordPart(name)) {
                Matcher m = DOC_PR.matcher(new String(content, StandardCharsets.UTF_8));
                while (m.find()) {
                    duplicate[0] |= !seen.add(m.group(2));
                }
            }
        });
        return duplicate[0];
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
