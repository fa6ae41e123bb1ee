package org.ctgstudio.docgen.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the template fields in a paragraph's text: interpolations {@code ${…}}, directives {@code [#list …]},
 * {@code [/#list]}, user directives {@code [@…]}, comments {@code [#-- … --]}, with XDocReport's row and cell
 * markers ({@code @before-row[#list …]}). Knows FreeMarker's string literals and nesting, so that
 * {@code ${a?join("}")}} is one field; a field without its end is reported as such.
 */
final class FieldScanner {

    enum TokenType {
        INTERPOLATION, START, END, USER_DIRECTIVE, COMMENT, UNTERMINATED
    }

    /** The XDocReport markers that move a directive before or after the enclosing table row or cell. */
    static final List<String> MARKERS = List.of("@before-row", "@after-row", "@before-cell", "@after-cell");

    /**
     * A field found in a text.
     *
     * @param start      offset of its first character (the marker's, if any)
     * @param end        offset after its last character
     * @param name       the directive name (list, if …), empty for interpolations
     * @param expression what follows the name up to the closing bracket (the expression of an interpolation)
     * @param marker     the XDocReport marker before it ({@code @before-row} …) or empty
     */
    record Token(TokenType type, String text, int start, int end, String name, String expression, String marker) {
    }

    private FieldScanner() {
    }

    static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String marker = markerAt(text, i);
            int at = i + marker.length();
            if (text.startsWith("${", at)) {
                i = interpolation(text, i, at, marker, tokens);
            } else if (text.startsWith("[#--", at)) {
                int close = text.indexOf("--]", at + 4);
                int end = close < 0 ? text.length() : close + 3;
                tokens.add(new Token(close < 0 ? TokenType.UNTERMINATED : TokenType.COMMENT, text.substring(i, end), i, end,
                        "--", "", marker));
                i = end;
            } else if (text.startsWith("[#", at) || text.startsWith("[/#", at) || text.startsWith("[@", at)
                    || text.startsWith("[/@", at)) {
                i = directive(text, i, at, marker, tokens);
            } else {
                i = at == i ? i + 1 : at;
            }
        }
        return tokens;
    }

    private static String markerAt(String text, int i) {
        for (String marker : MARKERS) {
            if (text.startsWith(marker, i)) {
                return marker;
            }
        }
        return "";
    }

    private static int interpolation(String text, int start, int at, String marker, List<Token> tokens) {
        int close = closing(text, at + 2, '{', '}');
        if (close < 0) {
            tokens.add(new Token(TokenType.UNTERMINATED, text.substring(start), start, text.length(), "",
                    text.substring(at + 2), marker));
            return text.length();
        }
        tokens.add(new Token(TokenType.INTERPOLATION, text.substring(start, close + 1), start, close + 1, "",
                text.substring(at + 2, close), marker));
        return close + 1;
    }

    private static int directive(String text, int start, int at, String marker, List<Token> tokens) {
        boolean end = text.charAt(at + 1) == '/';
        int nameStart = at + (end ? 3 : 2);
        boolean user = text.charAt(nameStart - 1) == '@';
        int nameEnd = nameStart;
        while (nameEnd < text.length() && (Character.isLetterOrDigit(text.charAt(nameEnd))
                || text.charAt(nameEnd) == '_' || text.charAt(nameEnd) == '.')) {
            nameEnd++;
        }
        String name = text.substring(nameStart, nameEnd);
        int close = closing(text, nameEnd, '[', ']');
        if (close < 0) {
            tokens.add(new Token(TokenType.UNTERMINATED, text.substring(start), start, text.length(), name,
                    text.substring(nameEnd), marker));
            return text.length();
        }
        String expression = text.substring(nameEnd, close).strip();
        if (expression.endsWith("/")) {
            expression = expression.substring(0, expression.length() - 1).strip(); // [#assign x = 1 /]
        }
        TokenType type = user ? TokenType.USER_DIRECTIVE : end ? TokenType.END : TokenType.START;
        tokens.add(new Token(type, text.substring(start, close + 1), start, close + 1, name, expression, marker));
        return close + 1;
    }

    /**
     * The offset of the bracket that closes a field whose content starts at {@code from}, skipping string literals
     * and nested pairs; -1 when the text ends first.
     */
    static int closing(String text, int from, char open, char close) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(text, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == open) {
                depth++;
            } else if (c == close) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The offset of the quote that ends the string literal starting at {@code quote}, or -1. */
    static int endOfString(String text, int quote) {
        char q = text.charAt(quote);
        boolean raw = quote > 0 && text.charAt(quote - 1) == 'r';
        for (int i = quote + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && !raw) {
                i++;
            } else if (c == q) {
                return i;
            }
        }
        return -1;
    }
}
