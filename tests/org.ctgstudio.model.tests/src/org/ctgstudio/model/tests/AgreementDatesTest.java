package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.GovernanceFactory;
import org.ctgstudio.model.util.AgreementDates;
import org.junit.jupiter.api.Test;

/** Duration and end date after amendments, as the brief defines them (§7 q.1). */
class AgreementDatesTest {

    private static GlobalTerritorialAgreement agreement(String start, String end) {
        GlobalTerritorialAgreement agreement = CtgFactory.eINSTANCE.createGlobalTerritorialAgreement();
        agreement.setStartDate(start == null ? null : LocalDate.parse(start));
        agreement.setEndDate(end == null ? null : LocalDate.parse(end));
        return agreement;
    }

    @Test
    void durationCountsTheLastDay() {
        assertEquals(5, agreement("2025-01-01", "2029-12-31").getDurationYears());
        assertEquals(6, agreement("2025-01-01", "2030-12-31").getDurationYears());
        assertEquals(1, agreement("2025-01-01", "2025-12-31").getDurationYears());
        assertEquals(3, agreement("2022-07-01", "2026-06-29").getDurationYears(), "one day short of 4 years");
    }

    @Test
    void durationIsZeroWithoutUsableDates() {
        assertEquals(0, agreement(null, "2029-12-31").getDurationYears());
        assertEquals(0, agreement("2025-01-01", null).getDurationYears());
        assertEquals(0, agreement("2025-01-01", "2024-12-31").getDurationYears());
    }

    @Test
    void lastAmendmentSettingAnEndDateWins() {
        GlobalTerritorialAgreement agreement = agreement("2025-01-01", "2029-12-31");
        assertEquals(LocalDate.of(2029, 12, 31), agreement.getEffectiveEndDate());
        Amendment first = GovernanceFactory.eINSTANCE.createAmendment();
        first.setNumber(1);
        first.setNewEndDate(LocalDate.of(2030, 6, 30));
        Amendment second = GovernanceFactory.eINSTANCE.createAmendment();
        second.setNumber(2);
        second.setNewEndDate(LocalDate.of(2030, 12, 31));
        Amendment third = GovernanceFactory.eINSTANCE.createAmendment();
        third.setNumber(3);
        agreement.getAmendments().addAll(java.util.List.of(second, first, third));
        assertEquals(LocalDate.of(2030, 12, 31), agreement.getEffectiveEndDate());
        assertTrue(AgreementDates.isInForceOn(agreement, LocalDate.of(2030, 12, 31)));
        assertFalse(AgreementDates.isInForceOn(agreement, LocalDate.of(2031, 1, 1)));
        assertFalse(AgreementDates.isInForceOn(agreement, LocalDate.of(2024, 12, 31)));
    }
}
