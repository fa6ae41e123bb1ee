package org.ctgstudio.docgen.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of document generation in the workbench: English in messages, French in messages_fr. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ctgstudio.docgen.ui.internal.messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Page_title;
    public static String Page_description;
    public static String Page_convention;
    public static String Page_template;
    public static String Page_templateWord;
    public static String Page_templateLibreOffice;
    public static String Page_templateProject;
    public static String Page_templateWorkbook;
    public static String Page_otherTemplate;
    public static String Page_format;
    public static String Page_finality;
    public static String Page_finalityAutomatic;
    public static String Page_finalityDraft;
    public static String Page_finalityFinal;
    public static String Page_year;
    public static String Page_amendment;
    public static String Page_amendmentLast;
    public static String Page_folder;
    public static String Page_browse;
    public static String Page_fileName;
    public static String Page_open;
    public static String Page_copyTemplate;
    public static String Page_copied;
    public static String Page_noConvention;
    public static String Page_noFolder;
    public static String Page_noFileName;
    public static String Page_chooseFolder;
    public static String Page_chooseTemplate;
    public static String Dirty_title;
    public static String Dirty_message;
    public static String Dirty_save;
    public static String Dirty_saved;
    public static String Dirty_cancel;
    public static String Job_name;
    public static String Job_failed;
    public static String Job_unreadable;
    public static String Job_done;
    public static String Job_doneWithRemarks;
    public static String Final_title;
    public static String Final_question;
    public static String Error_title;
    public static String Error_problem;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
