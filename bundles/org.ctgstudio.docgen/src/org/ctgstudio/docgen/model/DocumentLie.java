package org.ctgstudio.docgen.model;

/**
 * A departmental scheme or a contract the convention is linked with.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record DocumentLie(
        String type, String intitule, String periode) {
}
