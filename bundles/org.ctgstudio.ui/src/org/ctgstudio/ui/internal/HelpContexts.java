package org.ctgstudio.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * Context help (F1) of CTG Studio's editors, wizards and preference page. The contexts and the guide topics they lead
 * to are contributed by org.ctgstudio.help (contexts.xml, in the namespace of this bundle).
 */
public final class HelpContexts {

    public static final String CONVENTION_EDITOR = "org.ctgstudio.ui.conventionEditor"; //$NON-NLS-1$
    public static final String TEMPLATE_EDITOR = "org.ctgstudio.ui.templateEditor"; //$NON-NLS-1$
    public static final String DEPLOYMENT_EDITOR = "org.ctgstudio.ui.deploymentEditor"; //$NON-NLS-1$
    public static final String NEW_PROJECT = "org.ctgstudio.ui.newProject"; //$NON-NLS-1$
    public static final String NEW_CONVENTION = "org.ctgstudio.ui.newConvention"; //$NON-NLS-1$
    public static final String NEW_MODEL_FILE = "org.ctgstudio.ui.newModelFile"; //$NON-NLS-1$
    public static final String VALIDATION_PREFERENCES = "org.ctgstudio.ui.validationPreferences"; //$NON-NLS-1$

    private HelpContexts() {
    }

    /** F1 on the control (or a child without its own context) shows the help of this context. */
    public static void set(Control control, String context) {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getHelpSystem().setHelp(control, context);
        }
    }
}
