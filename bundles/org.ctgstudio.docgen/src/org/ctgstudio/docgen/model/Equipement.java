package org.ctgstudio.docgen.model;

/**
 * A facility or service.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Equipement(
        String nom, String type, String typeCode, String gestionnaire, String commune, int capacite,
        int placesExistantes, int placesNouvelles, int heuresAn, boolean psu, boolean qpv) {
}
