package org.ctgstudio.ui.emf;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the EMF/JFace glue: English in messages.properties, French (the default) in _fr. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ctgstudio.ui.emf.messages"; //$NON-NLS-1$

    public static String Property_yes;
    public static String Property_no;
    public static String Property_none;
    public static String Property_invalidValue;
    public static String Property_chooseValues;
    public static String Property_editValues;
    public static String Property_invalidLine;
    public static String Property_change;
    public static String Property_editText;
    public static String Action_undo;
    public static String Action_redo;
    public static String Action_delete;
    public static String Action_cut;
    public static String Action_copy;
    public static String Action_paste;
    public static String Menu_newChild;
    public static String Menu_newSibling;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
