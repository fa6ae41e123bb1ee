package org.ctgstudio.model.util;

import java.time.LocalDate;

/**
 * Reads the dates of CTG files (ISO {@code 2025-01-01}). The common ten-character form is read directly: the general
 * ISO parser costs a noticeable share of loading a large model. Anything else goes to {@link LocalDate#parse}, which
 * also reports the errors.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** The date written in {@code text}, null for an empty text; an invalid date throws a DateTimeException. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String date = text.trim();
        if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
            int year = digits(date, 0, 4);
            int month = digits(date, 5, 7);
            int day = digits(date, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day); // throws for 2025-02-30 or month 13, as parse does
            }
        }
        return LocalDate.parse(date);
    }

    /** The number written by the ASCII digits of text[from, to), or -1 if another character is there. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
