package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * An indicator of a fiche action, with its measurements.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Indicateur(
        String code, String libelle, String type, String typeCode, String unite, Nombre valeurInitiale,
        DateFr dateValeurInitiale, Nombre cible, String source, List<Mesure> mesures, Mesure derniereMesure,
        Pourcentage atteinte, String fiche) {
}
