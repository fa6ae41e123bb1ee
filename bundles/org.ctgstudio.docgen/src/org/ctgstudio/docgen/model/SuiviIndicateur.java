package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * An indicator in the yearly follow-up: the year's value against baseline and target.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record SuiviIndicateur(
        String fiche, String ficheIntitule, String code, String libelle, String type, String unite,
        Nombre valeurInitiale, Nombre cible, Nombre valeur, DateFr dateMesure, Pourcentage atteinte,
        String appreciation, List<ValeurAnnuelle> valeurs) {
}
