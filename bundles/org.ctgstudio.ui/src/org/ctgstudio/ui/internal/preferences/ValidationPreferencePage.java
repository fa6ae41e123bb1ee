package org.ctgstudio.ui.internal.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ctgstudio.ui.internal.HelpContexts;
import org.ctgstudio.ui.internal.Messages;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleParameters;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.RuleRegistry;
import org.ctgstudio.validation.Severity;
import org.ctgstudio.validation.rules.CtgRules;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Fenêtre &gt; Préférences &gt; CTG Studio &gt; Validation: each rule's severity (or disabled) and the parameters of the
 * rules, for the whole workbench; the profile can be exported to a file and imported back.
 */
public class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The choices of the severity column; index 0 is the rule's own severity. */
    private static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    private RuleProfile profile;
    private TableViewer rules;
    private TableViewer parameters;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_description);
        profile = WorkbenchValidation.profile();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        HelpContexts.set(page, HelpContexts.VALIDATION_PREFERENCES);
        GridLayoutFactory.fillDefaults().applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.Preferences_rules);
        rules = table(page, 260);
        rules.setContentProvider(ArrayContentProvider.getInstance());
        column(rules, Messages.Preferences_rule, 110, element -> ((Rule) element).id(), null);
        column(rules, Messages.Preferences_ruleTitle, 330, element -> ((Rule) element).title(), null);
        column(rules, Messages.Preferences_category, 120,
                element -> CtgRules.categoryLabel(((Rule) element).category()), null);
        column(rules, Messages.Preferences_severity, 140, element -> severityText((Rule) element),
                new SeverityEditing(rules));
        rules.setInput(RuleRegistry.getDefault().rules());

        new Label(page, SWT.NONE).setText(Messages.Preferences_parameters);
        parameters = table(page, 150);
        parameters.setContentProvider(ArrayContentProvider.getInstance());
        column(parameters, Messages.Preferences_parameter, 220, element -> ((String) element), null);
        column(parameters, Messages.Preferences_value, 200, element -> parameterValue((String) element),
                new ParameterEditing(parameters));
        parameters.setInput(new ArrayList<>(RuleParameters.defaults().keySet()));

        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        Button importButton = new Button(buttons, SWT.PUSH);
        importButton.setText(Messages.Preferences_import);
        importButton.addListener(SWT.Selection, e -> importProfile());
        Button exportButton = new Button(buttons, SWT.PUSH);
        exportButton.setText(Messages.Preferences_export);
        exportButton.addListener(SWT.Selection, e -> exportProfile());
        return page;
    }

    private static TableViewer table(Composite parent, int height) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(700, height).applyTo(viewer.getTable());
        return viewer;
    }

    private interface Text {
        String of(Object element);
    }

    private static void column(TableViewer viewer, String header, int width, Text text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of(element);
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    private String severityText(Rule rule) {
        Severity chosen = profile.severityFor(rule, null);
        String label = chosen == null ? Messages.Preferences_disabled : label(chosen);
        return chosen == rule.severity() && !profile.severities().containsKey(rule.id())
                ? NLS.bind(Messages.Preferences_ruleDefault, label) : label;
    }

    private static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> Messages.Preferences_error;
            case WARNING -> Messages.Preferences_warning;
            case INFO -> Messages.Preferences_info;
        };
    }

    private String parameterValue(String key) {
        String value = profile.parameters().get(key);
        return value != null ? value : NLS.bind(Messages.Preferences_ruleDefault, RuleParameters.defaults().get(key));
    }

    /** Sets a rule's severity in the page's working profile (null: disabled). For the page's editor and tests. */
    public void setSeverity(String ruleId, Severity severity) {
        RuleProfile base = copyWithout(ruleId);
        profile = severity == null ? base.withDisabled(ruleId) : base.withSeverity(ruleId, severity);
        rules.refresh();
    }

    public void setParameter(String key, String value) {
        profile = profile.withParameter(key, value);
        parameters.refresh();
    }

    private RuleProfile copyWithout(String ruleId) {
        RuleProfile copy = RuleProfile.defaults().withName(profile.name());
        for (String id : profile.disabled()) {
            if (!id.equals(ruleId)) {
                copy = copy.withDisabled(id);
            }
        }
        for (Map.Entry<String, Severity> entry : profile.severities().entrySet()) {
            if (!entry.getKey().equals(ruleId)) {
                copy = copy.withSeverity(entry.getKey(), entry.getValue());
            }
        }
        for (Map.Entry<String, String> entry : profile.parameters().entrySet()) {
            copy = copy.withParameter(entry.getKey(), entry.getValue());
        }
        return copy;
    }

    @Override
    public boolean performOk() {
        WorkbenchValidation.setProfile(profile);
        return true;
    }

    @Override
    protected void performDefaults() {
        profile = RuleProfile.defaults();
        rules.refresh();
        parameters.refresh();
        super.performDefaults();
    }

    private void importProfile() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.properties"}); //$NON-NLS-1$
        String file = dialog.open();
        if (file != null) {
            try {
                profile = RuleProfile.load(Path.of(file));
                rules.refresh();
                parameters.refresh();
            } catch (IOException e) {
                MessageDialog.openError(getShell(), Messages.Preferences_import, e.getMessage());
            }
        }
    }

    private void exportProfile() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.properties"}); //$NON-NLS-1$
        dialog.setFileName("profil-validation.properties"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                profile.save(Path.of(file));
            } catch (IOException e) {
                MessageDialog.openError(getShell(), Messages.Preferences_export, e.getMessage());
            }
        }
    }

    /** The severity column: the rule's own, another one, or disabled. */
    private final class SeverityEditing extends EditingSupport {
        SeverityEditing(TableViewer viewer) {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            List<String> items = new ArrayList<>();
            SEVERITIES.forEach(s -> items.add(label(s)));
            items.add(Messages.Preferences_disabled);
            return new ComboBoxCellEditor(rules.getTable(), items.toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            Severity chosen = profile.severityFor((Rule) element, null);
            return chosen == null ? SEVERITIES.size() : SEVERITIES.indexOf(chosen);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                setSeverity(((Rule) element).id(), index < SEVERITIES.size() ? SEVERITIES.get(index) : null);
            }
        }
    }

    /** The value column of parameters: empty gives back the built-in default. */
    private final class ParameterEditing extends EditingSupport {
        ParameterEditing(TableViewer viewer) {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(parameters.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            String value = profile.parameters().get(element);
            return value == null ? "" : value; //$NON-NLS-1$
        }

        @Override
        protected void setValue(Object element, Object value) {
            String text = ((String) value).trim();
            if (text.isEmpty()) { // as the column's title says: empty means the default value
                profile = profile.withoutParameter((String) element);
                parameters.refresh();
            } else {
                setParameter((String) element, text);
            }
        }
    }
}
