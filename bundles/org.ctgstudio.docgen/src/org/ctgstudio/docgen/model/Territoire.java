package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * The territory of the convention.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Territoire(
        String nom, String type, String typeCode, String code, Nombre population, int anneePopulation,
        Montant potentielFinancier, Montant revenuParHabitant, String caf, List<Commune> communes, int nombreCommunes) {
}
