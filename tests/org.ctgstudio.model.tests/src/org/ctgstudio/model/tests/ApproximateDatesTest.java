package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.util.ApproximateDates;
import org.ctgstudio.model.util.FrenchText;
import org.junit.jupiter.api.Test;

/** Dates known approximately stand for a period, never for an invented day; labels elide as French does. */
class ApproximateDatesTest {

    private static final LocalDate MID_MAY_2023 = LocalDate.of(2023, 5, 15);

    @Test
    void eachPrecisionStandsForItsPeriod() {
        assertEquals(MID_MAY_2023, ApproximateDates.earliest(MID_MAY_2023, DatePrecision.EXACT));
        assertEquals(MID_MAY_2023, ApproximateDates.latest(MID_MAY_2023, null), "no precision: an exact date");
        assertEquals(LocalDate.of(2023, 5, 1), ApproximateDates.earliest(MID_MAY_2023, DatePrecision.MONTH));
        assertEquals(LocalDate.of(2023, 5, 31), ApproximateDates.latest(MID_MAY_2023, DatePrecision.MONTH));
        assertEquals(LocalDate.of(2023, 4, 1), ApproximateDates.earliest(MID_MAY_2023, DatePrecision.QUARTER));
        assertEquals(LocalDate.of(2023, 6, 30), ApproximateDates.latest(MID_MAY_2023, DatePrecision.QUARTER));
        assertEquals(LocalDate.of(2023, 1, 1), ApproximateDates.earliest(MID_MAY_2023, DatePrecision.HALF_YEAR));
        assertEquals(LocalDate.of(2023, 12, 31),
                ApproximateDates.latest(LocalDate.of(2023, 7, 1), DatePrecision.HALF_YEAR));
        assertEquals(LocalDate.of(2023, 1, 1), ApproximateDates.earliest(MID_MAY_2023, DatePrecision.YEAR));
        assertEquals(LocalDate.of(2023, 12, 31), ApproximateDates.latest(MID_MAY_2023, DatePrecision.YEAR));
        assertNull(ApproximateDates.earliest(MID_MAY_2023, DatePrecision.NOT_AFTER), "« avant le » has no start");
        assertEquals(MID_MAY_2023, ApproximateDates.latest(MID_MAY_2023, DatePrecision.NOT_AFTER));
        assertNull(ApproximateDates.latest(null, DatePrecision.YEAR));
    }

    @Test
    void anApproximateDateIsCertainlyAfterADayOnlyWhenAllItsDaysAre() {
        LocalDate end = LocalDate.of(2023, 5, 20);
        assertFalse(ApproximateDates.certainlyAfter(MID_MAY_2023, DatePrecision.MONTH, end), "May 2023 may be before");
        assertTrue(ApproximateDates.certainlyAfter(LocalDate.of(2023, 6, 1), DatePrecision.MONTH, end));
        assertFalse(ApproximateDates.certainlyAfter(LocalDate.of(2030, 1, 31), DatePrecision.NOT_AFTER, end));
        assertFalse(ApproximateDates.certainlyBefore(MID_MAY_2023, DatePrecision.YEAR, LocalDate.of(2023, 12, 31)));
        assertTrue(ApproximateDates.certainlyBefore(MID_MAY_2023, DatePrecision.YEAR, LocalDate.of(2024, 1, 1)));
        assertFalse(ApproximateDates.certainlyBefore(null, DatePrecision.EXACT, end), "no date: nothing is certain");
    }

    @Test
    void frenchLabelsElideBeforeAVowel() {
        assertEquals("Commune d'Esquisse", FrenchText.of("Commune", "Esquisse"));
        assertEquals("Commune d'Échantillon-les-Bois", FrenchText.of("Commune", "Échantillon-les-Bois"));
        assertEquals("Commune de Gabarit", FrenchText.of("Commune", "Gabarit"));
        assertEquals("Commune de La Brouillonnière", FrenchText.of("Commune", "La Brouillonnière"));
        assertEquals("Commune du Havre", FrenchText.of("Commune", "Le Havre"));
        assertEquals("Commune des Mureaux", FrenchText.of("Commune", "Les Mureaux"));
        assertEquals("Commune de Haute-Rive", FrenchText.of("Commune", "Haute-Rive"), "never before an h");
    }
}
