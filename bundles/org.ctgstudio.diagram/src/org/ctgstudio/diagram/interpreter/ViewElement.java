package org.ctgstudio.diagram.interpreter;

import org.ctgstudio.diagram.description.DiagramElementMapping;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;

/** One element of a built diagram: its GModel element, the model element it shows and the mapping that made it. */
public record ViewElement(String id, EObject element, DiagramElementMapping mapping, String parentId,
        GModelElement model) {
}
