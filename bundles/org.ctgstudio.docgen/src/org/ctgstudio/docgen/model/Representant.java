package org.ctgstudio.docgen.model;

/**
 * A person who signs for a party, with their capacity (« Président du conseil d'administration »).
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Representant(
        String nom, String qualite) {
}
