package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.ctgstudio.model.util.IsoDates;
import org.junit.jupiter.api.Test;

/** Dates of CTG files: the direct reading of the usual form agrees with the ISO parser, errors included. */
class IsoDatesTest {

    @Test
    void usualFormIsReadAsTheIsoParserWould() {
        for (String text : new String[] {"2025-01-01", "2029-12-31", "2024-02-29", "0001-01-01", " 2025-06-15 "}) {
            assertEquals(LocalDate.parse(text.trim()), IsoDates.parse(text), text);
        }
    }

    @Test
    void emptyIsNoDate() {
        assertNull(IsoDates.parse(null));
        assertNull(IsoDates.parse("  "));
    }

    @Test
    void impossibleDatesAreRefused() {
        for (String text : new String[] {"2025-02-30", "2025-13-01", "2025-00-10", "2025-1-05", "2025/01/05",
                "25-01-2025", "2025-01-0a", "hier"}) {
            assertThrows(DateTimeException.class, () -> IsoDates.parse(text), text);
        }
    }

    @Test
    void otherIsoFormsStillWork() {
        assertEquals(LocalDate.of(12025, 1, 1), IsoDates.parse("+12025-01-01"));
    }
}
