package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * A party to the convention: signatory or associated partner.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Partie(
        String nom, String type, String typeCode, String role, String roleCode, boolean signataire,
        boolean collectivite, String representant, String qualite, List<Representant> representants, String instance,
        DateFr dateDeliberation, DateFr dateSignature, String siren) {

    public static final Partie VIDE = new Partie("", "", "", "", "", false, false, "", "", List.of(), "", DateFr.VIDE,
            DateFr.VIDE, "");
}
