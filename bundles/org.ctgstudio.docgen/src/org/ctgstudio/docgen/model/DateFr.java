package org.ctgstudio.docgen.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date as French documents write it: {@code ${convention.fin}} prints « 31 décembre 2029 » (« 1er janvier 2025 »
 * for a first day), {@code .courte} 31/12/2029, {@code .moisAnnee} « décembre 2029 ».
 *
 * @param valeur the date, null when not filled in
 */
public record DateFr(LocalDate valeur) {

    public static final DateFr VIDE = new DateFr(null);
    private static final Locale FR = Locale.FRANCE;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", FR);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", FR);

    public static DateFr of(LocalDate date) {
        return date == null ? VIDE : new DateFr(date);
    }

    public boolean renseignee() {
        return valeur != null;
    }

    /** « 31 décembre 2029 », « 1er janvier 2025 ». */
    public String longue() {
        if (valeur == null) {
            return "";
        }
        String day = valeur.getDayOfMonth() == 1 ? "1er" : String.valueOf(valeur.getDayOfMonth());
        return day + " " + MONTH_YEAR.format(valeur);
    }

    /** 31/12/2029. */
    public String courte() {
        return valeur == null ? "" : SHORT.format(valeur);
    }

    /** « décembre 2029 ». */
    public String moisAnnee() {
        return valeur == null ? "" : MONTH_YEAR.format(valeur);
    }

    /** The year, 0 when the date is not filled in. */
    public int annee() {
        return valeur == null ? 0 : valeur.getYear();
    }

    @Override
    public String toString() {
        return longue();
    }
}
