package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AreaCharacter;
import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.TerritoryType;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.governance.EvaluationQuestion;
import org.ctgstudio.model.governance.EvaluationType;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.Severity;
import org.ctgstudio.validation.ValidationReport;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;

/**
 * The rules at the boundaries real conventions reach: where they used to misfire (they stay silent) and just past
 * them (they fire, saying which cause and where).
 */
class RealConventionsTest {

    private static List<Finding> on(ValidationReport report, String rule, Object element) {
        return report.of(rule).stream().filter(f -> f.element() == element).toList();
    }

    /** The convention signed by the Caf and the EPCI alone, as many intercommunal CTGs are. */
    private static void signedByTheEpciAlone(Fixture f) {
        f.ctg.getParties().removeIf(p -> p.getOrganisation().getType() == PartnerType.MUNICIPALITY);
    }

    @Test
    void sig04StaysSilentWhenTheEpciHoldsTheCompetences() throws Exception {
        Fixture f = new Fixture();
        signedByTheEpciAlone(f);
        f.ctg.getTerritory().getCompetences().forEach(c -> c.getRetainingMunicipalities().clear());
        assertEquals(List.of(), f.validate().of("CTG-SIG-04"), "every competence of the convention is the EPCI's");
    }

    @Test
    void sig04NamesTheCommunesThatKeptACompetenceInItsDetails() throws Exception {
        Fixture f = new Fixture();
        signedByTheEpciAlone(f);
        List<Finding> findings = on(f.validate(), "CTG-SIG-04", f.ctg);
        assertEquals(1, findings.size(), "one finding, not one per commune");
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.text().startsWith("2 communes membres gardent une compétence couverte par la convention"),
                finding.text());
        assertFalse(finding.text().contains("Saint-Fictif"), "the names go to the details, not the sentence");
        assertEquals(List.of("Saint-Fictif : Enfance (3–11 ans)", "Villedémo : Enfance (3–11 ans)"),
                finding.details());
    }

    @Test
    void sig04SaysWhenTheCompetencesAreNotRecorded() throws Exception {
        Fixture f = new Fixture();
        signedByTheEpciAlone(f);
        f.ctg.getTerritory().getCompetences().clear();
        Finding finding = on(f.validate(), "CTG-SIG-04", f.ctg).get(0);
        assertTrue(finding.text().startsWith("12 communes membres ne signent pas la convention et les compétences "
                + "transférées à l'intercommunalité ne sont pas renseignées"), finding.text());
        assertEquals(12, finding.details().size());
        assertTrue(f.validate(RuleProfile.defaults().withParameter("requireMemberMunicipalities", "false"))
                .of("CTG-SIG-04").isEmpty(), "the Caf's choice");
    }

    @Test
    void eva02LeavesAPlannedFinalEvaluationAlone() throws Exception {
        Fixture f = new Fixture();
        Evaluation evaluation = finalEvaluation(f);
        evaluation.setIsDiagnosisUpdated(false);
        RuleProfile beforeIt = RuleProfile.defaults().withParameter("referenceDate", "2029-05-31");
        assertEquals(List.of(), on(f.validate(beforeIt), "CTG-EVA-02", evaluation),
                "planned for June 2029, all four questions: nothing to say yet");
        RuleProfile inJune = RuleProfile.defaults().withParameter("referenceDate", "2029-06-30");
        assertEquals(List.of(), on(f.validate(inJune), "CTG-EVA-02", evaluation), "June 2029 is not over");
    }

    @Test
    void eva02AsksForTheDiagnosisUpdateOnceTheEvaluationIsDoneOrItsDateHasPassed() throws Exception {
        Fixture f = new Fixture();
        Evaluation evaluation = finalEvaluation(f);
        evaluation.setIsDiagnosisUpdated(false);
        RuleProfile after = RuleProfile.defaults().withParameter("referenceDate", "2029-07-01");
        assertEquals("Date prévue de l'évaluation finale passée (juin 2029) : actualisez le diagnostic partagé.",
                on(f.validate(after), "CTG-EVA-02", evaluation).get(0).text());
        evaluation.setActualDate(LocalDate.of(2029, 6, 12));
        assertEquals("Évaluation finale réalisée le 12/06/2029 : actualisez le diagnostic partagé.",
                on(f.validate(RuleProfile.defaults().withParameter("referenceDate", "2029-01-01")), "CTG-EVA-02",
                        evaluation).get(0).text());
        evaluation.setIsDiagnosisUpdated(true);
        evaluation.getQuestions().remove(EvaluationQuestion.RELEVANCE);
        List<Finding> findings = on(f.validate(after), "CTG-EVA-02", evaluation);
        assertEquals(List.of("Question évaluative non couverte : Pertinence au regard des besoins."),
                findings.stream().map(Finding::text).toList(), "never an empty list, never two causes in one");
    }

    @Test
    void aDiagnosisOfEnjeuxOnlyIsPresent() throws Exception {
        Fixture f = new Fixture();
        f.ctg.getDiagnosis().getNeeds().clear();
        ValidationReport report = f.validate();
        assertEquals(List.of(), report.of("CTG-DIA-01"), "published CTGs state their enjeux");
        Finding milder = on(report, "CTG-DIA-04", f.ctg.getDiagnosis()).get(0);
        assertEquals(Severity.INFO, milder.severity());
        assertEquals("6 enjeux sont énoncés sans les besoins qui les fondent : décrivez ces besoins.", milder.text());
        assertEquals(0, report.count(Severity.ERROR), report.findings().toString());
    }

    @Test
    void aDiagnosisWithNeitherNeedNorEnjeuIsAbsent() throws Exception {
        Fixture f = new Fixture();
        f.ctg.getDiagnosis().getNeeds().clear();
        f.ctg.getDiagnosis().getIssues().clear();
        assertEquals("Le diagnostic partagé est absent : ni besoin ni enjeu n'est décrit.",
                on(f.validate(), "CTG-DIA-01", f.ctg).get(0).text());
    }

    /** The Val d'Exemple as if it were one commune: Gabarit, a commune nouvelle, grown above the threshold. */
    private static Territory communal(Fixture f, int population, AreaCharacter character) {
        Territory territory = f.ctg.getTerritory();
        Municipality gabarit = f.commune("Gabarit");
        territory.setType(TerritoryType.MUNICIPALITY);
        territory.setPopulation(population);
        territory.setCharacter(character);
        territory.getMunicipalities().clear();
        territory.getMunicipalities().add(gabarit);
        return territory;
    }

    @Test
    void ter01TakesARuralCommuneNouvelleForWhatItIsWhateverItsPopulation() throws Exception {
        Fixture f = new Fixture();
        communal(f, 25000, AreaCharacter.RURAL);
        assertEquals("CTG communale d'une commune au caractère « Rural » : l'échelon intercommunal est à privilégier, "
                + "quelle que soit sa population.", on(f.validate(), "CTG-TER-01", f.ctg).get(0).text());
        communal(f, 25000, AreaCharacter.NOT_SPECIFIED);
        assertTrue(on(f.validate(), "CTG-TER-01", f.ctg).get(0).text().startsWith(
                "CTG communale d'une commune nouvelle qui n'est pas désignée comme ville-centre"),
                "a commune nouvelle counts as rural unless stated urban");
        assertTrue(on(f.validate(RuleProfile.defaults().withParameter("communalScaleNewMunicipalityRural", "false")),
                "CTG-TER-01", f.ctg).isEmpty(), "configurable");
    }

    @Test
    void ter01AcceptsALargeUrbanCentre() throws Exception {
        Fixture f = new Fixture();
        communal(f, 20000, AreaCharacter.URBAN_CENTRE);
        assertEquals(List.of(), on(f.validate(), "CTG-TER-01", f.ctg), "20 000 inhabitants, a ville-centre");
        communal(f, 19999, AreaCharacter.URBAN_CENTRE);
        assertEquals("CTG communale pour 19\u202F999 habitants, sous le seuil de 20\u202F000 : l'échelon intercommunal "
                + "est à privilégier.", on(f.validate(), "CTG-TER-01", f.ctg).get(0).text().replace('\u00A0', '\u202F'));
    }

    @Test
    void anUnknownPopulationIsNeverZero() throws Exception {
        Fixture f = new Fixture();
        Territory territory = communal(f, 25000, AreaCharacter.URBAN);
        territory.setPopulation(null);
        ValidationReport report = f.validate();
        assertEquals(List.of(), on(report, "CTG-TER-01", f.ctg), "no « CTG communale pour 0 habitants »");
        assertEquals("Population non renseignée : les contrôles qui en dépendent (échelon communal, couverture, relais "
                + "petite enfance) ne peuvent pas être faits.", on(report, "CTG-TER-05", territory).get(0).text());
        assertEquals(List.of(), on(report, "CTG-TER-02", territory), "no total compared with an unknown");
    }

    @Test
    void anActionWithoutObjectiveOrThemeIsACtgFinding() throws Exception {
        Fixture f = new Fixture();
        Action action = f.action("FA03");
        action.getObjectives().clear();
        action.getThemes().clear();
        List<String> texts = on(f.validate(), "CTG-MOD-01", action).stream().map(Finding::text).toList();
        assertEquals(List.of("Renseignez au moins un élément dans « Thématiques » : le modèle l'exige.",
                "Renseignez au moins un élément dans « Objectifs » : le modèle l'exige."), texts);
        Finding finding = on(f.validate(), "CTG-MOD-01", action).get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(action.getId(), finding.elementId());
    }

    @Test
    void anIssueWithoutNeedIsAFindingToo() throws Exception {
        Fixture f = new Fixture();
        var issue = f.ctg.getDiagnosis().getIssues().get(2);
        issue.getNeeds().clear();
        assertEquals("Aucun besoin du diagnostic ne fonde cet enjeu.", on(f.validate(), "CTG-DIA-04", issue).get(0)
                .text());
    }

    @Test
    void aTerritoryThatDoesNotResolveIsReportedAndNeverReasonedOn() throws Exception {
        Fixture f = new Fixture();
        Territory lost = CtgFactory.eINSTANCE.createTerritory();
        ((InternalEObject) lost).eSetProxyURI(URI.createURI(f.data.eResource().getURI() + "#_territoire_disparu"));
        f.ctg.setTerritory(lost);
        ValidationReport report = f.validate();
        Finding finding = on(report, "CTG-MOD-02", f.ctg).get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.text().matches("« Territoire » renvoie à un élément introuvable \\(referentiel-caf-exemple"
                + "\\.ctgw#_territoire_disparu\\) : fichier absent ou élément supprimé\\."), finding.text());
        for (String rule : List.of("CTG-TER-01", "CTG-SIG-04", "CTG-TER-05")) {
            assertEquals(List.of(), on(report, rule, f.ctg), rule + " reasoned on an unresolved territory");
        }
        assertTrue(report.findings().stream().noneMatch(x -> x.text().contains(x.ruleId())),
                "no rule failed: " + report.findings());
    }

    @Test
    void anUnresolvedPilotIsReportedNotTakenForAMissingOne() throws Exception {
        Fixture f = new Fixture();
        Action action = f.action("FA01");
        var gone = CtgFactory.eINSTANCE.createOrganisation();
        ((InternalEObject) gone).eSetProxyURI(URI.createURI(f.data.eResource().getURI() + "#_pilote_disparu"));
        action.setPilot(gone);
        ValidationReport report = f.validate();
        assertEquals(1, on(report, "CTG-MOD-02", action).size());
        assertEquals(List.of(), on(report, "CTG-ACT-01", action));
    }

    @Test
    void aPilotToBeDesignatedIsAnInfoInADraftAndAnErrorOnceSigned() throws Exception {
        Fixture f = new Fixture();
        Action action = f.action("FA04");
        action.setPilot(null);
        action.setPilotToBeDesignated(true);
        f.ctg.setStatus(CtgStatus.DRAFTING);
        ValidationReport draft = f.validate();
        assertEquals(List.of(), on(draft, "CTG-ACT-01", action), "a draft may leave the pilot « à désigner »");
        assertEquals("Pilote à désigner avant la signature.", on(draft, "CTG-ACT-05", action).get(0).text());
        f.ctg.setStatus(CtgStatus.SIGNED);
        ValidationReport signed = f.validate();
        assertEquals("Pilote toujours à désigner alors que la convention est au statut « Signée ».",
                on(signed, "CTG-ACT-01", action).get(0).text());
        assertEquals(List.of(), on(signed, "CTG-ACT-05", action));
        action.setPilotToBeDesignated(false);
        assertTrue(on(f.validate(), "CTG-ACT-01", action).get(0).text().startsWith("Pilote non renseigné"));
    }

    @Test
    void anOperatorToBeDesignatedIsAFindingAtSignatureOnly() throws Exception {
        Fixture f = new Fixture();
        var facility = f.facility("Accueil jeunes");
        facility.setOperator(null);
        facility.setOperatorToBeDesignated(true);
        f.ctg.setStatus(CtgStatus.DRAFTING);
        assertEquals(List.of(), on(f.validate(), "CTG-FIN-10", facility));
        assertEquals(1, on(f.validate(), "CTG-FIN-11", facility).size());
        f.ctg.setStatus(CtgStatus.IN_FORCE);
        assertEquals(Severity.ERROR, on(f.validate(), "CTG-FIN-10", facility).get(0).severity());
    }

    @Test
    void approximateDatesAreJudgedOnTheirWholePeriod() throws Exception {
        Fixture f = new Fixture();
        Action action = f.action("FA05");
        action.setDueDate(LocalDate.of(2030, 1, 31));
        action.setDueDatePrecision(DatePrecision.NOT_AFTER);
        assertEquals(List.of(), on(f.validate(), "CTG-DUR-04", action), "« avant fin janvier 2030 » may be in 2029");
        action.setDueDatePrecision(DatePrecision.YEAR);
        assertEquals("Échéance (2030) hors de la période de la convention (du 01/01/2025 au 31/12/2029).",
                on(f.validate(), "CTG-DUR-04", action).get(0).text());
        f.ctg.getDiagnosis().setCompletionDate(LocalDate.of(2024, 12, 1));
        f.ctg.getDiagnosis().setCompletionDatePrecision(DatePrecision.MONTH);
        assertEquals(List.of(), f.validate().of("CTG-DIA-02"), "« décembre 2024 » may be before the 12th");
        f.ctg.getDiagnosis().setCompletionDate(LocalDate.of(2025, 1, 1));
        assertEquals(1, f.validate().of("CTG-DIA-02").size());
    }

    @Test
    void coordinationIsNoFurtherFieldOfIntervention() throws Exception {
        Fixture f = new Fixture();
        f.ctg.getInterventionFields().removeIf(field -> !List.of(ThematicDomain.EARLY_CHILDHOOD,
                ThematicDomain.YOUTH, ThematicDomain.PARENTING).contains(field.getTheme()));
        InterventionField coordination = CtgFactory.eINSTANCE.createInterventionField();
        coordination.setTheme(ThematicDomain.COORDINATION);
        f.ctg.getInterventionFields().add(coordination);
        assertEquals("Ajoutez au moins une thématique supplémentaire (accès aux droits, logement, handicap…).",
                f.validate().of("CTG-THE-02").get(0).text());
    }

    @Test
    void oneCausePerMessageAndTheElementNamedOnce() throws Exception {
        Fixture f = new Fixture();
        AgreementParty cc = f.ctg.getParties().get(1);
        cc.setDeliberationDate(LocalDate.of(2024, 12, 20));
        Action fa03 = f.action("FA03");
        fa03.getTargetPublics().clear();
        fa03.setStartDate(null);
        f.action("FA06").getIndicators().clear();
        f.ctg.getAxes().get(0).getObjectives().get(1).getActions().clear();
        ValidationReport report = f.validate();
        assertEquals("Communauté de communes du Val d'Exemple (Signataire) : Délibération du 20/12/2024, "
                + "postérieure à la signature du 12/12/2024.", on(report, "CTG-SIG-03", cc).get(0).message());
        assertEquals(List.of("Date de début non renseignée.", "Public cible non renseigné."),
                on(report, "CTG-ACT-02", fa03).stream().map(Finding::text).toList());
        assertEquals(List.of(), on(report, "CTG-IND-03", f.action("FA06")), "CTG-IND-01 already says it");
        assertEquals("Cet objectif n'est décliné en aucune fiche action.",
                on(report, "CTG-PLN-03", f.ctg.getAxes().get(0).getObjectives().get(1)).get(0).text());
    }

    @Test
    void aTemplateOfAnotherCafGetsAnInfo() throws Exception {
        Fixture f = new Fixture();
        var other = CtgFactory.eINSTANCE.createOrganisation();
        other.setName("Caf du Voisinage");
        other.setType(PartnerType.CAF);
        f.data.getOrganisations().add(other);
        f.template.setCaf(other);
        Finding finding = on(f.validate(), "CTG-TPL-02", f.ctg).get(0);
        assertEquals(Severity.INFO, finding.severity());
        assertEquals("Le modèle appartient à « Caf du Voisinage » et non à la Caf compétente du territoire, "
                + "« Caf de l'Exemple ».", finding.text());
    }

    private static Evaluation finalEvaluation(Fixture f) {
        GlobalTerritorialAgreement ctg = f.ctg;
        return ctg.getEvaluations().stream().filter(e -> e.getType() == EvaluationType.FINAL).findFirst()
                .orElseThrow();
    }
}
