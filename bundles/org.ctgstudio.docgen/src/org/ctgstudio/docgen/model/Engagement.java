package org.ctgstudio.docgen.model;

/**
 * A partner's commitment of means for a year (annex 1).
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Engagement(
        String partenaire, int annee, Montant montant, String description) {
}
