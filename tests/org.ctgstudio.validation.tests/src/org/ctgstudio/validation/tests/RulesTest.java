package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.TerritoryType;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.DeploymentFactory;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.governance.EvaluationQuestion;
import org.ctgstudio.model.governance.EvaluationType;
import org.ctgstudio.model.plan.ActionStatus;
import org.ctgstudio.model.plan.IndicatorKind;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleRegistry;
import org.ctgstudio.validation.ValidationReport;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the brief (§5), twice: once where it fires on a given element (a broken variant of the brief, or the
 * example broken on purpose), once where the same element is right and the rule stays silent.
 */
class RulesTest {

    /**
     * @param variant the broken variant of examples/variants to load instead of the example, or null
     * @param breaks  breaks the model (when no variant does) and returns the element the rule must flag
     * @param right   returns an element the rule must leave alone (possibly after a harmless change)
     */
    record Case(String rule, String variant, Function<Fixture, EObject> breaks, Function<Fixture, EObject> right) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static Case variant(String rule, String variant, Function<Fixture, EObject> element) {
        return new Case(rule, variant, element, element);
    }

    private static Case broken(String rule, Function<Fixture, EObject> breaks, Function<Fixture, EObject> right) {
        return new Case(rule, null, breaks, right);
    }

    static Stream<Case> cases() {
        return Stream.of(
                variant("CTG-SIG-01", "sans-caf", f -> f.ctg),
                broken("CTG-SIG-02", f -> {
                    f.ctg.getParties().stream().filter(p -> p.getOrganisation().getType() == PartnerType.MUNICIPALITY
                            || p.getOrganisation().getType() == PartnerType.EPCI)
                            .forEach(p -> p.setRole(PartyRole.ASSOCIATED_PARTNER));
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-SIG-03", f -> {
                    var cc = party(f, "Communauté de communes du Val d'Exemple");
                    cc.setDeliberationDate(LocalDate.of(2024, 12, 20));
                    return cc;
                }, f -> party(f, "Communauté de communes du Val d'Exemple")),
                broken("CTG-SIG-04", f -> {
                    f.ctg.getParties().remove(party(f, "Commune de Saint-Fictif")); // keeps the périscolaire
                    return f.ctg;
                }, f -> {
                    f.ctg.getParties().remove(party(f, "Commune de Croquis")); // transferred everything to the CC
                    return f.ctg;
                }),
                broken("CTG-DUR-01", f -> {
                    f.ctg.setSignatureDate(null);
                    return f.ctg;
                }, f -> f.ctg),
                variant("CTG-DUR-02", "echeance-2030", f -> f.ctg),
                broken("CTG-DUR-03", f -> {
                    f.ctg.setEndDate(LocalDate.of(2027, 12, 31));
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-DUR-04", f -> {
                    f.action("FA05").setDueDate(LocalDate.of(2030, 6, 30));
                    return f.action("FA05");
                }, f -> f.action("FA05")),
                broken("CTG-TER-01", f -> {
                    f.ctg.getTerritory().setType(TerritoryType.MUNICIPALITY);
                    f.ctg.getTerritory().setPopulation(8420);
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-TER-02", f -> {
                    f.ctg.getTerritory().setPopulation(25000);
                    return f.ctg.getTerritory();
                }, f -> f.ctg.getTerritory()),
                broken("CTG-TER-03", f -> {
                    f.commune("Ébauche").setInseeCode("00112");
                    return f.commune("Croquis");
                }, f -> f.commune("Croquis")),
                broken("CTG-TER-05", f -> {
                    f.commune("Croquis").setPopulation(null);
                    return f.commune("Croquis");
                }, f -> f.commune("Croquis")),
                broken("CTG-TER-04", f -> {
                    f.ctg.getPredecessor().setEndDate(LocalDate.of(2025, 6, 30));
                    return f.commune("Croquis");
                }, f -> f.commune("Croquis")),
                variant("CTG-THE-01", "sans-parentalite", f -> f.ctg),
                broken("CTG-THE-02", f -> {
                    f.ctg.getInterventionFields().removeIf(field -> !List.of(ThematicDomain.EARLY_CHILDHOOD,
                            ThematicDomain.YOUTH, ThematicDomain.PARENTING).contains(field.getTheme()));
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-DIA-01", f -> {
                    f.ctg.getDiagnosis().getNeeds().clear();
                    f.ctg.getDiagnosis().getIssues().clear();
                    return f.ctg;
                }, f -> {
                    f.ctg.getDiagnosis().getNeeds().clear(); // enjeux only, as published CTGs state them
                    return f.ctg;
                }),
                broken("CTG-DIA-04", f -> {
                    f.ctg.getDiagnosis().getNeeds().clear();
                    return f.ctg.getDiagnosis();
                }, f -> f.ctg.getDiagnosis()),
                broken("CTG-DIA-02", f -> {
                    f.ctg.getDiagnosis().setCompletionDate(LocalDate.of(2025, 1, 15));
                    return f.ctg.getDiagnosis();
                }, f -> f.ctg.getDiagnosis()),
                variant("CTG-DIA-03", "diagnostic-9000", f -> f.ctg.getDiagnosis()),
                broken("CTG-PLN-01", f -> {
                    f.ctg.getAxes().get(2).getObjectives().clear();
                    return f.ctg.getAxes().get(2);
                }, f -> f.ctg.getAxes().get(2)),
                broken("CTG-PLN-02", f -> {
                    var objective = f.ctg.getAxes().get(2).getObjectives().get(0);
                    objective.getIssues().clear();
                    objective.getNeeds().clear();
                    return objective;
                }, f -> f.ctg.getAxes().get(2).getObjectives().get(0)),
                broken("CTG-PLN-03", f -> {
                    var objective = f.ctg.getAxes().get(0).getObjectives().get(1);
                    objective.getActions().clear();
                    return objective;
                }, f -> f.ctg.getAxes().get(0).getObjectives().get(1)),
                broken("CTG-ACT-01", f -> {
                    f.action("FA02").setNumber("FA01");
                    return f.ctg.getActions().get(1);
                }, f -> f.action("FA02")),
                broken("CTG-ACT-05", f -> {
                    f.ctg.setStatus(CtgStatus.DRAFTING);
                    f.action("FA04").setPilot(null);
                    f.action("FA04").setPilotToBeDesignated(true);
                    return f.action("FA04");
                }, f -> {
                    f.ctg.setStatus(CtgStatus.DRAFTING);
                    return f.action("FA04");
                }),
                broken("CTG-ACT-02", f -> {
                    f.action("FA03").getTargetPublics().clear();
                    return f.action("FA03");
                }, f -> f.action("FA03")),
                broken("CTG-ACT-03", f -> {
                    f.action("FA01").setPlannedBudget(new BigDecimal("700000"));
                    return f.action("FA01");
                }, f -> f.action("FA01")),
                broken("CTG-ACT-04", f -> {
                    f.action("FA04").setStatus(ActionStatus.POSTPONED);
                    return f.action("FA04");
                }, f -> {
                    f.action("FA04").setStatus(ActionStatus.POSTPONED);
                    f.action("FA04").setStatusComment("Travaux de l'école reportés à l'été 2026.");
                    return f.action("FA04");
                }),
                broken("CTG-IND-01", f -> {
                    f.action("FA06").getIndicators().clear();
                    return f.action("FA06");
                }, f -> f.action("FA06")),
                variant("CTG-IND-02", "fa06-sans-valeur-initiale", f -> f.action("FA06").getIndicators().get(0)),
                broken("CTG-IND-03", f -> {
                    f.action("FA02").getIndicators().removeIf(i -> i.getKind() == IndicatorKind.MEANS);
                    return f.action("FA02");
                }, f -> f.action("FA02")),
                broken("CTG-IND-04", f -> {
                    f.action("FA01").getIndicators().get(0).setTargetValue(null);
                    return f.action("FA01").getIndicators().get(0);
                }, f -> f.action("FA01").getIndicators().get(0)),
                broken("CTG-GOV-01", f -> {
                    f.ctg.getGovernance().getCommittees().removeIf(c -> c.getType() == CommitteeType.STEERING);
                    return f.ctg.getGovernance();
                }, f -> f.ctg.getGovernance()),
                broken("CTG-GOV-02", f -> {
                    f.ctg.getGovernance().getCommittees().removeIf(c -> c.getType() == CommitteeType.TECHNICAL);
                    return f.ctg.getGovernance();
                }, f -> f.ctg.getGovernance()),
                broken("CTG-GOV-03", f -> {
                    f.ctg.getGovernance().getCooperationOfficers().get(0).setFte(new BigDecimal("0.05"));
                    return f.ctg.getGovernance();
                }, f -> f.ctg.getGovernance()),
                broken("CTG-GOV-04", f -> {
                    f.ctg.getGovernance().getCommittees().get(0).setMeetingsPerYear(0);
                    return f.ctg.getGovernance().getCommittees().get(0);
                }, f -> f.ctg.getGovernance().getCommittees().get(0)),
                broken("CTG-EVA-01", f -> {
                    f.ctg.getEvaluations().removeIf(e -> e.getType() == EvaluationType.FINAL);
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-EVA-02", f -> {
                    finalEvaluation(f).getQuestions().remove(EvaluationQuestion.SUSTAINABILITY);
                    return finalEvaluation(f);
                }, RulesTest::finalEvaluation),
                variant("CTG-FIN-01", "castors-verse-cc", f -> f.bonus("Accueil de loisirs")),
                broken("CTG-FIN-02", f -> {
                    f.facility("Multi-accueil").setIsPsuFunded(false);
                    return f.bonus("Multi-accueil");
                }, f -> f.bonus("Multi-accueil")),
                broken("CTG-FIN-03", f -> {
                    f.ctg.getFundings().removeIf(funding -> funding.getFunder() != null
                            && funding.getFunder().getType() == PartnerType.EPCI
                            && funding.getFacility() == f.facility("Multi-accueil"));
                    return f.bonus("Multi-accueil");
                }, f -> f.bonus("Multi-accueil")),
                broken("CTG-FIN-04", f -> {
                    f.bonus("Multi-accueil").setAmountPerNewPlace(new BigDecimal("3700"));
                    return f.bonus("Multi-accueil");
                }, f -> f.bonus("Multi-accueil")),
                variant("CTG-FIN-05", "lucioles-esquisse", f -> f.bonus("Micro-crèche")),
                broken("CTG-FIN-06", f -> {
                    f.bonus("Accueil de loisirs").setYear(2022);
                    f.bonus("Accueil de loisirs").setNewPlaces(5);
                    return f.bonus("Accueil de loisirs");
                }, f -> f.bonus("Accueil de loisirs")),
                variant("CTG-FIN-07", "alsh-0-10", f -> f.bonus("Accueil de loisirs")),
                broken("CTG-FIN-08", f -> {
                    f.ctg.getCommitments().removeIf(c -> c.getYear() == 2025
                            && c.getPartner().getType() == PartnerType.DEPARTMENT_COUNCIL
                            && c.getDescription().startsWith("Investissement"));
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-FIN-09", f -> {
                    f.bonus("Multi-accueil").setReferenceCejAmount(new BigDecimal("70000"));
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-FIN-10", f -> {
                    f.facility("Accueil jeunes").setOperator(null);
                    return f.facility("Accueil jeunes");
                }, f -> f.facility("Accueil jeunes")),
                broken("CTG-FIN-11", f -> {
                    f.ctg.setStatus(CtgStatus.DRAFTING);
                    f.facility("Accueil jeunes").setOperator(null);
                    f.facility("Accueil jeunes").setOperatorToBeDesignated(true);
                    return f.facility("Accueil jeunes");
                }, f -> {
                    f.ctg.setStatus(CtgStatus.DRAFTING);
                    return f.facility("Accueil jeunes");
                }),
                broken("CTG-AMD-01", f -> {
                    f.ctg.getAmendments().get(0).setNumber(2);
                    return f.ctg.getAmendments().get(0);
                }, f -> f.ctg.getAmendments().get(0)),
                broken("CTG-AMD-02", f -> {
                    f.ctg.getAmendments().get(0).getModifiedAnnexes().clear();
                    return f.ctg.getAmendments().get(0);
                }, f -> f.ctg.getAmendments().get(0)),
                broken("CTG-LNK-01", f -> {
                    f.ctg.getSchemeLinks().clear();
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-LNK-02", f -> {
                    f.commune("Bourg-d'Exemple").setPopulation(12000);
                    f.facility("Relais").setType(FacilityType.OTHER);
                    f.ctg.getDiagnosis().getSupplyFigures().removeIf(s -> s.getFacilityType() == FacilityType.RPE);
                    return f.commune("Bourg-d'Exemple");
                }, f -> {
                    f.commune("Bourg-d'Exemple").setPopulation(12000);
                    return f.commune("Bourg-d'Exemple");
                }),
                broken("CTG-TPL-01", f -> {
                    f.ctg.getArticles().removeIf(a -> "10".equals(a.getNumber()));
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-TPL-02", f -> {
                    Organisation other = CtgFactory.eINSTANCE.createOrganisation();
                    other.setName("Caf du Voisinage");
                    other.setType(PartnerType.CAF);
                    f.data.getOrganisations().add(other);
                    f.template.setCaf(other);
                    return f.ctg;
                }, f -> f.ctg),
                broken("CTG-MOD-01", f -> {
                    f.action("FA03").getObjectives().clear();
                    return f.action("FA03");
                }, f -> f.action("FA03")),
                broken("CTG-MOD-02", f -> {
                    Organisation gone = CtgFactory.eINSTANCE.createOrganisation();
                    ((InternalEObject) gone).eSetProxyURI(f.data.eResource().getURI().appendFragment("_disparu"));
                    f.action("FA01").setPilot(gone);
                    return f.action("FA01");
                }, f -> f.action("FA01")),
                broken("CTG-COV-01", f -> {
                    DeploymentEntry again = DeploymentFactory.eINSTANCE.createDeploymentEntry();
                    again.setTerritory(f.ctg.getTerritory());
                    f.plan.getEntries().add(again);
                    return f.plan;
                }, f -> f.plan),
                new Case("CTG-COV-02", null, f -> f.plan.getTrajectory().get(3), f -> f.plan.getTrajectory().get(1)));
    }

