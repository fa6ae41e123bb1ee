package org.ctgstudio.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the diagram editors: English in messages.properties, French in messages_fr. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ctgstudio.diagram.ui.internal.messages"; //$NON-NLS-1$

    public static String Editor_notAWorkspaceFile;
    public static String Representation_noModel;
    public static String Representation_unreadable;
    public static String Representation_notKept;
    public static String Representation_modelUnreadable;
    public static String Representation_createFailed;
    public static String Menu_layout;
    public static String Menu_fit;
    public static String Menu_layers;
    public static String Menu_filters;
    public static String Menu_exportSvg;
    public static String Menu_exportPng;
    public static String Menu_exportFailedTitle;
    public static String Menu_exportFailed;
    public static String Menu_openInBrowser;
    public static String Menu_newRepresentation;
    public static String Menu_openRepresentation;
    public static String Menu_none;
    public static String Export_title;
    public static String Export_pageTitle;
    public static String Export_pageDescription;
    public static String Export_representation;
    public static String Export_format;
    public static String Export_svg;
    public static String Export_png;
    public static String Export_target;
    public static String Export_browse;
    public static String Export_noRepresentation;
    public static String Export_noTarget;
    public static String Export_noFolder;
    public static String Export_isFolder;
    public static String Export_extension;
    public static String Export_replaceTitle;
    public static String Export_replace;
    public static String Export_drawFailed;
    public static String Export_badName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
