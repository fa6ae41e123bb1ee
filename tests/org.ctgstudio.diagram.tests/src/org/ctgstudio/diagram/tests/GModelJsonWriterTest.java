package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.server.glsp.CtgDiagramConfiguration;
import org.ctgstudio.diagram.server.glsp.GModelJsonWriter;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.gson.GraphGsonConfigurator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The faster GModel writer gives, for every diagram of the example (styles, icons, edge labels, containers, stored
 * bend points), the very JSON that GLSP's own adapter gives (reading stays GLSP's: the websocket tests read the
 * client's messages through it).
 */
class GModelJsonWriterTest {

    static DiagramFixture fixture;

    @BeforeAll
    static void load() throws Exception {
        fixture = new DiagramFixture();
    }

    private static GsonBuilder glsp() {
        return new GraphGsonConfigurator().withTypes(new CtgDiagramConfiguration().getTypeMappings())
                .configureGsonBuilder(new GsonBuilder());
    }

    @ParameterizedTest
    @FieldSource("org.ctgstudio.diagram.tests.DiagramFixture#DIAGRAMS")
    void writesWhatGlspWrites(String diagram) {
        DiagramView view = fixture.build(fixture.representation(diagram));
        GGraph graph = view.graph();
        Gson reference = glsp().create();
        Gson fast = glsp().registerTypeAdapterFactory(new GModelJsonWriter()).create();

        String expected = reference.toJson(graph, GModelRoot.class);
        String written = fast.toJson(graph, GModelRoot.class);
        assertTrue(graph.getChildren().size() > 3 && expected.contains("\"args\""), expected);
        assertEquals(expected, written);
    }
}
