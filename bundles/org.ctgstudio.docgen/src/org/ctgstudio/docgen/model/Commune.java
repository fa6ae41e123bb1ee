package org.ctgstudio.docgen.model;

/**
 * A member commune of the territory.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Commune(
        String nom, String codeInsee, Nombre population, int anneePopulation, boolean qpv, boolean zrr) {
}
