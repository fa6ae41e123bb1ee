package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AreaCharacter;
import org.ctgstudio.model.Competence;
import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.Representative;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.PastSupport;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example models load cleanly, say what the brief says, and survive save and load unchanged. */
class ExampleModelsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {Examples.CONVENTION, Examples.PREDECESSOR, Examples.TEMPLATE, Examples.DEPLOYMENT,
            Examples.REFERENCE_DATA})
    void exampleLoadsWithoutProblem(String name) throws Exception {
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), Examples.file(name));
        assertNotNull(result.root());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void everyBrokenVariantStillLoads() throws Exception {
        List<Path> variants = Examples.variants();
        assertEquals(8, variants.size());
        for (Path variant : variants) {
            LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), variant);
            assertEquals(List.of(), result.problems(), variant.toString());
        }
    }

    @Test
    void conventionIsTheValDExempleOfTheBrief() throws Exception {
        GlobalTerritorialAgreement ctg = Examples.convention();
        assertEquals("CTG du Val d'Exemple 2025-2029", ctg.getTitle());
        assertEquals(5, ctg.getDurationYears());
        assertEquals(LocalDate.of(2029, 12, 31), ctg.getEffectiveEndDate());
        assertEquals(Integer.valueOf(23870), ctg.getTerritory().getPopulation());
        assertEquals(12, ctg.getTerritory().getMunicipalities().size());
        assertEquals(23870, ctg.getTerritory().getMunicipalities().stream().mapToInt(m -> m.getPopulation()).sum());
        assertEquals(12, ctg.getActions().size());
        assertEquals(5, ctg.getAxes().size());
        assertEquals(9, ctg.getDiagnosis().getNeeds().size());
        assertEquals("Camille Exemple", ctg.getGovernance().getCooperationOfficers().get(0).getName());
        assertEquals("1.0", ctg.getTemplate().getVersion());
        assertEquals(1, ctg.getPredecessor().getGeneration());
        assertEquals(ctg.getActions().get(0), ctg.getAxes().get(0).getObjectives().get(0).getActions().get(0),
                "objectives and actions reference each other");
    }

    /** What the revised metamodel lets the example say without workarounds (the brief's §8 and more). */
    @Test
    void exampleUsesWhatRealConventionsNeed() throws Exception {
        GlobalTerritorialAgreement ctg = Examples.convention();
        AgreementParty caf = ctg.getParties().get(0);
        assertEquals("Caf de l'Exemple", caf.getOrganisation().getName());
        assertEquals(List.of("Présidente du conseil d'administration", "Directeur"),
                caf.getRepresentatives().stream().map(Representative::getCapacity).toList(),
                "the Caf signs through the chair of its board and its director");
        Territory territory = ctg.getTerritory();
        assertEquals("Caf de l'Exemple", territory.getCompetentCaf().getName());
        assertEquals("Bourg-d'Exemple", territory.getSeat().getName());
        assertEquals(AreaCharacter.RURAL, territory.getCharacter());
        Competence childhood = territory.getCompetences().stream()
                .filter(c -> c.getTheme() == ThematicDomain.CHILDHOOD).findFirst().orElseThrow();
        assertTrue(childhood.isIsTransferred());
        assertEquals(List.of("Saint-Fictif", "Villedémo"),
                childhood.getRetainingMunicipalities().stream().map(Municipality::getName).toList());
        Organisation cc = ctg.getFacilities().get(0).getOperator();
        assertTrue(cc.isIsOperator(), "the EPCI signs and runs facilities: one organisation");
        assertTrue(ctg.getParties().stream().anyMatch(p -> p.getOrganisation() == cc));
        Municipality gabarit = territory.getMunicipalities().stream().filter(m -> m.getName().equals("Gabarit"))
                .findFirst().orElseThrow();
        assertTrue(gabarit.isIsNewMunicipality());
        assertEquals(980, gabarit.getDelegatedMunicipalities().stream().mapToInt(d -> d.getPopulation()).sum());
        assertTrue(ctg.getDiagnosis().getSupplyFigures().stream().anyMatch(s -> s.getFacilityType()
                == FacilityType.CHILDMINDER && s.getCount() == 96), "96 childminders, not 96 facilities");
        PastSupport cej = ctg.getDiagnosis().getPastSupports().get(0);
        assertEquals(List.of(2017, 2020), List.of(cej.getFirstYear(), cej.getLastYear()));
        assertEquals(LocalDate.of(2021, 1, 1), ctg.getPredecessor().getReplacedCejs().get(0).getReplacementDate(),
                "the first CTG replaced the CEJ on 1 January 2021");
        assertEquals(DatePrecision.YEAR, ctg.getActions().get(2).getDueDatePrecision(), "FA03 until 2027");
        assertEquals(ThematicDomain.COORDINATION, ctg.getActions().get(11).getThemes().get(0));
    }

    /** Load, save elsewhere, load again: the same model, element by element, with the same ids. */
    @Test
    void roundTripEqualsTheOriginal() throws Exception {
        Examples.copyProject(temp);
        for (String name : List.of(Examples.CONVENTION, Examples.TEMPLATE, Examples.DEPLOYMENT,
                Examples.REFERENCE_DATA)) {
            ResourceSet set = ModelFiles.newResourceSet();
            Resource original = ModelFiles.load(set, temp.resolve(name)).resource();
            Path copy = temp.resolve("copie-" + name);
            original.setURI(URI.createFileURI(copy.toString()));
            original.save(null);

            EObject before = Examples.load(Examples.file(name), EObject.class);
            LoadResult after = ModelFiles.load(ModelFiles.newResourceSet(), copy);
            assertEquals(List.of(), after.problems(), name);
            assertTrue(EcoreUtil.equals(before, after.root()), name + " changed through save and load");
            assertEquals(ids(before), ids(after.root()), name + ": ids changed");
        }
    }

    @Test
    void savingIsDeterministic() throws Exception {
        Examples.copyProject(temp);
        Path first = temp.resolve("premiere.ctg");
        Path second = temp.resolve("seconde.ctg");
        Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), temp.resolve(Examples.CONVENTION)).resource();
        resource.setURI(URI.createFileURI(first.toString()));
        resource.save(null);
        Resource again = ModelFiles.load(ModelFiles.newResourceSet(), first).resource();
        again.setURI(URI.createFileURI(second.toString()));
        again.save(null);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void everyElementHasAUniqueUuidWrittenAsItsXmiId() throws Exception {
        GlobalTerritorialAgreement ctg = Examples.convention();
        List<String> ids = ids(ctg);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids");
        String text = Files.readString(Examples.file(Examples.CONVENTION));
        for (String id : ids) {
            assertTrue(text.contains("xmi:id=\"" + id + "\""), id);
        }
        assertEquals(ctg.getActions().get(0), ctg.eResource().getEObject(ctg.getActions().get(0).getId()));
    }

    @Test
    void templateIsPublishedWithTheBriefDefaults() throws Exception {
        ConventionTemplate template = Examples.load(Examples.file(Examples.TEMPLATE), ConventionTemplate.class);
        assertEquals("PUBLISHED", template.getStatus().getName());
        assertEquals(3, template.getMandatoryThemes().size());
        Set<String> keys = new HashSet<>();
        template.getRuleParameters().getEntries().forEach(e -> keys.add(e.getKey()));
        assertTrue(keys.containsAll(List.of("minYears", "maxYears", "diagnosticCafCap", "alshHourlyFloor",
                "eajeNewPlaceRange")), keys.toString());
    }

    static List<String> ids(EObject root) {
        List<String> ids = new ArrayList<>();
        ids.add(((Identified) root).getId());
        root.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified identified) {
                ids.add(identified.getId());
            }
        });
        assertFalse(ids.contains(null), "an element has no id");
        return ids;
    }
}
