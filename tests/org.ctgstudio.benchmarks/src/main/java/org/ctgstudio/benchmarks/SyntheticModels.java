package org.ctgstudio.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.AnnexKind;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.TargetPublic;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.TerritoryType;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.FundingFactory;
import org.ctgstudio.model.funding.FundingSource;
import org.ctgstudio.model.funding.PartnerCommitment;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.governance.CooperationOfficer;
import org.ctgstudio.model.governance.Governance;
import org.ctgstudio.model.governance.GovernanceFactory;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.ActionStatus;
import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.model.plan.IndicatorKind;
import org.ctgstudio.model.plan.Issue;
import org.ctgstudio.model.plan.Measurement;
import org.ctgstudio.model.plan.Need;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.PlanFactory;
import org.ctgstudio.model.plan.SharedDiagnosis;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.model.util.FrenchText;

/**
 * Large synthetic CTG models for benchmarks: one workspace holding territories with their communes and partners,
 * and for each territory a complete convention (parties, diagnosis, axes, objectives, actions with indicators and
 * measurements, facilities, fundings, commitments, governance, articles). Deterministic for a given size, and
 * dense in references, like real conventions: pilots, partners, objectives, facilities, fundings.
 */
public final class SyntheticModels {

    private static final int COMMUNES = 10;
    private static final int ACTIONS = 30;
    private static final CtgFactory CTG = CtgFactory.eINSTANCE;
    private static final PlanFactory PLAN = PlanFactory.eINSTANCE;
    private static final FundingFactory FUNDING = FundingFactory.eINSTANCE;
    private static final GovernanceFactory GOVERNANCE = GovernanceFactory.eINSTANCE;

    private SyntheticModels() {
    }

    /** A workspace of at least {@code elements} elements (territory blocks of ~650 elements each). */
    public static CtgWorkspace generate(int elements) {
        Random random = new Random(42);
        CtgWorkspace workspace = CTG.createCtgWorkspace();
        workspace.setName("Synthétique " + elements);
        int block = 0;
        while (count(workspace) < elements) {
            territory(workspace, block++, random, ACTIONS);
        }
        return workspace;
    }

    /**
     * One convention of {@code actions} fiches actions (3 indicators each, 4 measurements per indicator, 2 funding
     * lines), in a workspace of its own: the size of a large CTG document.
     */
    public static GlobalTerritorialAgreement convention(int actions) {
        CtgWorkspace workspace = CTG.createCtgWorkspace();
        territory(workspace, 0, new Random(42), actions);
        GlobalTerritorialAgreement ctg = workspace.getAgreements().get(0);
        // The annexes of a convention instantiated from a template: documents lay out one section per annex.
        int number = 1;
        for (AnnexKind kind : AnnexKind.VALUES) {
            if (kind != AnnexKind.OTHER) {
                AnnexInstance annex = CTG.createAnnexInstance();
                annex.setNumber("A" + number++);
                annex.setTitle("Annexe " + kind.getLiteral());
                annex.setKind(kind);
                ctg.getAnnexes().add(annex);
            }
        }
        return ctg;
    }

    /** Elements of a model, root included. */
    public static int count(CtgWorkspace workspace) {
        int[] count = {1};
        workspace.eAllContents().forEachRemaining(e -> count[0]++);
        return count[0];
    }

    private static void territory(CtgWorkspace workspace, int index, Random random, int actions) {
        Territory territory = CTG.createTerritory();
        territory.setName("Communauté de communes n° " + index);
        territory.setType(TerritoryType.COMMUNITY_OF_COMMUNES);
        territory.setCode(String.format("%09d", index));
        workspace.getTerritories().add(territory);
        Organisation epci = CTG.createOrganisation();
        epci.setName(territory.getName());
        epci.setType(PartnerType.EPCI);
        epci.setIsOperator(true);
        epci.setTerritory(territory);
        workspace.getOrganisations().add(epci);
        Organisation caf = CTG.createOrganisation();
        caf.setName("Caf n° " + index);
        caf.setType(PartnerType.CAF);
        workspace.getOrganisations().add(caf);
        List<Organisation> partners = new ArrayList<>(List.of(caf, epci));
        int population = 0;
        for (int c = 0; c < COMMUNES; c++) {
            Municipality municipality = CTG.createMunicipality();
            municipality.setName("Commune " + index + "-" + c);
            municipality.setInseeCode(String.format("%02d%03d", index % 95 + 1, c));
            municipality.setPopulation(300 + random.nextInt(9000));
            municipality.setPopulationYear(2021);
            municipality.setIsZrr(random.nextBoolean());
            population += municipality.getPopulation();
            workspace.getMunicipalities().add(municipality);
            territory.getMunicipalities().add(municipality);
            Organisation commune = CTG.createOrganisation();
            commune.setName(FrenchText.of("Commune", municipality.getName()));
            commune.setType(PartnerType.MUNICIPALITY);
            commune.setMunicipality(municipality);
            workspace.getOrganisations().add(commune);
            partners.add(commune);
        }
        territory.setPopulation(population);
        workspace.getAgreements().add(agreement(territory, partners, index, random, actions));
    }

