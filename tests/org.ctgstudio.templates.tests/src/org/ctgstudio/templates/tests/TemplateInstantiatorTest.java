package org.ctgstudio.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Representative;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplateStatus;
import org.ctgstudio.templates.TemplateInstantiator;
import org.ctgstudio.templates.TemplateInstantiator.Party;
import org.ctgstudio.templates.TemplateInstantiator.Request;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A convention instantiated from the Caf de l'Exemple template takes its articles, themes and governance from it. */
class TemplateInstantiatorTest {

    @TempDir
    Path temp;

    private ResourceSet set;
    private ConventionTemplate template;
    private Territory valDExemple;
    private Organisation caf;
    private Organisation cc;
    private Organisation cpam;

    @BeforeEach
    void loadExamples() throws Exception {
        Examples.copyProject(temp);
        set = ModelFiles.newResourceSet();
        template = (ConventionTemplate) ModelFiles.load(set, temp.resolve(Examples.TEMPLATE)).root();
        CtgWorkspace data = (CtgWorkspace) ModelFiles.load(set, temp.resolve(Examples.REFERENCE_DATA)).root();
        valDExemple = data.getTerritories().get(0);
        caf = organisation(data, "Caf de l'Exemple");
        cc = organisation(data, "Communauté de communes du Val d'Exemple");
        cpam = organisation(data, "CPAM de l'Exemple");
    }

    private static Organisation organisation(CtgWorkspace data, String name) {
        return data.getOrganisations().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
    }

    private Request request(LocalDate start, LocalDate end) {
        return new Request(template, valDExemple, start, end, List.of(new Party(caf, PartyRole.SIGNATORY),
                new Party(cc, PartyRole.SIGNATORY), new Party(cpam, PartyRole.ASSOCIATED_PARTNER)), "CTG-TEST", null);
    }

    @Test
    void conventionTakesArticlesThemesGovernanceAndAxesFromTheTemplate() {
        GlobalTerritorialAgreement ctg = TemplateInstantiator
                .instantiate(request(LocalDate.of(2030, 1, 1), LocalDate.of(2034, 12, 31)));

        assertEquals(template, ctg.getTemplate());
        assertEquals("1.0", ctg.getTemplateVersion());
        assertEquals(CtgStatus.PREPARATION, ctg.getStatus());
        assertEquals("CTG Communauté de communes du Val d'Exemple 2030-2034", ctg.getTitle());
        assertEquals(5, ctg.getDurationYears());

        assertEquals(template.getArticleTemplates().size(), ctg.getArticles().size());
        for (int i = 0; i < ctg.getArticles().size(); i++) {
            assertEquals(template.getArticleTemplates().get(i), ctg.getArticles().get(i).getTemplate());
            assertEquals(template.getArticleTemplates().get(i).getBodyTemplate(), ctg.getArticles().get(i).getBody());
        }
        assertTrue(ctg.getArticles().get(0).getBody().contains("${territoire.nom}"), "placeholders are kept");
        assertEquals(template.getAnnexTemplates().size(), ctg.getAnnexes().size());
        assertEquals(template.getAnnexTemplates().get(3).getKind(), ctg.getAnnexes().get(3).getKind());

        assertEquals(List.of(ThematicDomain.EARLY_CHILDHOOD, ThematicDomain.YOUTH, ThematicDomain.PARENTING),
                ctg.getInterventionFields().stream().map(f -> f.getTheme()).toList());

        List<Committee> committees = ctg.getGovernance().getCommittees();
        assertEquals(List.of(CommitteeType.STEERING, CommitteeType.TECHNICAL),
                committees.stream().map(Committee::getType).toList());
        assertEquals(List.of(caf, cc), committees.get(0).getMembers(), "the COPIL gathers the signatories");
        assertEquals(1, committees.get(0).getMeetingsPerYear());

        assertEquals(5, ctg.getAxes().size());
        assertEquals("O1.2", ctg.getAxes().get(0).getObjectives().get(1).getCode());
        assertEquals(3, ctg.getParties().size());
        assertNotNull(ctg.getDiagnosis());
    }

    /** The new features filled as far as the template and the reference data know them. */
    @Test
    void partiesGetTheirRepresentativesAndDeliberatingBodies() {
        GlobalTerritorialAgreement ctg = TemplateInstantiator
                .instantiate(request(LocalDate.of(2030, 1, 1), LocalDate.of(2034, 12, 31)));
        AgreementParty cafParty = ctg.getParties().get(0);
        assertEquals(List.of("Président·e du conseil d'administration", "Directeur·rice"),
                cafParty.getRepresentatives().stream().map(Representative::getCapacity).toList(),
                "the Caf signs through the chair of its board and its director");
        assertTrue(cafParty.getRepresentatives().stream().allMatch(r -> r.getName() == null), "names to be given");
        assertEquals("Conseil d'administration", cafParty.getDeliberationBody());
        AgreementParty ccParty = ctg.getParties().get(1);
        assertEquals("Président·e", ccParty.getRepresentatives().get(0).getCapacity());
        assertEquals("Conseil communautaire", ccParty.getDeliberationBody());
        assertEquals(List.of(), ctg.getParties().get(2).getRepresentatives(), "an associated partner signs nothing");
        ctg.eAllContents().forEachRemaining(e -> assertNotNull(((Identified) e).getId(), "ids for new elements too"));
    }

