package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.server.glsp.CtgDiagramConfiguration;
import org.ctgstudio.diagram.server.glsp.GModelJsonWriter;
import org.ctgstudio.diagram.server.glsp.ModelDiff;
import org.ctgstudio.diagram.server.glsp.ModelDiff.Match;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.ActionStatus;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.gson.GraphGsonConfigurator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Model sends after a change carry only what changed: applied to the model the client has, the matches give exactly
 * the new model (every element with the same properties under the same parent); whole models go when that is better.
 */
class ModelDiffTest {

    DiagramFixture fixture;
    Representation representation;
    final Gson gson = new GraphGsonConfigurator().withTypes(new CtgDiagramConfiguration().getTypeMappings())
            .configureGsonBuilder(new GsonBuilder()).registerTypeAdapterFactory(new GModelJsonWriter()).create();

    @BeforeEach
    void load() throws Exception {
        fixture = new DiagramFixture();
        representation = fixture.representation("plan-actions");
    }

    GModelRoot build() {
        return fixture.build(representation).graph();
    }

    @Test
    void aRenameReplacesTheRenamedElementOnly() {
        GModelRoot before = build();
        Action action = fixture.convention.getActions().get(0);
        action.setTitle("Un tout autre titre pour cette fiche action");
        GModelRoot after = build();
        after.setRevision(before.getRevision() + 1);

        List<Match> matches = ModelDiff.between(before, after, 0.2).orElseThrow();
        assertEquals(1, matches.size(), matches::toString);
        assertTrue(gson.toJson(matches.get(0).right()).contains("Un tout autre titre"), matches::toString);
        assertEquals(flat(after), applied(before, matches));
    }

    /** What the diff compares beyond text: a position and a size (contained values), the style's arguments. */
    @Test
    void aMoveAndAStyleChangeAreEachSeen() {
        GModelRoot before = build();
        Action moved = fixture.convention.getActions().get(1);
        representation.getLayouts().add(RepresentationFilesTest.layout(moved.getId(), 4321.5, 1234));
        GModelRoot afterMove = build();
        List<Match> matches = ModelDiff.between(before, afterMove, 0.2).orElseThrow();
        assertTrue(matches.stream().anyMatch(m -> m.right().getId().equals(moved.getId())), matches::toString);
        assertEquals(flat(afterMove), applied(before, matches));

        Action restyled = fixture.convention.getActions().get(2);
        restyled.setStatus(restyled.getStatus() == ActionStatus.COMPLETED ? ActionStatus.PLANNED
                : ActionStatus.COMPLETED);
        GModelRoot afterStyle = build();
        matches = ModelDiff.between(afterMove, afterStyle, 0.2).orElseThrow();
        assertFalse(matches.isEmpty(), "a status is drawn as a style: its node changed");
        assertEquals(flat(afterStyle), applied(afterMove, matches));
    }

    @Test
    void aRemovedActionIsReplacedWithinItsParentOrSentWhole() {
        GModelRoot before = build();
        EcoreUtil.delete(fixture.convention.getActions().get(0), true);
        GModelRoot after = build();

        Optional<List<Match>> matches = ModelDiff.between(before, after, 1.0);
        matches.ifPresent(m -> assertEquals(flat(after), applied(before, m)));
        // At the top level the element list changed: the whole model goes.
        boolean topLevel = before.getChildren().size() != after.getChildren().size();
        assertEquals(topLevel, matches.isEmpty());
    }

    @Test
    void noChangeGivesNoMatchAndLargeChangesGoWhole() {
        GModelRoot before = build();
        GModelRoot same = build();
        same.setRevision(7);
        assertEquals(List.of(), ModelDiff.between(before, same, 0.2).orElseThrow());
        assertTrue(ModelDiff.between(before, before, 0.2).isEmpty(), "the same root object is sent whole");

        fixture.convention.getActions().forEach(a -> a.setTitle(a.getTitle() + " (modifiée)"));
        GModelRoot renamed = build();
        assertTrue(ModelDiff.between(before, renamed, 1.0).isPresent());
        assertFalse(ModelDiff.between(before, renamed, 0.01).isPresent(), "over the share: whole model");
    }

    /** Every element of a JSON model: its id → its own JSON (children left out) and its parent's id. */
    static void flatten(JsonObject element, String parent, Map<String, String> into) {
        JsonObject own = element.deepCopy();
        own.remove("children");
        own.remove("revision");
        into.put(element.get("id").getAsString(), parent + "|" + own);
        if (element.has("children")) {
            for (JsonElement child : element.getAsJsonArray("children")) {
                flatten(child.getAsJsonObject(), element.get("id").getAsString(), into);
            }
        }
    }

    Map<String, String> flat(GModelElement root) {
        Map<String, String> result = new HashMap<>();
        flatten(gson.toJsonTree(root, GModelRoot.class).getAsJsonObject(), "", result);
        return result;
    }

    /** What sprotty does with the matches: each left element removed with its subtree, each right one added. */
    Map<String, String> applied(GModelRoot before, List<Match> matches) {
        Map<String, String> result = flat(before);
        for (Match match : matches) {
            removeWithSubtree(result, match.left().get("id"));
        }
        for (Match match : matches) {
            flatten(gson.toJsonTree(match.right(), GModelElement.class).getAsJsonObject(), match.rightParentId(),
                    result);
        }
        return result;
    }

    static void removeWithSubtree(Map<String, String> elements, String id) {
        elements.remove(id);
        List<String> children = elements.entrySet().stream().filter(e -> e.getValue().startsWith(id + "|"))
                .map(Map.Entry::getKey).toList();
        children.forEach(child -> removeWithSubtree(elements, child));
    }
}