    private static GlobalTerritorialAgreement agreement(Territory territory, List<Organisation> partners, int index,
            Random random, int actions) {
        GlobalTerritorialAgreement ctg = CTG.createGlobalTerritorialAgreement();
        ctg.setCode("CTG-" + index);
        ctg.setTitle("CTG " + territory.getName() + " 2025-2029");
        ctg.setStatus(CtgStatus.IN_FORCE);
        ctg.setStartDate(LocalDate.of(2025, 1, 1));
        ctg.setEndDate(LocalDate.of(2029, 12, 31));
        ctg.setSignatureDate(LocalDate.of(2024, 12, 12));
        ctg.setTerritory(territory);
        for (Organisation organisation : partners) {
            AgreementParty party = CTG.createAgreementParty();
            party.setOrganisation(organisation);
            party.setRole(PartyRole.SIGNATORY);
            party.setDeliberationDate(LocalDate.of(2024, 11, 1 + random.nextInt(28)));
            party.setSignatureDate(ctg.getSignatureDate());
            ctg.getParties().add(party);
        }
        for (ThematicDomain theme : List.of(ThematicDomain.EARLY_CHILDHOOD, ThematicDomain.YOUTH,
                ThematicDomain.PARENTING, ThematicDomain.ACCESS_TO_RIGHTS, ThematicDomain.COMMUNITY_LIFE)) {
            InterventionField field = CTG.createInterventionField();
            field.setTheme(theme);
            ctg.getInterventionFields().add(field);
        }
        SharedDiagnosis diagnosis = PLAN.createSharedDiagnosis();
        diagnosis.setCost(new BigDecimal("16800"));
        diagnosis.setCafCoFunding(new BigDecimal("7500"));
        ctg.setDiagnosis(diagnosis);
        for (int n = 0; n < 10; n++) {
            Need need = PLAN.createNeed();
            need.setCode("B" + n);
            need.setLabel("Besoin " + n + " du territoire " + index);
            need.setTheme(ThematicDomain.get(n % 10));
            diagnosis.getNeeds().add(need);
        }
        for (int i = 0; i < 5; i++) {
            Issue issue = PLAN.createIssue();
            issue.setCode("E" + i);
            issue.setLabel("Enjeu " + i);
            issue.getNeeds().add(diagnosis.getNeeds().get(2 * i));
            issue.getNeeds().add(diagnosis.getNeeds().get(2 * i + 1));
            diagnosis.getIssues().add(issue);
        }
        List<Objective> objectives = new ArrayList<>();
        for (int a = 1; a <= 4; a++) {
            StrategicAxis axis = PLAN.createStrategicAxis();
            axis.setNumber(a);
            axis.setLabel("Axe " + a);
            for (int o = 1; o <= 3; o++) {
                Objective objective = PLAN.createObjective();
                objective.setCode("O" + a + "." + o);
                objective.setLabel("Objectif " + a + "." + o);
                objective.getIssues().add(diagnosis.getIssues().get((a + o) % 5));
                axis.getObjectives().add(objective);
                objectives.add(objective);
            }
            ctg.getAxes().add(axis);
        }
        for (int f = 0; f < 5; f++) {
            Facility facility = FUNDING.createFacility();
            facility.setName("Équipement " + index + "-" + f);
            facility.setType(FacilityType.get(f));
            facility.setOperator(partners.get(1));
            facility.setMunicipality(territory.getMunicipalities().get(f));
            facility.setCapacityPlaces(10 + random.nextInt(50));
            ctg.getFacilities().add(facility);
        }
        for (int n = 1; n <= actions; n++) {
            ctg.getActions().add(action(ctg, objectives, partners, n, random));
        }
        for (int year = 2025; year <= 2029; year++) {
            PartnerCommitment commitment = FUNDING.createPartnerCommitment();
            commitment.setPartner(partners.get(0));
            commitment.setYear(year);
            commitment.setAmount(BigDecimal.valueOf(100_000 + random.nextInt(500_000)));
            ctg.getCommitments().add(commitment);
        }
        Governance governance = GOVERNANCE.createGovernance();
        for (CommitteeType type : CommitteeType.VALUES) {
            Committee committee = GOVERNANCE.createCommittee();
            committee.setType(type);
            committee.setName(type.getName());
            committee.getMembers().addAll(partners);
            governance.getCommittees().add(committee);
        }
        CooperationOfficer officer = GOVERNANCE.createCooperationOfficer();
        officer.setName("Chargé·e " + index);
        officer.setEmployer(partners.get(1));
        officer.setFte(new BigDecimal("0.8"));
        governance.getCooperationOfficers().add(officer);
        ctg.setGovernance(governance);
        for (int a = 0; a < 13; a++) {
            ArticleInstance article = CTG.createArticleInstance();
            article.setNumber(String.valueOf(a));
            article.setTitle("Article " + a);
            article.setBody("Texte de l'article " + a + " pour ${territoire.nom}.");
            ctg.getArticles().add(article);
        }
        return ctg;
    }

