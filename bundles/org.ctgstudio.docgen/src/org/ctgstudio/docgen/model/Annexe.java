package org.ctgstudio.docgen.model;

/**
 * An annex.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Annexe(
        String numero, String titre, String nature, String natureCode, String pieceJointe) {
}
