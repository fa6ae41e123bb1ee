package org.ctgstudio.docgen.internal;

import org.ctgstudio.docgen.Messages;

/**
 * Finds the paragraph of a preprocessed DOCX or ODT part where FreeMarker stopped (it reports a line and column in
 * the XML XDocReport handed it) and says it as the template's author sees it: the paragraph's text, fields included.
 */
final class RuntimeLocations {

    private static final int EXCERPT = 70;

    private RuntimeLocations() {
    }

    static String locate(String xml, int line, Integer column) {
        int offset = offset(xml, line, column == null ? 1 : column);
        if (offset < 0) {
            return "";
        }
        int start = paragraphStart(xml, offset);
        int end = paragraphEnd(xml, offset);
        if (start < 0 || end < 0) {
            return "";
        }
        String text = xml.substring(start, end).replaceAll("<[^>]*>", "").replaceAll("\\[/?#[^\\]]*\\]", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        if (text.length() > EXCERPT) {
            text = text.substring(0, EXCERPT - 1).strip() + "\u2026";
        }
        return text.isEmpty() ? "" : Messages.format("location.paragraph", text);
    }

    private static int offset(String xml, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = xml.indexOf('\n', offset);
            if (offset < 0) {
                return -1;
            }
            offset++;
        }
        return Math.min(xml.length(), offset + column - 1);
    }

    private static int paragraphStart(String xml, int offset) {
        int best = -1;
        for (String tag : new String[] {"<w:p>", "<w:p ", "<text:p>", "<text:p ", "<text:h>", "<text:h "}) {
            best = Math.max(best, xml.lastIndexOf(tag, offset));
        }
        return best;
    }

    private static int paragraphEnd(String xml, int offset) {
        int best = -1;
        for (String tag : new String[] {"</w:p>", "</text:p>", "</text:h>"}) {
            int at = xml.indexOf(tag, offset);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
