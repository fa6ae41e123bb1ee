package org.ctgstudio.docgen.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * French number formatting for documents: thousands grouped with a no-break space (U+00A0, not Java's U+202F, which
 * some PDF tools drop), decimal comma: « 2 600,00 », « 0,8 ».
 */
public final class FrenchNumbers {

    private static final char NBSP = '\u00A0';
    /** DecimalFormat is costly to build and not thread-safe: one per thread and pattern. */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private FrenchNumbers() {
    }

    /** With exactly {@code decimals} decimals when {@code fixed}, else up to {@code decimals} (no trailing zeros). */
    public static String format(BigDecimal value, int decimals, boolean fixed) {
        if (value == null) {
            return "";
        }
        return FORMATS.get().computeIfAbsent(decimals + (fixed ? "f" : "v"), key -> {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
            symbols.setGroupingSeparator(NBSP);
            symbols.setDecimalSeparator(',');
            symbols.setMinusSign('-');
            DecimalFormat format = new DecimalFormat("#,##0", symbols);
            format.setMinimumFractionDigits(fixed ? decimals : 0);
            format.setMaximumFractionDigits(decimals);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        }).format(value);
    }
}