    @Test
    void aTemplateOfAnotherCafIsPointedOut() {
        Request request = request(LocalDate.of(2030, 1, 1), LocalDate.of(2034, 12, 31));
        assertEquals(List.of(), TemplateInstantiator.notices(request), "the Caf de l'Exemple's own template");
        Organisation other = CtgFactory.eINSTANCE.createOrganisation();
        other.setName("Caf du Voisinage");
        other.setType(PartnerType.CAF);
        template.setCaf(other);
        assertEquals(List.of("Ce modèle appartient à Caf du Voisinage, et non à la Caf compétente du territoire "
                + "(Caf de l'Exemple) : vérifiez qu'il convient."), TemplateInstantiator.notices(request));
        assertNotNull(TemplateInstantiator.instantiate(request), "an information, not a refusal");
    }

    @Test
    void theCompetentCafCommunesAndEpciSignByDefault() {
        assertTrue(TemplateInstantiator.signsByDefault(caf, valDExemple));
        assertTrue(TemplateInstantiator.signsByDefault(cc, valDExemple));
        assertTrue(TemplateInstantiator.signsByDefault(organisation((CtgWorkspace) caf.eContainer(),
                "Commune d'Esquisse"), valDExemple));
        assertTrue(!TemplateInstantiator.signsByDefault(cpam, valDExemple));
        Organisation other = CtgFactory.eINSTANCE.createOrganisation();
        other.setType(PartnerType.CAF);
        assertTrue(!TemplateInstantiator.signsByDefault(other, valDExemple), "another Caf than the competent one");
        valDExemple.setCompetentCaf(null);
        assertTrue(TemplateInstantiator.signsByDefault(other, valDExemple), "any Caf when none is named");
    }

    @Test
    void newConventionHasUniqueIdsAndSavesWithEveryReferenceResolved() throws Exception {
        GlobalTerritorialAgreement ctg = TemplateInstantiator
                .instantiate(request(LocalDate.of(2030, 1, 1), LocalDate.of(2034, 12, 31)));
        List<String> ids = new ArrayList<>();
        ids.add(ctg.getId());
        ctg.eAllContents().forEachRemaining(e -> ids.add(((Identified) e).getId()));
        assertTrue(ids.stream().allMatch(id -> id != null), "every element has an id");
        assertEquals(ids.size(), new HashSet<>(ids).size());

        Path file = temp.resolve("nouvelle-ctg.ctg");
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(ctg);
        resource.save(null);

        LoadResult reloaded = ModelFiles.load(ModelFiles.newResourceSet(), file);
        assertEquals(List.of(), reloaded.problems(), "references to template and reference data resolve");
        GlobalTerritorialAgreement copy = (GlobalTerritorialAgreement) reloaded.root();
        assertEquals("Modèle de convention territoriale globale de la Caf de l'Exemple", copy.getTemplate().getName());
        assertEquals(ctg.getArticles().get(4).getId(), copy.getArticles().get(4).getId());
    }

    @Test
    void incompleteOrImpossibleRequestsAreRefusedWithAMessage() {
        LocalDate start = LocalDate.of(2030, 1, 1);
        LocalDate end = LocalDate.of(2034, 12, 31);
        assertEquals("Choisissez le modèle de convention à instancier.", assertThrows(IllegalArgumentException.class,
                () -> TemplateInstantiator.instantiate(new Request(null, valDExemple, start, end, List.of(), null,
                        null))).getMessage());
        assertEquals("Choisissez le territoire de la convention.", assertThrows(IllegalArgumentException.class,
                () -> TemplateInstantiator.instantiate(new Request(template, null, start, end, List.of(), null,
                        null))).getMessage());
        assertEquals("La date d'échéance (2029-12-31) précède la date d'effet (2030-01-01).",
                assertThrows(IllegalArgumentException.class,
                        () -> TemplateInstantiator.instantiate(request(start, LocalDate.of(2029, 12, 31))))
                        .getMessage());
        template.setStatus(TemplateStatus.RETIRED);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TemplateInstantiator.instantiate(
                request(start, end))).getMessage().endsWith("est retiré : il ne peut plus être instancié."));
    }
}
