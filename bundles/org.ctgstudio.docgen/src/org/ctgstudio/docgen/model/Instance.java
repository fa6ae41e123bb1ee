package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * A committee (COPIL, COTECH, thematic committee).
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Instance(
        String type, String typeCode, String nom, String membres, int reunionsParAn, List<Reunion> reunions) {
}