    private static org.ctgstudio.model.AgreementParty party(Fixture f, String organisation) {
        return f.ctg.getParties().stream().filter(p -> p.getOrganisation().getName().equals(organisation))
                .findFirst().orElseThrow();
    }

    private static Evaluation finalEvaluation(Fixture f) {
        return f.ctg.getEvaluations().stream().filter(e -> e.getType() == EvaluationType.FINAL).findFirst()
                .orElseThrow();
    }

    private static Fixture fixture(Case c) throws Exception {
        return c.variant() == null ? new Fixture() : new Fixture(Examples.variant(c.variant()));
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("cases")
    void ruleFires(Case c) throws Exception {
        Fixture f = fixture(c);
        EObject element = c.breaks().apply(f);
        ValidationReport report = f.validate();
        List<Finding> findings = report.of(c.rule());
        assertTrue(findings.stream().anyMatch(finding -> finding.element() == element),
                c.rule() + " did not flag " + element + "; its findings: " + findings);
        Finding finding = findings.stream().filter(x -> x.element() == element).findFirst().orElseThrow();
        assertEquals(RuleRegistry.builtIn().rule(c.rule()).severity(), finding.severity());
        assertTrue(finding.message().startsWith(finding.label() + " : "), finding.message());
        assertTrue(!finding.sources().isEmpty() && !finding.text().isBlank());
        assertTrue(report.findings().stream().noneMatch(x -> x.text().contains(x.ruleId())),
                "a rule failed instead of checking: " + report.findings());
    }

    @ParameterizedTest(name = "{0} stays silent")
    @MethodSource("cases")
    void ruleStaysSilent(Case c) throws Exception {
        Fixture f = new Fixture();
        EObject element = c.right().apply(f);
        List<Finding> findings = f.validate().of(c.rule());
        assertTrue(findings.stream().noneMatch(finding -> finding.element() == element),
                c.rule() + " flagged " + element + " that is right: " + findings);
    }

    @org.junit.jupiter.api.Test
    void everyBuiltInRuleHasItsCases() {
        List<String> tested = cases().map(Case::rule).distinct().sorted().toList();
        List<String> rules = RuleRegistry.builtIn().rules().stream().map(r -> r.id()).sorted().toList();
        assertEquals(58, rules.size());
        assertEquals(rules, tested);
    }

}
