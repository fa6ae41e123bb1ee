package org.ctgstudio.docgen.model;

import java.math.BigDecimal;

/**
 * A number as French documents write it: « 23 870 », « 0,8 ». {@code .valeur} is the number itself.
 *
 * @param valeur the number, null when not filled in
 */
public record Nombre(BigDecimal valeur) {

    public static final Nombre VIDE = new Nombre(null);

    public static Nombre of(BigDecimal value) {
        return value == null ? VIDE : new Nombre(value);
    }

    /** A count the model may leave unknown (a population): null is « not filled in », never 0. */
    public static Nombre of(Integer value) {
        return value == null ? VIDE : new Nombre(BigDecimal.valueOf(value.longValue()));
    }

    public static Nombre of(long value) {
        return new Nombre(BigDecimal.valueOf(value));
    }

    public boolean renseigne() {
        return valeur != null;
    }

    @Override
    public String toString() {
        return FrenchNumbers.format(valeur, 2, false);
    }
}
