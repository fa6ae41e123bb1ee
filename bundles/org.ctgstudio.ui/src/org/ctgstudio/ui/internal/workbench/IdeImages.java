package org.ctgstudio.ui.internal.workbench;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * Declares the shared images that the IDE views (Project Explorer, Problems) look up by key. The IDE's own
 * workbench advisor declares them; an RCP application with its own advisor must do it itself.
 */
final class IdeImages {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$
    private static final String OBJ = "$nl$/icons/full/obj16/"; //$NON-NLS-1$
    private static final String ELCL = "$nl$/icons/full/elcl16/"; //$NON-NLS-1$

    /** Image key, icon path in org.eclipse.ui.ide (keys of IDE.SharedImages and of the IDE's internal registry). */
    private static final String[][] IMAGES = {
        {IDE.SharedImages.IMG_OBJ_PROJECT, OBJ + "prj_obj.svg"}, //$NON-NLS-1$
        {IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, OBJ + "cprj_obj.svg"}, //$NON-NLS-1$
        {IDE.SharedImages.IMG_OPEN_MARKER, ELCL + "gotoobj_tsk.svg"}, //$NON-NLS-1$
        {IDE.SharedImages.IMG_OBJS_TASK_TSK, OBJ + "taskmrk_tsk.svg"}, //$NON-NLS-1$
        {IDE.SharedImages.IMG_OBJS_BKMRK_TSK, OBJ + "bkmrk_tsk.svg"}, //$NON-NLS-1$
        {"IMG_OBJS_ERROR_PATH", OBJ + "error_tsk.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_OBJS_WARNING_PATH", OBJ + "warn_tsk.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_OBJS_INFO_PATH", OBJ + "info_tsk.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_OBJS_FIXABLE_ERROR", OBJ + "quickfix_error_obj.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_OBJS_FIXABLE_WARNING", OBJ + "quickfix_warning_obj.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_OBJS_FIXABLE_INFO", OBJ + "quickfix_info_obj.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_OBJS_COMPLETE_TSK", OBJ + "complete_tsk.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_OBJS_INCOMPLETE_TSK", OBJ + "incomplete_tsk.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_ELCL_QUICK_FIX_ENABLED", ELCL + "smartmode_co.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_LCL_FLAT_LAYOUT", ELCL + "flatLayout.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
        {"IMG_LCL_HIERARCHICAL_LAYOUT", ELCL + "hierarchicalLayout.svg"}, //$NON-NLS-1$ //$NON-NLS-2$
    };

    private IdeImages() {
    }

    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle(IDE_BUNDLE);
        if (ide == null) {
            return;
        }
        for (String[] image : IMAGES) {
            URL url = FileLocator.find(ide, new Path(image[1]), null);
            if (url != null) {
                configurer.declareImage(image[0], ImageDescriptor.createFromURL(url), true);
            }
        }
    }
}
