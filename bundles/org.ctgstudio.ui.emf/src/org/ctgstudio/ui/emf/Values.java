package org.ctgstudio.ui.emf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.ctgstudio.edit.CtgLabels;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Values of data types as users read and type them: dates as 31/12/2029 in French (ISO in English), amounts grouped
 * (86 500) when shown and plain when edited; anything else as EMF writes it. Typing accepts 31/12/2029 or 2029-12-31.
 */
public final class Values {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu"); //$NON-NLS-1$

    private Values() {
    }

    /** How a value is shown (tables, read-only fields, the property sheet). */
    public static String display(Object value) {
        if (value instanceof LocalDate date) {
            return CtgLabels.date(date);
        }
        if (value instanceof BigDecimal number) {
            return CtgLabels.number(number);
        }
        return null;
    }

    /** How a value is put in a field to be edited. */
    public static String edit(EDataType type, Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof LocalDate date) {
            return CtgLabels.date(date);
        }
        return value instanceof String text ? text : EcoreUtil.convertToString(type, value);
    }

    /** The value typed in a field; throws with a readable message when it cannot be read. */
    public static Object parse(EDataType type, String text) {
        String input = text == null ? "" : text.trim(); //$NON-NLS-1$
        if (input.isEmpty()) {
            // Emptying a number of a primitive type gives its default (0), never an impossible null.
            return type.getInstanceClass() == String.class ? input : type.getDefaultValue();
        }
        if (type.getInstanceClass() == LocalDate.class && input.contains("/")) { //$NON-NLS-1$
            try {
                return LocalDate.parse(input, DAY_MONTH_YEAR);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        if (type.getInstanceClass() == BigDecimal.class) {
            // 86 500 or 86 500,50 as French users write amounts
            return new BigDecimal(input.replace("\u00A0", "").replace("\u202F", "").replace(" ", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    .replace(',', '.'));
        }
        return EcoreUtil.createFromString(type, input);
    }

    /** Several values edited as text, one per line. */
    public static String editLines(EDataType type, Collection<?> values) {
        return values.stream().map(value -> edit(type, value)).collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    /** The values typed one per line, blank lines left out; throws naming the line that cannot be read. */
    public static List<Object> parseLines(EDataType type, String text) {
        List<Object> values = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R"); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                values.add(parse(type, lines[i]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Property_invalidLine, i + 1, e.getMessage()), e);
            }
        }
        return values;
    }
}
