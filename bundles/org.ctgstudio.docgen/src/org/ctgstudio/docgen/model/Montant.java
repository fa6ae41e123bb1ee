package org.ctgstudio.docgen.model;

import java.math.BigDecimal;

/**
 * An amount in euros: {@code ${fiche.budget}} prints « 620 000,00 € », {@code .entier} « 620 000 € »,
 * {@code .valeur} is the number (for sums and comparisons in the template).
 *
 * @param valeur the amount, null when not filled in
 */
public record Montant(BigDecimal valeur) {

    public static final Montant VIDE = new Montant(null);
    private static final String EURO = "\u00A0\u20AC";

    public static Montant of(BigDecimal amount) {
        return amount == null ? VIDE : new Montant(amount);
    }

    public boolean renseigne() {
        return valeur != null;
    }

    /** « 620 000 € » (rounded to the euro). */
    public String entier() {
        return valeur == null ? "" : FrenchNumbers.format(valeur, 0, true) + EURO;
    }

    @Override
    public String toString() {
        return valeur == null ? "" : FrenchNumbers.format(valeur, 2, true) + EURO;
    }
}
