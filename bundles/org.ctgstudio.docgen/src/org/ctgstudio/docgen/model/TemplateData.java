package org.ctgstudio.docgen.model;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Everything a template can name, by its first word: {@code ${convention.intitule}}, {@code ${territoire.nom}},
 * {@code ${caf.representant}}, {@code ${document.mention}} … The roots are this record's components, in this order;
 * {@code convention} holds the whole model, {@code fragments} what plugins add, the others are shortcuts the
 * article texts of convention templates use ({@code ${caf.nom}}, {@code ${champs.liste}}, {@code ${parametres.copilMinPerYear}}).
 */
public record TemplateData(
        Convention convention, Partie caf, Territoire territoire, Diagnostic diagnostic, Collectivites collectivites,
        Champs champs, Map<String, String> parametres, Document document, Suivi suivi, Avenant avenant,
        Fragments fragments) {

    /** The roots by name, as templates see them. */
    public Map<String, Object> roots() {
        Map<String, Object> roots = new LinkedHashMap<>();
        for (RecordComponent component : TemplateData.class.getRecordComponents()) {
            try {
                roots.put(component.getName(), component.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return roots;
    }

    public TemplateData withDocument(Document newDocument) {
        return new TemplateData(convention, caf, territoire, diagnostic, collectivites, champs, parametres,
                newDocument, suivi, avenant, fragments);
    }

    public TemplateData withFragments(Fragments newFragments) {
        return new TemplateData(convention, caf, territoire, diagnostic, collectivites, champs, parametres, document,
                suivi, avenant, newFragments);
    }

    /** The same data with each article's text passed through {@code render} (which fills its fields). */
    public TemplateData withArticleTexts(UnaryOperator<Article> render) {
        List<Article> articles = convention.articles().stream().map(render).toList();
        Convention c = convention;
        Convention rendered = new Convention(c.reference(), c.intitule(), c.rang(), c.rangTexte(), c.statut(),
                c.statutCode(), c.signature(), c.debut(), c.fin(), c.finApresAvenants(), c.duree(), c.periodeCog(),
                c.modele(), c.versionModele(), c.precedente(), c.parties(), c.signataires(), c.partenairesAssocies(),
                c.territoire(), c.champs(), c.diagnostic(), c.axes(), c.fiches(), c.budgetTotal(), c.equipements(),
                c.financements(), c.bonus(), c.engagements(), c.moyens(), c.gouvernance(), c.evaluations(),
                c.avenants(), c.schemaDeveloppement(), c.schemasDepartementaux(), c.contrats(), articles,
                c.annexes());
        return new TemplateData(rendered, caf, territoire, diagnostic, collectivites, champs, parametres, document,
                suivi, avenant, fragments);
    }
}
