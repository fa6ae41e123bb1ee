package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * The convention itself ({@code convention}).
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Convention(
        String reference, String intitule, int rang, String rangTexte, String statut, String statutCode,
        DateFr signature, DateFr debut, DateFr fin, DateFr finApresAvenants, int duree, String periodeCog,
        String modele, String versionModele, String precedente, List<Partie> parties, List<Partie> signataires,
        List<Partie> partenairesAssocies, Territoire territoire, List<ChampIntervention> champs,
        Diagnostic diagnostic, List<Axe> axes, List<Fiche> fiches, Montant budgetTotal, List<Equipement> equipements,
        List<Financement> financements, List<Financement> bonus, List<Engagement> engagements,
        List<MoyensPartenaire> moyens, Gouvernance gouvernance, List<Evaluation> evaluations, List<Avenant> avenants,
        List<LigneSchema> schemaDeveloppement, List<DocumentLie> schemasDepartementaux, List<DocumentLie> contrats,
        List<Article> articles, List<Annexe> annexes) {
}
