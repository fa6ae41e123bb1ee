package org.ctgstudio.docgen.model;

/**
 * The value of an indicator at the end of one year (last measurement of the year).
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record ValeurAnnuelle(
        int annee, Nombre valeur, Pourcentage atteinte) {
}
