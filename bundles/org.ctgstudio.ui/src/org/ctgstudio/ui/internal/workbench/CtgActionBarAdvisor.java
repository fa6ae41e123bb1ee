package org.ctgstudio.ui.internal.workbench;

import org.ctgstudio.ui.internal.Messages;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Main menus: Fichier, Édition, Fenêtre, Aide (user guide, search; cheat sheets come from org.ctgstudio.help). The
 * standard workbench actions keep their command ids (so key bindings and editor retargeting work) but get CTG Studio's
 * own French/English labels, as the platform ships English only. Plugins contribute through the usual "additions"
 * groups.
 */
final class CtgActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction importWizard;
    private IWorkbenchAction exportWizard;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;
    private IWorkbenchAction helpContents;
    private IWorkbenchAction helpSearch;
    private IWorkbenchAction contextHelp;

    CtgActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = action(ActionFactory.SAVE, window, Messages.Action_save);
        saveAll = action(ActionFactory.SAVE_ALL, window, Messages.Action_saveAll);
        close = action(ActionFactory.CLOSE, window, Messages.Action_close);
        closeAll = action(ActionFactory.CLOSE_ALL, window, Messages.Action_closeAll);
        importWizard = action(ActionFactory.IMPORT, window, Messages.Action_import);
        exportWizard = action(ActionFactory.EXPORT, window, Messages.Action_export);
        quit = action(ActionFactory.QUIT, window, Messages.Action_quit);
        undo = action(ActionFactory.UNDO, window, Messages.Action_undo);
        redo = action(ActionFactory.REDO, window, Messages.Action_redo);
        cut = action(ActionFactory.CUT, window, Messages.Action_cut);
        copy = action(ActionFactory.COPY, window, Messages.Action_copy);
        paste = action(ActionFactory.PASTE, window, Messages.Action_paste);
        delete = action(ActionFactory.DELETE, window, Messages.Action_delete);
        selectAll = action(ActionFactory.SELECT_ALL, window, Messages.Action_selectAll);
        resetPerspective = action(ActionFactory.RESET_PERSPECTIVE, window, Messages.Action_resetPerspective);
        preferences = action(ActionFactory.PREFERENCES, window, Messages.Action_preferences);
        helpContents = action(ActionFactory.HELP_CONTENTS, window, Messages.Action_helpContents);
        helpSearch = action(ActionFactory.HELP_SEARCH, window, Messages.Action_helpSearch);
        contextHelp = action(ActionFactory.DYNAMIC_HELP, window, Messages.Action_contextHelp);
    }

    private IWorkbenchAction action(ActionFactory factory, IWorkbenchWindow window, String label) {
        IWorkbenchAction action = factory.create(window);
        action.setText(label);
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(close);
        file.add(closeAll);
        file.add(new Separator());
        file.add(save);
        file.add(saveAll);
        file.add(new Separator());
        file.add(importWizard);
        file.add(exportWizard);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);

        MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(preferences);

        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(helpContents);
        help.add(helpSearch);
        help.add(contextHelp);
        help.add(new Separator());
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator());
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }
}
