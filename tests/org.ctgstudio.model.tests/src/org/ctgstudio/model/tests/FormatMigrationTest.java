package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.SAXParserFactory;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.OperatorNature;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Files of the first format (before real conventions were modelled: one free « Représenté par », Operator a subclass
 * of Organisation, the Caf of a territory as text) still open, with their data carried over to the current
 * metamodel. The example files as they were then are kept under resources/format-1.0.
 */
class FormatMigrationTest {

    private static final String CAF = "_8916a13b-996a-57ed-8e8c-03d201b22d7d";

    @TempDir
    Path temp;

    static Path legacy(String name) {
        return Examples.root().resolve("tests/org.ctgstudio.model.tests/resources/format-1.0").resolve(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.CONVENTION, Examples.PREDECESSOR, Examples.TEMPLATE, Examples.DEPLOYMENT,
            Examples.REFERENCE_DATA})
    void oldFilesLoadWithoutProblemAndNothingOfThemIsLost(String name) throws Exception {
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), legacy(name));
        assertEquals(List.of(), result.problems(), "no unknown content left, no reference lost");
        Set<String> values = values(result.root());
        List<String> lost = new ArrayList<>();
        for (String value : attributeValues(legacy(name))) {
            boolean found = values.contains(value) || List.of(value.split(" ")).stream()
                    .allMatch(token -> values.contains(token) || token.contains("#_") || token.startsWith("_"));
            if (!found) {
                lost.add(value);
            }
        }
        assertEquals(List.of(), lost, "every value of the old file is somewhere in the migrated model");
    }

    @Test
    void operatorsBecomeOrganisationsWithTheOperatorRole() throws Exception {
        CtgWorkspace data = Examples.load(legacy(Examples.REFERENCE_DATA), CtgWorkspace.class);
        Map<String, String> operators = operatorNatures(legacy(Examples.REFERENCE_DATA));
        assertEquals(7, operators.size());
        for (Organisation organisation : data.getOrganisations()) {
            assertEquals(CtgPackage.Literals.ORGANISATION, organisation.eClass());
            assertEquals(operators.containsKey(organisation.getId()), organisation.isIsOperator(),
                    organisation.getName());
            if (organisation.isIsOperator()) {
                assertEquals(OperatorNature.get(operators.get(organisation.getId())), organisation.getOperatorNature());
            }
        }
    }

    @Test
    void theRepresentativeBecomesARepresentativeWithAStableId() throws Exception {
        GlobalTerritorialAgreement ctg = Examples.load(legacy(Examples.CONVENTION), GlobalTerritorialAgreement.class);
        AgreementParty cc = ctg.getParties().get(1);
        assertEquals(1, cc.getRepresentatives().size());
        assertEquals("M. Jean Prototype", cc.getRepresentatives().get(0).getName());
        assertEquals("Président", cc.getRepresentatives().get(0).getCapacity());
        assertTrue(ctg.getParties().stream().filter(p -> p.getRole() == PartyRole.ASSOCIATED_PARTNER)
                .allMatch(p -> p.getRepresentatives().isEmpty()), "associated partners had no representative");
        GlobalTerritorialAgreement again = Examples.load(legacy(Examples.CONVENTION), GlobalTerritorialAgreement.class);
        assertEquals(cc.getRepresentatives().get(0).getId(), again.getParties().get(1).getRepresentatives().get(0).getId(),
                "migrating the same file twice gives the same file");
        GlobalTerritorialAgreement example = Examples.convention();
        assertEquals(cc.getRepresentatives().get(0).getId(),
                example.getParties().get(1).getRepresentatives().get(0).getId(), "the example was migrated alike");
    }

    @Test
    void theCafOfATerritoryBecomesTheCafOrganisation() throws Exception {
        CtgWorkspace data = Examples.load(legacy(Examples.REFERENCE_DATA), CtgWorkspace.class);
        for (Territory territory : data.getTerritories()) {
            assertEquals(CAF, territory.getCompetentCaf().getId(), territory.getName());
        }
        assertEquals(1, data.getOrganisations().stream().filter(o -> o.getType() == PartnerType.CAF).count(),
                "the existing Caf is used, no second one is made");
    }

    @Test
    void aCafKnownOnlyByItsNameIsAddedToTheReferenceDataOnce() throws Exception {
        Path file = temp.resolve("ancien.ctgw");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ctg:CtgWorkspace xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ctg="http://ctgstudio.org/ctg/1.0" \
                xmi:id="_w">
                  <organisations xsi:type="ctg:Operator" xmi:id="_o" name="Crèche du Nord" type="ASSOCIATION"/>
                  <territories xmi:id="_t1" name="CC du Nord" type="COMMUNITY_OF_COMMUNES" caf="Caf du Nord"/>
                  <territories xmi:id="_t2" name="Ville du Nord" type="MUNICIPALITY" caf=" Caf du Nord "/>
                </ctg:CtgWorkspace>
                """);
        LoadResult result = ModelFiles.load(ModelFiles.newResourceSet(), file);
        assertEquals(List.of(), result.problems());
        CtgWorkspace data = (CtgWorkspace) result.root();
        Organisation caf = data.getTerritories().get(0).getCompetentCaf();
        assertNotNull(caf);
        assertEquals("Caf du Nord", caf.getName());
        assertEquals(PartnerType.CAF, caf.getType());
        assertSame(caf, data.getTerritories().get(1).getCompetentCaf());
        assertEquals(2, data.getOrganisations().size());
        assertTrue(data.getOrganisations().get(0).isIsOperator(), "an operator with neither nature nor SIRET");

        Resource resource = result.resource();
        resource.save(null);
        String saved = Files.readString(file);
        assertFalse(saved.contains("ctg:Operator") || saved.contains(" caf="), saved);
        CtgWorkspace reloaded = Examples.load(file, CtgWorkspace.class);
        assertTrue(EcoreUtil.equals(data, reloaded), "saved in the current format, read back the same");
        assertEquals(caf.getId(), reloaded.getTerritories().get(0).getCompetentCaf().getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.CONVENTION, Examples.PREDECESSOR, Examples.TEMPLATE, Examples.DEPLOYMENT,
            Examples.REFERENCE_DATA})
    void savedOnceTheFilesAreInTheCurrentFormat(String name) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("copie"));
        for (String file : List.of(Examples.CONVENTION, Examples.PREDECESSOR, Examples.TEMPLATE, Examples.DEPLOYMENT,
                Examples.REFERENCE_DATA)) {
            Files.copy(legacy(file), dir.resolve(file));
        }
        Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), dir.resolve(name)).resource();
        EObject migrated = resource.getContents().get(0);
        resource.setURI(URI.createFileURI(dir.resolve("enregistre-" + name).toString()));
        resource.save(null);
        String saved = Files.readString(dir.resolve("enregistre-" + name));
        for (String old : List.of("representativeName=", "representativeCapacity=", "ctg:Operator", " nature=",
                "<territories [^>]* caf=")) {
            assertFalse(java.util.regex.Pattern.compile(old).matcher(saved).find(), name + " still says " + old);
        }
        LoadResult reloaded = ModelFiles.load(ModelFiles.newResourceSet(), dir.resolve("enregistre-" + name));
        assertEquals(List.of(), reloaded.problems());
        assertTrue(EcoreUtil.equals(migrated, reloaded.root()), name);
    }

    /**
     * The committed examples are the old files migrated (the same ids), then completed with what the new features
     * can say: apart from those features and the few texts changed on purpose, old and new say the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {Examples.CONVENTION, Examples.PREDECESSOR, Examples.TEMPLATE, Examples.DEPLOYMENT,
            Examples.REFERENCE_DATA})
    void theExamplesAreTheOldFilesMigrated(String name) throws Exception {
        EObject old = Examples.load(legacy(name), EObject.class);
        EObject current = Examples.load(Examples.file(name), EObject.class);
        List<String> differences = new ArrayList<>();
        new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
                if (ADDED.contains(feature) || CHANGED_ON_PURPOSE.contains(((Identified) a).getId() + "/"
                        + feature.getName()) || super.haveEqualFeature(a, b, feature)) {
                    return true;
                }
                differences.add(((Identified) a).getId() + "/" + feature.getName() + ": " + a.eGet(feature) + " / "
                        + b.eGet(feature));
                return true; // go on comparing, to list every difference
            }
        }.equals(old, current);
        assertEquals(List.of(), differences, name);
    }

    /** Features the revision added: the old files cannot have said anything there. */
    private static final Set<EStructuralFeature> ADDED = Set.of(CtgPackage.Literals.TERRITORY__CHARACTER,
            CtgPackage.Literals.TERRITORY__SEAT, CtgPackage.Literals.TERRITORY__COMPETENCES,
            CtgPackage.Literals.MUNICIPALITY__IS_NEW_MUNICIPALITY,
            CtgPackage.Literals.MUNICIPALITY__DELEGATED_MUNICIPALITIES,
            CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__REPLACED_CEJS,
            PlanPackage.Literals.SHARED_DIAGNOSIS__SUPPLY_FIGURES, PlanPackage.Literals.SHARED_DIAGNOSIS__PAST_SUPPORTS,
            PlanPackage.Literals.ACTION__START_DATE_PRECISION, PlanPackage.Literals.ACTION__DUE_DATE_PRECISION,
            GovernancePackage.Literals.EVALUATION__PLANNED_DATE_PRECISION,
            FundingPackage.Literals.FACILITY__OPERATOR_TO_BE_DESIGNATED);

    /** Texts the examples changed after the migration (French elision, the Caf's two signatories, themes). */
    private static final Set<String> CHANGED_ON_PURPOSE = Set.of(
            "_c643f455-d9b6-5a5b-89ae-1f24cf7bce8a/name", // Commune d'Esquisse
            "_286bd01a-83f5-5b45-93f6-56bc77079024/name", // Commune d'Échantillon-les-Bois
            "_c4ba070b-5f5a-53ad-8c12-4513eb0a6a2e/name", // Commune d'Ébauche
            "_5fdc1185-5626-52f0-88b2-bccc8ba49b44/representatives", // Le maire d'Esquisse
            "_2e6ae1e0-5ef2-5190-a418-6e5ea754dc90/representatives", // Le maire d'Échantillon-les-Bois
            "_e0bc0ee9-b765-5ada-82bc-a756a281d7a8/representatives", // Le maire d'Ébauche
            "_2cfa2bbd-1e52-5e1e-b0f3-18974a54e970/representatives", // the Caf's president and director
            "_c04225d8-0a80-5173-8ca8-a507e92f2cd9/theme", // need B9: coordination of the partners
            "_673a6049-78f0-5bb5-b678-2110029d8f8e/themes", // axis 5: coordination
            "_66b7adb6-bfd9-53b2-9fe9-f8ef476a3ef9/themes"); // FA12: coordination

    /** Every attribute value of a model as text (one entry per value of a list). */
    private static Set<String> values(EObject root) {
        Set<String> values = new HashSet<>();
        List<EObject> all = new ArrayList<>(List.of(root));
        root.eAllContents().forEachRemaining(all::add);
        for (EObject element : all) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                Object value = element.eGet(attribute);
                for (Object one : attribute.isMany() ? (List<?>) value : java.util.Collections.singletonList(value)) {
                    if (one != null) {
                        values.add(EcoreUtil.convertToString(attribute.getEAttributeType(), one));
                    }
                }
            }
        }
        return values;
    }

    /** The values of an old file's attributes that carry data (not ids, namespaces or types). */
    private static List<String> attributeValues(Path file) throws Exception {
        List<String> values = new ArrayList<>();
        parse(file, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.getQName(i);
                    if (!name.startsWith("xmi:") && !name.startsWith("xmlns") && !name.equals("xsi:type")) {
                        values.add(attributes.getValue(i));
                    }
                }
            }
        });
        return values;
    }

    /** Id and nature of the Operator elements of an old file. */
    private static Map<String, String> operatorNatures(Path file) throws Exception {
        Map<String, String> natures = new HashMap<>();
        parse(file, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("ctg:Operator".equals(attributes.getValue("xsi:type"))) {
                    String nature = attributes.getValue("nature");
                    natures.put(attributes.getValue("xmi:id"), nature == null ? "PUBLIC" : nature);
                }
            }
        });
        return natures;
    }

    private static void parse(Path file, DefaultHandler handler) throws Exception {
        SAXParserFactory.newInstance().newSAXParser()
                .parse(new InputSource(new StringReader(Files.readString(file))), handler);
    }
}
