package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ctgstudio.diagram.description.DiagramDescriptionSet;
import org.ctgstudio.diagram.description.EdgeMapping;
import org.ctgstudio.diagram.description.Labelled;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationFactory;
import org.ctgstudio.diagram.store.Representations;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Representation extensions: what a plugin adds to a representation described elsewhere is merged into it, whatever
 * the order the files are added in, with its references to the extended file's mappings; an extension that refers
 * to a file nobody read is left out and said so; diagrams made before it show its layer once. Without the example
 * extension installed (this bundle does not require it), CTG Studio's Plan d'actions is exactly its own.
 */
class DescriptionExtensionsTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<ctgdesc:DiagramDescriptionSet xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:ctgdesc=\"http://ctgstudio.org/diagram/description/1.0\" id=\"%s\">\n";

    private static final String BASE = HEADER.formatted("t-base")
            + "  <descriptions id=\"t-base\" labelFr=\"Base\" domainClass=\"GlobalTerritorialAgreement\">\n"
            + "    <nodeMappings id=\"t-action\" domainClass=\"Action\" semanticCandidates=\"self.actions\""
            + " labelExpression=\"self.title\"/>\n"
            + "  </descriptions>\n</ctgdesc:DiagramDescriptionSet>\n";

    private static String extension(String baseFile) {
        return HEADER.formatted("t-ext")
                + "  <extensions id=\"t-ext-base\" representation=\"t-base\">\n"
                + "    <nodeMappings id=\"t-indicator\" domainClass=\"Indicator\" layer=\"t-layer\""
                + " semanticCandidates=\"self.actions.indicators\" labelExpression=\"self.label\"/>\n"
                + "    <edgeMappings id=\"t-action-indicator\" sourceMappings=\"platform:/plugin/" + baseFile
                + "#t-action\" targetMappings=\"t-indicator\" reference=\"indicators\" layer=\"t-layer\"/>\n"
                + "    <layers id=\"t-layer\" labelFr=\"Indicateurs ajoutés\"/>\n"
                + "  </extensions>\n</ctgdesc:DiagramDescriptionSet>\n";
    }

    private static DiagramDescriptionSet load(String text, String name) {
        return DescriptionRegistry.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static List<String> ids(List<? extends Labelled> elements) {
        return elements.stream().map(Labelled::getId).toList();
    }

    @Test
    void anExtensionIsMergedIntoItsRepresentationWhateverTheOrder() {
        DescriptionRegistry registry = new DescriptionRegistry();
        DiagramDescriptionSet base = load(BASE, "/org.ctgstudio.diagram.tests/order/base.diagrams");
        DiagramDescriptionSet extension = load(extension("org.ctgstudio.diagram.tests/order/base.diagrams"),
                "/org.ctgstudio.diagram.tests/order/ext.diagrams");
        registry.add(extension);
        assertEquals(1, registry.unmerged().size(), "waits for its representation");
        registry.add(base);
        assertTrue(registry.unmerged().isEmpty());
        RepresentationDescription merged = registry.get("t-base");
        assertEquals(List.of("t-action", "t-indicator"), ids(merged.getNodeMappings()));
        assertEquals(List.of("t-layer"), ids(merged.getLayers()));
        EdgeMapping edge = merged.getEdgeMappings().get(0);
        assertSame(merged.getNodeMappings().get(0), edge.getSourceMappings().get(0),
                "the edge starts on the extended file's own mapping");
        assertSame(merged.getLayers().get(0), merged.getNodeMappings().get(1).getLayer());
    }

    @Test
    void anExtensionReferringToAFileNobodyReadIsLeftOut() {
        DescriptionRegistry registry = new DescriptionRegistry();
        registry.add(load(BASE, "/org.ctgstudio.diagram.tests/missing/base.diagrams"));
        DiagramDescriptionSet extension = load(extension("org.ctgstudio.diagram.tests/missing/absent.diagrams"),
                "/org.ctgstudio.diagram.tests/missing/ext.diagrams");
        registry.add(extension);
        assertEquals(List.of("t-ext-base"), ids(registry.unmerged()));
        assertEquals(List.of("t-action"), ids(registry.get("t-base").getNodeMappings()), "the base is untouched");
    }

    @Test
    void aLayerAddedSinceADiagramWasMadeIsShownOnceAndThenFollowsTheUser() {
        DescriptionRegistry registry = new DescriptionRegistry();
        registry.add(load(BASE, "/org.ctgstudio.diagram.tests/since/base.diagrams"));
        RepresentationDescription base = registry.get("t-base");
        Representation made = RepresentationFactory.eINSTANCE.createRepresentation();
        made.getKnownLayers().add("t-other"); // made before the extension was installed
        Representation older = RepresentationFactory.eINSTANCE.createRepresentation(); // before layers were known

        registry.add(load(extension("org.ctgstudio.diagram.tests/since/base.diagrams"),
                "/org.ctgstudio.diagram.tests/since/ext.diagrams"));
        assertTrue(Representations.adoptNewLayers(made, base));
        assertEquals(List.of("t-layer"), made.getActiveLayers(), "the new layer is shown (active by default)");
        made.getActiveLayers().remove("t-layer"); // the user switches it off
        assertFalse(Representations.adoptNewLayers(made, base));
        assertTrue(made.getActiveLayers().isEmpty(), "and it stays off");

        assertTrue(Representations.adoptNewLayers(older, base));
        assertTrue(older.getActiveLayers().isEmpty(), "an older file keeps its layers as they were");
        assertEquals(List.of("t-layer"), older.getKnownLayers());
    }

    @Test
    void withoutTheExampleExtensionThePlanDActionsIsCtgStudiosOwn() {
        Bundle self = FrameworkUtil.getBundle(DescriptionExtensionsTest.class);
        assertTrue(self != null && self.getBundleContext() != null, "runs in OSGi");
        assertTrue(List.of(self.getBundleContext().getBundles()).stream()
                .noneMatch(bundle -> "org.ctgstudio.example.extension".equals(bundle.getSymbolicName())),
                "the example extension is not installed here");
        DescriptionRegistry shared = DescriptionRegistry.instance();
        assertTrue(shared.unmerged().isEmpty());
        RepresentationDescription plan = shared.get("plan-actions");
        assertEquals(List.of("plan-indicators"), ids(plan.getLayers()));
        assertTrue(ids(plan.getNodeMappings()).stream().allMatch(id -> id.startsWith("plan-")),
                ids(plan.getNodeMappings()).toString());
        assertTrue(ids(plan.getTools()).stream().allMatch(id -> id.startsWith("plan-")), ids(plan.getTools()).toString());
        assertNull(shared.get("dep-plan-actions"));
    }
}
