package org.ctgstudio.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ctgstudio.model.util.LocalizedMessages;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The CTG rulebook of the domain brief (§5) and of the modelling of real conventions: 58 rules with stable ids, each
 * backed by its sources. Messages and titles are in messages.properties (English) and messages_fr.properties
 * (French), keyed by rule id, or by rule id and case for rules that say which of their causes applies
 * ({@code CTG-DUR-01.noStart}). The id prefix tells the file: SIG in SignatoryRules; DUR, THE, TPL, LNK in
 * AgreementRules; TER, COV in TerritoryRules; DIA, PLN, ACT, IND in PlanRules; GOV, EVA, AMD in GovernanceRules; FIN
 * in FundingRules; MOD in ModelRules.
 */
public final class CtgRules {

    static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.validation.rules.messages",
            CtgRules.class);

    /** Public sources of the brief (§0); [OBS] and [MC] stay as tags (observed in signed CTGs; modelling choice). */
    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("S1", "https://vdocuments.fr/paris-le-16-janvier-entre-les-caf-et-les-collectivits-territoriales-et-favoriser.html"),
            Map.entry("S2", "http://expertise.uriopss-npdc.asso.fr/section/npca_print.html?publicationId=p5881583506507714"),
            Map.entry("S4", "https://ra2022.caf42.fr/?p=6878"),
            Map.entry("S5", "https://www.caf.fr/partenaires/convention-territoriale-globale"),
            Map.entry("S6", "https://www.caf.fr/partenaires/la-lettre-des-allocations-familiales/decryptage"),
            Map.entry("S7", "https://123dok.net/article/mesures-visant-r%C3%A9duire-reste-charge-fonctionnement.qo5vjxwm"),
            Map.entry("S8", "https://www.caf.fr/professionnels/offres-et-services/caf-de-saone-et-loire/partenaires-locaux/accueil-de-la-petite-enfance/bonus-territoire-et-contrat-territorial-reservataire-eaje"),
            Map.entry("S9", "https://www.lagazettedescommunes.com/933532/activites-periscolaires-quelles-mesures-pour-aider-les-collectivites-territoriales-a-absorber-la-demande-supplementaire"),
            Map.entry("S10", "https://questions.assemblee-nationale.fr/q16/16-10876QE.htm"),
            Map.entry("S11", "https://caf.fr/professionnels/offres-et-services/caf-de-la-moselle/partenaires-locaux/partenaires-d-action-sociale/le-soutien-de-la-caf-ses-partenaires/les-bonus-territoire"),
            Map.entry("S12", "https://www.ithea-conseil.fr/evaluer-sa-convention-territoriale-globale-pourquoi-et-comment/"),
            Map.entry("S13", "https://www.ithea-conseil.fr/observatoire/2020/3/23/elaborer-une-convention-territoriale-globale-ctg-prcisions-mthodologiques/"),
            Map.entry("S14", "https://caf.fr/professionnels/offres-et-services/caf-de-loire-atlantique/partenaires-locaux/obligations-partenaires-pour-percevoir-la-prestation-de-service-la-fonction"),
            Map.entry("S15", "https://ash.tm.fr/numeros-juridiques/3267/cadre-territorial-et-partenarial-missions-des-differents-acteurs-et-services/principes-directeurs-et-chartes/conventions-territoriales-globales-703070.php"),
            Map.entry("S16", "https://maire-info.com/cnaf-ce-qu'il-faut-savoir-sur-les-conventions-territoriales-globales-article-23795"),
            Map.entry("S17", "https://www.amf.asso.fr//documents-les-conventions-territoriales-globales-/39894"),
            Map.entry("S19", "https://caf.fr/professionnels/offres-et-services/caf-de-loire-atlantique/partenaires-locaux/des-projets-porteurs-de-sens"),
            Map.entry("S22", "https://www.aefinfo.fr/depeche/693048-l-executif-presente-sa-reforme-de-l-accueil-du-jeune-enfant-censee-creer-un-service-public-de-la-petite-enfance"));

    private static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("SIG", "signatories"),
            Map.entry("DUR", "duration"), Map.entry("TER", "territory"), Map.entry("THE", "themes"),
            Map.entry("DIA", "diagnosis"), Map.entry("PLN", "plan"), Map.entry("ACT", "actions"),
            Map.entry("IND", "indicators"), Map.entry("GOV", "governance"), Map.entry("EVA", "evaluation"),
            Map.entry("FIN", "funding"), Map.entry("AMD", "amendments"), Map.entry("LNK", "links"),
            Map.entry("TPL", "template"), Map.entry("COV", "coverage"), Map.entry("MOD", "structure"));

    private CtgRules() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(SignatoryRules.rules());
        rules.addAll(AgreementRules.rules());
        rules.addAll(TerritoryRules.rules());
        rules.addAll(PlanRules.rules());
        rules.addAll(GovernanceRules.rules());
        rules.addAll(FundingRules.rules());
        rules.addAll(ModelRules.rules());
        return rules;
    }

    /** The label of a category key (signatories, duration ...). */
    public static String categoryLabel(String category) {
        return MESSAGES.format("category." + category);
    }

    /** @param sources the brief's tags, e.g. "S5 S15" or "OBS MC" */
    static <T extends EObject> Rule rule(String id, Severity severity, Class<T> type, List<EClass> targets,
            String sources, Rule.Check<T> check) {
        List<String> links = Arrays.stream(sources.split(" ")).map(tag -> SOURCES.getOrDefault(tag, tag)).toList();
        return Rule.of(id, severity, type, targets, CATEGORIES.get(id.substring(4, 7)), links, MESSAGES, check);
    }
}
