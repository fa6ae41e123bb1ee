package org.ctgstudio.diagram.server.operations;

import java.util.Map;

import org.ctgstudio.diagram.server.Texts;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.PasteOperation;

import com.google.inject.Inject;

/**
 * Paste: copies of the clipboard's elements (new stable ids for them and everything they contain) go back where the
 * originals lived, placed at the pointer one below the other.
 */
public class PasteHandler extends DiagramOperationHandler<PasteOperation> {

    private static final double STEP = 30;

    @Inject
    protected Clipboard clipboard;

    @Override
    protected Command command(PasteOperation operation) {
        CompoundCommand command = new CompoundCommand(Texts.format("command.paste"));
        Map<String, String> data = operation.getClipboardData();
        GPoint at = operation.getEditorContext() == null ? GraphUtil.point(0, 0)
                : operation.getEditorContext().getLastMousePosition().orElse(GraphUtil.point(0, 0));
        int n = 0;
        for (String id : Clipboard.decode(data == null ? null : data.get(Clipboard.FORMAT))) {
            Clipboard.Entry entry = clipboard.get(id);
            if (entry == null || entry.container().eResource() == null) {
                continue;
            }
            EObject copy = EcoreUtil.copy(entry.copy());
            renew(copy);
            for (var it = copy.eAllContents(); it.hasNext();) {
                renew(it.next());
            }
            command.append(entry.feature().isMany() ? AddCommand.create(domain(), entry.container(), entry.feature(), copy)
                    : SetCommand.create(domain(), entry.container(), entry.feature(), copy));
            String newId = (String) copy.eGet(copy.eClass().getEIDAttribute());
            command.append(DiagramCommands.setBounds(domain(), document().representation(), newId, at.getX(),
                    at.getY() + STEP * n++, 0, 0));
        }
        return command.isEmpty() ? null : command;
    }

    private static void renew(EObject element) {
        EAttribute id = element.eClass().getEIDAttribute();
        if (id != null) {
            element.eSet(id, "_" + java.util.UUID.randomUUID());
        }
    }
}
