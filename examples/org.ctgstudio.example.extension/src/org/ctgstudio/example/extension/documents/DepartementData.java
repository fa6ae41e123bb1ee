package org.ctgstudio.example.extension.documents;

import java.util.List;

import org.ctgstudio.docgen.fragments.TemplateDataProvider;
import org.ctgstudio.docgen.model.Montant;
import org.ctgstudio.example.extension.departement.DepartmentalFunding;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.plan.Action;

/**
 * The data of the fragment: the convention's departmental funding lines, copied out of the model into view records
 * (the sandbox lets the body read records of this package only; EMF objects never reach it). The body reads it as
 * {@code departement}.
 */
public final class DepartementData implements TemplateDataProvider {

    /** The fragment's data: {@code departement.lignes}, {@code departement.total}. */
    public record Financements(List<Ligne> lignes, Montant total) {
    }

    /**
     * One departmental funding line.
     *
     * @param montant prints « 12 000,00 € », like the other amounts of the documents
     * @param action  « FA03 – Lieu d'accueil enfants-parents », empty when the line finances no action
     */
    public record Ligne(String dispositif, String deliberation, String financeur, int annee, Montant montant,
            String action) {
    }

    @Override
    public String key() {
        return "departement";
    }

    @Override
    public Record data(GlobalTerritorialAgreement agreement) {
        List<Ligne> lignes = agreement.getFundings().stream().filter(DepartmentalFunding.class::isInstance)
                .map(DepartmentalFunding.class::cast).map(DepartementData::ligne).toList();
        java.math.BigDecimal total = lignes.stream().map(l -> l.montant().valeur()).filter(v -> v != null)
                .reduce(java.math.BigDecimal::add).orElse(null);
        return new Financements(lignes, Montant.of(total));
    }

    private static Ligne ligne(DepartmentalFunding f) {
        Organisation funder = f.getFunder();
        Action action = f.getAction();
        return new Ligne(text(f.getScheme()), text(f.getCouncilDecision()),
                funder == null ? "" : text(funder.getName()),
                f.getYear(), Montant.of(f.getAmount()),
                action == null ? "" : text(action.getNumber()) + " \u2013 " + text(action.getTitle()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
