package org.ctgstudio.docgen.model;

/**
 * A line of the development plan.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record LigneSchema(
        int annee, String typeEquipement, String commune, int places) {
}
