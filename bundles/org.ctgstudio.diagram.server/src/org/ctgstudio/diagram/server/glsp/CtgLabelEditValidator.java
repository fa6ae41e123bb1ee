package org.ctgstudio.diagram.server.glsp;

import org.ctgstudio.diagram.description.DirectEditTool;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.diagram.interpreter.ViewElement;
import org.ctgstudio.diagram.server.Texts;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

/** While the user types a label: fine when a direct edit tool covers the element and the text is not empty. */
public class CtgLabelEditValidator implements LabelEditValidator {

    @Inject
    protected CtgModelState state;

    @Override
    public ValidationStatus validate(String label, GModelElement element) {
        String id = element.getId().endsWith("-label") ? element.getId().substring(0, element.getId().length() - 6)
                : element.getId();
        ViewElement view = state.view() == null ? null : state.view().view(id);
        if (view != null) {
            for (Tool tool : state.document().description().getTools()) {
                if (tool instanceof DirectEditTool edit && edit.getMappings().contains(view.mapping())) {
                    return label == null || label.isBlank() ? ValidationStatus.error(Texts.format("label.empty"))
                            : ValidationStatus.ok();
                }
            }
        }
        return ValidationStatus.error(Texts.format("tool.noDirectEdit"));
    }
}
