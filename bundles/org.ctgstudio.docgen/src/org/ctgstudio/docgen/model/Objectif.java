package org.ctgstudio.docgen.model;

/**
 * An objective of an axis.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Objectif(
        String code, String intitule, String niveau, String enjeux, String besoins, String fiches) {
}
