package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.representation.Point;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationFactory;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Representation files: round trip, same bytes when nothing changed, relative and sorted, stale parts dropped. */
class RepresentationFilesTest {

    @TempDir
    Path folder;

    static ElementLayout layout(String id, double x, double y) {
        ElementLayout layout = RepresentationFactory.eINSTANCE.createElementLayout();
        layout.setElementId(id);
        layout.setX(x);
        layout.setY(y);
        return layout;
    }

    /** Renamed in the workbench's Project Explorer: documents, the command line and web mode still find it. */
    @Test
    void aRenamedRepresentationIsFoundByWhatItSays() throws Exception {
        Examples.copyProject(folder);
        Path model = folder.resolve(Examples.CONVENTION);
        var plan = DiagramFixture.description("plan-actions");
        Path standard = Representations.fileFor(model, plan);
        assertTrue(Files.isRegularFile(standard), "the example has its Plan d'actions");
        assertEquals(standard, Representations.find(model, plan));

        Path renamed = Files.move(standard, folder.resolve("Plan pour le COPIL.ctgr"));
        assertEquals(renamed, Representations.find(model, plan));
        // The semantic root written as an element (as the workbench's save writes it) says the same.
        Files.writeString(renamed, Files.readString(renamed).replaceFirst(
                " semanticRoot=\"([^\"]*)\">", ">\n  <semanticRoot href=\"$1\"/>"));
        assertTrue(Files.readString(renamed).contains("<semanticRoot href="), Files.readString(renamed));
        assertEquals(renamed, Representations.find(model, plan));
        // Another model's or another description's representation is not taken for it.
        assertEquals(Representations.fileFor(folder.resolve(Examples.PREDECESSOR), plan),
                Representations.find(folder.resolve(Examples.PREDECESSOR), plan));
        var governance = DiagramFixture.description("gouvernance");
        assertEquals(Representations.fileFor(model, governance), Representations.find(model, governance));
    }

    @Test
    void roundTripIsByteStableRelativeAndSorted() throws Exception {
        Examples.copyProject(folder);
        DiagramFixture fixture = new DiagramFixture(folder);
        Representation representation = fixture.representation("plan-actions");
        List<Action> actions = fixture.convention.getActions();
        representation.getLayouts().add(layout(actions.get(2).getId(), 400, 120));
        representation.getLayouts().add(layout(actions.get(0).getId(), 40.5, 60));
        ElementLayout edge = layout("plan-objective-action-x-y", 0, 0);
        Point bend = RepresentationFactory.eINSTANCE.createPoint();
        bend.setX(10);
        bend.setY(20);
        edge.getBendpoints().add(bend);
        representation.getLayouts().add(edge);
        representation.getHiddenElements().add(actions.get(1).getId());
        representation.eResource().save(null);

        Path file = Representations.fileFor(fixture.model, DiagramFixture.description("plan-actions"));
        assertEquals("ctg-val-d-exemple-2025-2029.plan-actions.ctgr", file.getFileName().toString());
        byte[] first = Files.readAllBytes(file);
        String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("<semanticRoot href=\"ctg-val-d-exemple-2025-2029.ctg#"), "relative root: " + text);
        assertFalse(text.contains(folder.toString()), "no absolute path");
        assertTrue(text.indexOf(actions.get(0).getId()) < text.indexOf(actions.get(2).getId())
                || actions.get(0).getId().compareTo(actions.get(2).getId()) > 0, "layouts sorted by id");

        representation.eResource().save(null);
        assertArrayEquals(first, Files.readAllBytes(file), "saving again without change writes the same bytes");

        // Read back in a fresh resource set: same content, same model element.
        DiagramFixture other = new DiagramFixture(folder);
        Representation reloaded = Representations.load(other.set, file);
        assertEquals("plan-actions", reloaded.getDescriptionId());
        assertSame(other.convention, reloaded.getSemanticRoot());
        assertEquals(3, reloaded.getLayouts().size());
        assertEquals(40.5, Representations.layout(reloaded, actions.get(0).getId()).getX());
        assertEquals(20, Representations.layout(reloaded, "plan-objective-action-x-y").getBendpoints().get(0).getY());
        assertEquals(List.of(actions.get(1).getId()), reloaded.getHiddenElements());
        assertEquals(List.of("plan-indicators"), reloaded.getActiveLayers());
        reloaded.eResource().save(null);
        assertArrayEquals(first, Files.readAllBytes(file), "a loaded and saved file is unchanged");
    }

    @Test
    void storedPositionsAreUsedAndHiddenElementsLeftOut() throws Exception {
        DiagramFixture fixture = new DiagramFixture();
        Representation representation = fixture.representation("plan-actions");
        Action action = fixture.convention.getActions().get(0);
        representation.getLayouts().add(layout(action.getId(), 321, 123));
        representation.getHiddenElements().add(fixture.convention.getActions().get(1).getId());
        DiagramView view = fixture.build(representation);
        GNode node = (GNode) view.view(action.getId()).model();
        assertEquals(321, node.getPosition().getX());
        assertEquals(123, node.getPosition().getY());
        assertFalse(view.unplaced().contains(action.getId()));
        assertNull(view.view(fixture.convention.getActions().get(1).getId()));
    }

    @Test
    void partsOfElementsThatNoLongerExistAreDroppedAndSaid() throws Exception {
        DiagramFixture fixture = new DiagramFixture();
        Representation representation = fixture.representation("plan-actions");
        Action kept = fixture.convention.getActions().get(0);
        representation.getLayouts().add(layout(kept.getId(), 1, 2));
        representation.getLayouts().add(layout("_deleted-action", 3, 4));
        representation.getHiddenElements().add("_deleted-indicator");
        DiagramView complete = fixture.interpreter.build(DiagramFixture.description("plan-actions"), representation,
                fixture.convention, true);
        List<String> messages = Representations.prune(representation, complete);
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("2 éléments de la représentation « Plan d'actions » n'existent plus "
                + "dans le modèle et ont été retirés : "), messages.get(0));
        assertTrue(messages.get(0).contains("_deleted-action") && messages.get(0).contains("_deleted-indicator"));
        assertEquals(1, representation.getLayouts().size());
        assertTrue(representation.getHiddenElements().isEmpty());
        assertEquals(List.of(), Representations.prune(representation, complete), "nothing more to drop");
    }
}
