package org.ctgstudio.model.util;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.ctgstudio.model.DatePrecision;

/**
 * The days a date known with a {@link DatePrecision} may stand for: « courant 2022 » is any day of 2022, « avant fin
 * janvier 2023 » any day up to 31/01/2023. Rules decide on these bounds, so that an approximate date is never taken
 * for a precise one: a date is certainly after a day only if its earliest day is.
 */
public final class ApproximateDates {

    private ApproximateDates() {
    }

    /** The first day the date may be, or null when it has no lower bound (NOT_AFTER) or no date. */
    public static LocalDate earliest(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision == null ? DatePrecision.EXACT : precision) {
            case EXACT -> date;
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case HALF_YEAR -> LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> date.withDayOfYear(1);
            case NOT_AFTER -> null;
        };
    }

    /** The last day the date may be, or null without a date. */
    public static LocalDate latest(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision == null ? DatePrecision.EXACT : precision) {
            case EXACT, NOT_AFTER -> date;
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> earliest(date, DatePrecision.QUARTER).plusMonths(3).minusDays(1);
            case HALF_YEAR -> earliest(date, DatePrecision.HALF_YEAR).plusMonths(6).minusDays(1);
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** Whether the date is certainly after {@code day} (every day it may stand for is). */
    public static boolean certainlyAfter(LocalDate date, DatePrecision precision, LocalDate day) {
        LocalDate earliest = earliest(date, precision);
        return earliest != null && day != null && earliest.isAfter(day);
    }

    /** Whether the date is certainly before {@code day} (every day it may stand for is). */
    public static boolean certainlyBefore(LocalDate date, DatePrecision precision, LocalDate day) {
        LocalDate latest = latest(date, precision);
        return latest != null && day != null && latest.isBefore(day);
    }
}
