package org.ctgstudio.docgen.model;

/**
 * A measurement of an indicator.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Mesure(
        DateFr date, int annee, Nombre valeur) {

    public static final Mesure VIDE = new Mesure(DateFr.VIDE, 0, Nombre.VIDE);
}
