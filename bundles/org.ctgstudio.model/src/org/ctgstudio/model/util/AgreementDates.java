package org.ctgstudio.model.util;

import java.time.LocalDate;
import java.time.Period;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.governance.Amendment;

/**
 * The derived dates of an agreement. The generated getters of {@code durationYears} and {@code effectiveEndDate}
 * delegate here, so that the rule lives once, outside generated code.
 */
public final class AgreementDates {

    private AgreementDates() {
    }

    /**
     * Whole years from the start date to the end date inclusive: 01/01/2025–31/12/2029 lasts 5 years (end + 1 day −
     * start, domain brief §7 q.1). 0 when a date is missing or the end precedes the start.
     */
    public static int durationYears(GlobalTerritorialAgreement agreement) {
        LocalDate start = agreement.getStartDate();
        LocalDate end = agreement.getEndDate();
        if (start == null || end == null || end.isBefore(start)) {
            return 0;
        }
        return Period.between(start, end.plusDays(1)).getYears();
    }

    /**
     * The end date once amendments are applied: the new end date of the last amendment (highest number) that sets
     * one, otherwise the end date.
     */
    public static LocalDate effectiveEndDate(GlobalTerritorialAgreement agreement) {
        LocalDate result = agreement.getEndDate();
        int lastNumber = Integer.MIN_VALUE;
        for (Amendment amendment : agreement.getAmendments()) {
            if (amendment.getNewEndDate() != null && amendment.getNumber() >= lastNumber) {
                lastNumber = amendment.getNumber();
                result = amendment.getNewEndDate();
            }
        }
        return result;
    }

    /** Whether the day falls within the agreement's period, amendments included (both ends inclusive). */
    public static boolean isInForceOn(GlobalTerritorialAgreement agreement, LocalDate day) {
        LocalDate start = agreement.getStartDate();
        LocalDate end = effectiveEndDate(agreement);
        return start != null && end != null && !day.isBefore(start) && !day.isAfter(end);
    }
}
