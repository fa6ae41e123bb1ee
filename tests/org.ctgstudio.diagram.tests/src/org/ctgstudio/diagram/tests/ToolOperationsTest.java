package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.model.plan.Objective;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Every palette and editing tool is a GLSP operation whose EMF command lands on the model's own command stack: each
 * test sends the operation over the websocket, checks the model, then undoes and redoes on the shared stack (as
 * the tree editor's Ctrl+Z would) and checks again; each change reaches the diagram exactly once.
 */
class ToolOperationsTest {

    static ServerFixture fixture;
    static DiagramDocument document;
    static GlspTestClient client;

    @BeforeAll
    static void open() throws Exception {
        fixture = new ServerFixture();
        document = fixture.open("plan-actions");
        client = fixture.client(document);
        client.open(document.id(), document.token());
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
        fixture.close();
    }

    GlobalTerritorialAgreement convention() {
        return fixture.model.convention;
    }

    /** Sends the operation, then undo and redo on the shared stack; {@code state} must differ accordingly. */
    <T> void undoable(JsonObject operation, Supplier<T> state, java.util.function.BiConsumer<T, T> changed)
            throws Exception {
        T before = fixture.onModel(state::get);
        client.send(operation);
        client.await("updateModel");
        assertEquals(0, client.drain("updateModel", 250).size(), "one model send per change");
        T after = fixture.onModel(state::get);
        changed.accept(before, after);
        fixture.undo();
        client.await("updateModel");
        assertEquals(before, fixture.onModel(state::get), "undone on the shared stack");
        fixture.redo();
        client.await("updateModel");
        assertEquals(after, fixture.onModel(state::get), "redone on the shared stack");
    }

    static JsonObject point(double x, double y) {
        JsonObject point = new JsonObject();
        point.addProperty("x", x);
        point.addProperty("y", y);
        return point;
    }

    @Test
    void createNodeFromThePalette() throws Exception {
        JsonObject create = GlspTestClient.operation("createNode");
        create.addProperty("elementTypeId", "plan-create-action");
        create.add("location", point(640, 480));
        create.addProperty("containerId", "graph");
        undoable(create, () -> List.copyOf(convention().getActions()), (before, after) -> {
            assertEquals(before.size() + 1, after.size());
            Action created = after.get(after.size() - 1);
            assertEquals("Nouvelle fiche action", created.getTitle());
            assertEquals("FA" + after.size(), created.getNumber());
            ElementLayout layout = Representations.layout(document.representation(), created.getId());
            assertEquals(640, layout.getX());
            assertEquals(480, layout.getY());
        });
    }

    @Test
    void createNodeInsideAContainerElement() throws Exception {
        Action action = convention().getActions().get(0);
        JsonObject create = GlspTestClient.operation("createNode");
        create.addProperty("elementTypeId", "plan-create-indicator");
        create.add("location", point(10, 10));
        create.addProperty("containerId", action.getId());
        undoable(create, () -> List.copyOf(action.getIndicators()),
                (before, after) -> assertEquals(before.size() + 1, after.size()));
    }

    @Test
    void createEdgeFromThePalette() throws Exception {
        Objective objective = convention().getAxes().get(0).getObjectives().get(0);
        Action unlinked = convention().getActions().stream().filter(a -> !objective.getActions().contains(a))
                .findFirst().orElseThrow();
        JsonObject connect = GlspTestClient.operation("createEdge");
        connect.addProperty("elementTypeId", "plan-connect-objective-action");
        connect.addProperty("sourceElementId", objective.getId());
        connect.addProperty("targetElementId", unlinked.getId());
        undoable(connect, () -> objective.getActions().contains(unlinked), (before, after) -> {
            assertFalse(before);
            assertTrue(after);
        });
    }

    @Test
    void directEditRenames() throws Exception {
        Action action = convention().getActions().get(1);
        JsonObject edit = GlspTestClient.operation("applyLabelEdit");
        edit.addProperty("labelId", action.getId() + "-label");
        edit.addProperty("text", "Renommée sur le diagramme");
        undoable(edit, action::getTitle, (before, after) -> assertEquals("Renommée sur le diagramme", after));
    }

    @Test
    void moveAndResize() throws Exception {
        Action action = convention().getActions().get(2);
        JsonObject bounds = new JsonObject();
        bounds.addProperty("elementId", action.getId());
        bounds.add("newPosition", point(1234, 567));
        JsonObject size = new JsonObject();
        size.addProperty("width", 400);
        size.addProperty("height", 120);
        bounds.add("newSize", size);
        JsonObject change = GlspTestClient.operation("changeBounds");
        JsonArray all = new JsonArray();
        all.add(bounds);
        change.add("newBounds", all);
        undoable(change, () -> {
            ElementLayout layout = Representations.layout(document.representation(), action.getId());
            return List.of(layout.getX(), layout.getY(), layout.getWidth(), layout.getHeight());
        }, (before, after) -> assertEquals(List.of(1234.0, 567.0, 400.0, 120.0), after));
    }

    @Test
    void bendpoints() throws Exception {
        Objective objective = convention().getAxes().get(0).getObjectives().get(0);
        String edge = "plan-objective-action-" + objective.getId() + "-" + objective.getActions().get(0).getId();
        JsonObject routing = new JsonObject();
        routing.addProperty("elementId", edge);
        JsonArray points = new JsonArray();
        points.add(point(300, 20));
        points.add(point(320, 40));
        routing.add("newRoutingPoints", points);
        JsonObject change = GlspTestClient.operation("changeRoutingPoints");
        JsonArray all = new JsonArray();
        all.add(routing);
        change.add("newRoutingPoints", all);
        undoable(change, () -> {
            ElementLayout layout = Representations.layout(document.representation(), edge);
            return layout == null ? 0 : layout.getBendpoints().size();
        }, (before, after) -> assertEquals(2, after));
    }

    @Test
    void reconnectAnEdgeToAnotherObjective() throws Exception {
        var objectives = convention().getAxes().stream().flatMap(a -> a.getObjectives().stream()).toList();
        Objective from = objectives.get(0);
        Action action = from.getActions().get(0);
        Objective to = objectives.stream().filter(o -> !o.getActions().contains(action)).findFirst().orElseThrow();
        JsonObject reconnect = GlspTestClient.operation("reconnectEdge");
        reconnect.addProperty("edgeElementId", "plan-objective-action-" + from.getId() + "-" + action.getId());
        reconnect.addProperty("sourceElementId", to.getId());
        reconnect.addProperty("targetElementId", action.getId());
        undoable(reconnect, () -> List.of(from.getActions().contains(action), to.getActions().contains(action)),
                (before, after) -> assertEquals(List.of(false, true), after));
    }

    @Test
    void deleteFromTheModelWithItsReferences() throws Exception {
        Indicator indicator = convention().getActions().stream().flatMap(a -> a.getIndicators().stream()).findFirst()
                .orElseThrow();
        Action owner = (Action) indicator.eContainer();
        JsonObject delete = GlspTestClient.operation("deleteElement");
        JsonArray ids = new JsonArray();
        ids.add(indicator.getId());
        delete.add("elementIds", ids);
        undoable(delete, () -> owner.getIndicators().contains(indicator), (before, after) -> assertFalse(after));
    }

    @Test
    void arrangeAllIsOneUndoableCommand() throws Exception {
        undoable(GlspTestClient.operation("layout"), () -> document.representation().getLayouts().stream()
                .map(l -> l.getElementId() + "@" + l.getX() + "," + l.getY()).sorted().toList(),
                (before, after) -> assertNotEquals(before, after));
    }

    @Test
    void cutAndPaste() throws Exception {
        Action action = convention().getActions().get(3);
        JsonObject request = GlspTestClient.action("requestClipboardData");
        request.addProperty("requestId", "clip-1");
        JsonObject context = new JsonObject();
        JsonArray selection = new JsonArray();
        selection.add(action.getId());
        context.add("selectedElementIds", selection);
        request.add("editorContext", context);
        client.send(request);
        JsonObject data = client.await("setClipboardData").getAsJsonObject("clipboardData");
        assertTrue(data.toString().contains(action.getId()));

        JsonObject cut = GlspTestClient.operation("cut");
        cut.add("editorContext", context);
        undoable(cut, () -> convention().getActions().contains(action), (before, after) -> assertFalse(after));

        JsonObject paste = GlspTestClient.operation("paste");
        paste.add("clipboardData", data);
        JsonObject at = new JsonObject();
        at.add("selectedElementIds", new JsonArray());
        at.add("lastMousePosition", point(50, 900));
        paste.add("editorContext", at);
        undoable(paste, () -> convention().getActions().size(), (before, after) -> {
            assertEquals(before + 1, after);
            Action copy = convention().getActions().get(after - 1);
            assertEquals(action.getTitle(), copy.getTitle());
            assertNotEquals(action.getId(), copy.getId(), "a copy gets its own id");
        });
    }

    @Test
    void hideFromTheDiagramWhenTheModelMustKeepIt() throws Exception {
        DiagramDocument partnership = fixture.open("partenariat");
        try (GlspTestClient other = fixture.client(partnership)) {
            other.open(partnership.id(), partnership.token());
            Organisation organisation = convention().getParties().get(0).getOrganisation();
            JsonObject delete = GlspTestClient.operation("deleteElement");
            JsonArray ids = new JsonArray();
            ids.add(organisation.getId());
            delete.add("elementIds", ids);
            other.send(delete);
            other.await("updateModel");
            assertTrue(fixture.onModel(() -> partnership.representation().getHiddenElements()
                    .contains(organisation.getId())));
            assertNotNull(fixture.onModel(organisation::eResource), "still in the model");
            fixture.undo();
            other.await("updateModel");
            assertNull(fixture.onModel(() -> partnership.representation().getHiddenElements().stream()
                    .filter(organisation.getId()::equals).findFirst().orElse(null)));
        }
        fixture.server.unregister(partnership);
        client.drain("updateModel", 300);
    }
}
