package org.ctgstudio.docgen.model;

import java.math.BigDecimal;

/**
 * A percentage: « 45 % », « 12,5 % ». {@code .valeur} is the number of percent (45, not 0.45).
 *
 * @param valeur the percentage, null when it cannot be computed (no target, no measurement)
 */
public record Pourcentage(BigDecimal valeur) {

    public static final Pourcentage VIDE = new Pourcentage(null);

    public static Pourcentage of(BigDecimal percent) {
        return percent == null ? VIDE : new Pourcentage(percent);
    }

    public boolean renseigne() {
        return valeur != null;
    }

    @Override
    public String toString() {
        return valeur == null ? "" : FrenchNumbers.format(valeur, 1, false) + "\u00A0%";
    }
}
