package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.ctgstudio.diagram.server.glsp.CtgModelIndex;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.graph.impl.GModelIndexImpl;
import org.junit.jupiter.api.Test;

/** The server's model index answers as GLSP's own (cross-reference) index does, on the example's diagrams. */
class ModelIndexTest {

    @Test
    void answersAsGlspsIndexOnEachDiagram() throws Exception {
        DiagramFixture fixture = new DiagramFixture();
        for (String description : new String[] { "plan-actions", "partenariat", "gouvernance", "territoire" }) {
            GModelRoot root = fixture.build(fixture.representation(description)).graph();
            GModelIndex ours = new CtgModelIndex(root);
            GModelIndex glsp = new GModelIndexImpl(root);
            root.eAdapters().add((GModelIndexImpl) glsp);

            assertEquals(glsp.allIds(), ours.allIds(), description);
            int edges = 0;
            for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
                if (all.next() instanceof GModelElement element) {
                    assertEquals(element, ours.get(element.getId()).orElseThrow(), element.getId());
                    assertEquals(Set.copyOf(glsp.getIncomingEdges(element)), Set.copyOf(ours.getIncomingEdges(element)),
                            element.getId());
                    assertEquals(Set.copyOf(glsp.getOutgoingEdges(element)), Set.copyOf(ours.getOutgoingEdges(element)),
                            element.getId());
                    edges += element instanceof GEdge ? 1 : 0;
                }
            }
            assertTrue(edges > 0, description + ": edges to look up");
            for (EClass eClass : List.of(GraphPackage.Literals.GNODE, GraphPackage.Literals.GEDGE,
                    GraphPackage.Literals.GLABEL)) {
                assertEquals(glsp.getTypeCount(eClass), ours.getTypeCount(eClass),
                        description + " " + eClass.getName());
            }
            assertFalse(ours.get("no-such-element").isPresent());
            assertEquals(root, ours.getRoot());
        }
    }
}
