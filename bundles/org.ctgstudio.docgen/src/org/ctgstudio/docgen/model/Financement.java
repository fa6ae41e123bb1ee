package org.ctgstudio.docgen.model;

/**
 * A funding line; the bonus territoire lines carry their own details ({@code bonus} is true).
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Financement(
        String dispositif, String dispositifCode, String financeur, String beneficiaire, String equipement,
        String fiche, int annee, Montant montant, String base, Montant montantUnitaire, Nombre quantite,
        boolean bonus, String typeBonus, int placesExistantes, int placesNouvelles, Montant montantPlaceExistante,
        Montant montantPlaceNouvelle, Nombre heures, Montant montantCejReference) {
}
