package org.ctgstudio.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench bundle: English in messages.properties, French (the default) in messages_fr. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ctgstudio.ui.internal.messages"; //$NON-NLS-1$

    public static String Application_name;
    public static String Application_workspaceInUse;
    public static String Window_title;
    public static String Menu_file;
    public static String Menu_new;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Action_save;
    public static String Action_saveAll;
    public static String Action_close;
    public static String Action_closeAll;
    public static String Action_import;
    public static String Action_export;
    public static String Action_quit;
    public static String Action_undo;
    public static String Action_redo;
    public static String Action_cut;
    public static String Action_copy;
    public static String Action_paste;
    public static String Action_delete;
    public static String Action_selectAll;
    public static String Action_resetPerspective;
    public static String Action_preferences;
    public static String Action_helpContents;
    public static String Action_helpSearch;
    public static String Action_contextHelp;
    public static String Validation_failed;
    public static String Properties_rule;
    public static String Properties_message;
    public static String Properties_noProblem;
    public static String Properties_problemCount;
    public static String About_title;
    public static String About_version;
    public static String About_description;
    public static String About_platform;
    public static String Import_jobName;
    public static String Import_failed;
    public static String Import_folderNameMismatch;
    public static String Editor_notAWorkspaceFile;
    public static String Editor_cannotRead;
    public static String Editor_saveFailedTitle;
    public static String Editor_saveFailed;
    public static String Editor_changedOnDiskTitle;
    public static String Editor_changedOnDisk;
    public static String Editor_reload;
    public static String Editor_keep;
    public static String Editor_overwriteChanged;
    public static String Editor_overwrite;
    public static String Editor_errorPage;
    public static String Editor_treePage;
    public static String Editor_coveragePage;
    public static String Coverage_title;
    public static String Coverage_year;
    public static String Coverage_covered;
    public static String Coverage_rate;
    public static String Coverage_target;
    public static String Coverage_gap;
    public static String Coverage_met;
    public static String Coverage_yes;
    public static String Coverage_no;
    public static String Editor_summaryPage;
    public static String Editor_planPage;
    public static String Summary_title;
    public static String Summary_identification;
    public static String Summary_dates;
    public static String Summary_territory;
    public static String Summary_parties;
    public static String Summary_party;
    public static String Summary_representatives;
    public static String Plan_title;
    public static String Plan_details;
    public static String Editor_indicatorsPage;
    public static String Editor_fundingsPage;
    public static String Editor_governancePage;
    public static String Indicators_title;
    public static String Fundings_title;
    public static String Governance_title;
    public static String Editor_territoriesPage;
    public static String Territories_title;
    public static String Editor_templatePage;
    public static String Editor_articlesPage;
    public static String Editor_annexesPage;
    public static String Editor_axesPage;
    public static String TemplateSummary_title;
    public static String TemplateSummary_themes;
    public static String TemplateSummary_governance;
    public static String Articles_title;
    public static String Annexes_title;
    public static String Axes_title;
    public static String Editor_parametersPage;
    public static String Editor_noSuchPage;
    public static String TemplateIndicators_title;
    public static String TemplateParameters_title;


    public static String Preferences_description;
    public static String Preferences_rules;
    public static String Preferences_rule;
    public static String Preferences_ruleTitle;
    public static String Preferences_category;
    public static String Preferences_severity;
    public static String Preferences_parameters;
    public static String Preferences_parameter;
    public static String Preferences_value;
    public static String Preferences_import;
    public static String Preferences_export;
    public static String Preferences_disabled;
    public static String Preferences_ruleDefault;
    public static String Preferences_error;
    public static String Preferences_warning;
    public static String Preferences_info;


    public static String NewProject_title;
    public static String NewProject_pageTitle;
    public static String NewProject_pageDescription;
    public static String NewProject_withExample;
    public static String NewProject_creating;
    public static String NewProject_failed;
    public static String NewConvention_title;
    public static String NewConvention_pageTitle;
    public static String NewConvention_pageDescription;
    public static String NewConvention_template;
    public static String NewConvention_territory;
    public static String NewConvention_start;
    public static String NewConvention_end;
    public static String NewConvention_conventionTitle;
    public static String NewConvention_fileName;
    public static String NewConvention_parties;
    public static String NewConvention_defaultTitle;
    public static String NewConvention_noTemplate;
    public static String NewConvention_chooseTemplate;
    public static String NewConvention_retiredTemplate;
    public static String NewConvention_chooseTerritory;
    public static String NewConvention_datesReversed;
    public static String NewConvention_badDate;
    public static String NewConvention_badFileName;
    public static String NewConvention_fileExists;
    public static String NewConvention_saveFailed;
    public static String NewTemplate_title;
    public static String NewTemplate_pageTitle;
    public static String NewTemplate_pageDescription;
    public static String NewTemplate_fileName;
    public static String NewTemplate_name;
    public static String NewTemplate_copil;
    public static String NewDeployment_title;
    public static String NewDeployment_pageTitle;
    public static String NewDeployment_pageDescription;
    public static String NewDeployment_fileName;


    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
