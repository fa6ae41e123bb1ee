package org.ctgstudio.docgen.model;

/**
 * A planned or done evaluation.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Evaluation(
        String type, String typeCode, DateFr prevue, DateFr realisee, String questions, String conclusions,
        boolean diagnosticActualise) {
}