    private static Action action(GlobalTerritorialAgreement ctg, List<Objective> objectives,
            List<Organisation> partners, int number, Random random) {
        Action action = PLAN.createAction();
        action.setNumber(String.format("FA%02d", number));
        action.setTitle("Fiche action " + number);
        action.setDescription("Description de la fiche " + number + ".");
        action.getThemes().add(ThematicDomain.get(number % 10));
        action.getObjectives().add(objectives.get(number % objectives.size()));
        action.setPilot(partners.get(1));
        action.getPartners().add(partners.get(0));
        action.getPartners().add(partners.get(2 + number % COMMUNES));
        action.getTargetPublics().add(TargetPublic.get(number % 11));
        action.setStartDate(LocalDate.of(2025, 1 + number % 12, 1));
        action.setDueDate(LocalDate.of(2027, 1 + number % 12, 1));
        action.setPlannedBudget(BigDecimal.valueOf(10_000 + random.nextInt(100_000)));
        action.setStatus(ActionStatus.get(number % 5));
        action.getFacilities().add(ctg.getFacilities().get(number % ctg.getFacilities().size()));
        for (int i = 0; i < 3; i++) {
            Indicator indicator = PLAN.createIndicator();
            indicator.setCode(action.getNumber() + "-I" + i);
            indicator.setLabel("Indicateur " + i);
            indicator.setKind(IndicatorKind.get(i % 4));
            indicator.setUnit("places");
            indicator.setBaselineValue(BigDecimal.valueOf(random.nextInt(50)));
            indicator.setBaselineDate(LocalDate.of(2024, 12, 31));
            indicator.setTargetValue(BigDecimal.valueOf(50 + random.nextInt(50)));
            for (int year = 2025; year <= 2028; year++) {
                Measurement measurement = PLAN.createMeasurement();
                measurement.setDate(LocalDate.of(year, 12, 31));
                measurement.setValue(BigDecimal.valueOf(random.nextInt(100)));
                indicator.getMeasurements().add(measurement);
            }
            action.getIndicators().add(indicator);
        }
        for (int f = 0; f < 2; f++) {
            Funding funding = FUNDING.createFunding();
            funding.setSource(FundingSource.get(f));
            funding.setFunder(partners.get(f));
            funding.setBeneficiary(partners.get(1));
            funding.setYear(2025 + f);
            funding.setAmount(BigDecimal.valueOf(1_000 + random.nextInt(50_000)));
            funding.setAction(action);
            ctg.getFundings().add(funding);
        }
        return action;
    }
}
