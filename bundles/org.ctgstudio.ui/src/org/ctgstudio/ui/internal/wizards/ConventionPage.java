package org.ctgstudio.ui.internal.wizards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplateStatus;
import org.ctgstudio.templates.TemplateInstantiator;
import org.ctgstudio.ui.internal.HelpContexts;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the new convention wizard. */
public final class ConventionPage extends WizardPage {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE); //$NON-NLS-1$

    private final List<ConventionTemplate> templates;
    private final List<Territory> territories;
    private final List<Organisation> organisations;
    private final IContainer container;
    private Combo template;
    private Combo territory;
    private Text start;
    private Text end;
    private Text title;
    private Text fileName;
    private CheckboxTableViewer parties;

    ConventionPage(List<ConventionTemplate> templates, List<Territory> territories, List<Organisation> organisations,
            IContainer container) {
        super("convention"); //$NON-NLS-1$
        this.templates = templates;
        this.territories = territories;
        this.organisations = organisations;
        this.container = container;
        setTitle(Messages.NewConvention_pageTitle);
        setDescription(Messages.NewConvention_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        HelpContexts.set(page, HelpContexts.NEW_CONVENTION);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        template = combo(page, Messages.NewConvention_template,
                templates.stream().map(NewConventionWizard::label).toArray(String[]::new));
        territory = combo(page, Messages.NewConvention_territory,
                territories.stream().map(NewConventionWizard::label).toArray(String[]::new));
        start = text(page, Messages.NewConvention_start, NewConventionWizard.defaultDates().get("start") //$NON-NLS-1$
                .format(FRENCH));
        end = text(page, Messages.NewConvention_end, NewConventionWizard.defaultDates().get("end").format(FRENCH)); //$NON-NLS-1$
        title = text(page, Messages.NewConvention_conventionTitle, ""); //$NON-NLS-1$
        fileName = text(page, Messages.NewConvention_fileName, ""); //$NON-NLS-1$
        Label label = new Label(page, SWT.NONE);
        label.setText(Messages.NewConvention_parties);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        parties = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
        parties.setContentProvider(ArrayContentProvider.getInstance());
        parties.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return NewConventionWizard.label(element);
            }
        });
        parties.setInput(organisations);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 200).applyTo(parties.getTable());

        if (!templates.isEmpty()) {
            template.select(0);
        }
        territory.addListener(SWT.Selection, e -> territoryChosen());
        for (var control : List.of(template, territory, start, end, title, fileName)) {
            control.addListener(control instanceof Combo ? SWT.Selection : SWT.Modify, e -> validate());
        }
        if (territories.size() == 1) {
            territory.select(0);
            territoryChosen();
        }
        setControl(page);
        validate();
    }

    private static Combo combo(Composite parent, String label, String[] items) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private static Text text(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    /** A territory proposes its parties (Caf, EPCI, communes), a title and a file name. */
    private void territoryChosen() {
        Territory chosen = territory();
        parties.setCheckedElements(organisations.stream()
                .filter(o -> TemplateInstantiator.signsByDefault(o, chosen)).toArray());
        if (chosen != null) {
            String years = yearsOrEmpty();
            title.setText(NLS.bind(Messages.NewConvention_defaultTitle, chosen.getName(), years));
            fileName.setText("ctg-" + slug(chosen.getName()) + (years.isEmpty() ? "" : "-" + years) + ".ctg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        validate();
    }

    private String yearsOrEmpty() {
        try {
            return startDate().getYear() + "-" + endDate().getYear(); //$NON-NLS-1$
        } catch (DateTimeParseException e) {
            return ""; //$NON-NLS-1$
        }
    }

    static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private void validate() {
        String error = null;
        if (templates.isEmpty()) {
            error = Messages.NewConvention_noTemplate;
        } else if (template() == null) {
            error = Messages.NewConvention_chooseTemplate;
        } else if (template().getStatus() == TemplateStatus.RETIRED) {
            error = Messages.NewConvention_retiredTemplate;
        } else if (territory() == null) {
            error = Messages.NewConvention_chooseTerritory;
        } else {
            try {
                if (!endDate().isAfter(startDate())) {
                    error = Messages.NewConvention_datesReversed;
                }
            } catch (DateTimeParseException e) {
                error = Messages.NewConvention_badDate;
            }
        }
        if (error == null && (!fileName().endsWith(".ctg") || fileName().contains("/"))) { //$NON-NLS-1$ //$NON-NLS-2$
            error = Messages.NewConvention_badFileName;
        } else if (error == null && container != null
                && container.getFile(new org.eclipse.core.runtime.Path(fileName())).exists()) {
            error = NLS.bind(Messages.NewConvention_fileExists, fileName());
        }
        setErrorMessage(error);
        // A template of another Caf is allowed: the user is told, the convention says it again (CTG-TPL-02).
        List<String> notices = error != null ? List.of()
                : TemplateInstantiator.notices(new TemplateInstantiator.Request(template(), territory(), null, null,
                        List.of(), null, null));
        setMessage(notices.isEmpty() ? null : String.join(" ", notices), IMessageProvider.INFORMATION); //$NON-NLS-1$
        setPageComplete(error == null);
    }

    ConventionTemplate template() {
        return template.getSelectionIndex() < 0 ? null : templates.get(template.getSelectionIndex());
    }

    Territory territory() {
        return territory.getSelectionIndex() < 0 ? null : territories.get(territory.getSelectionIndex());
    }

    LocalDate startDate() {
        return parse(start.getText());
    }

    LocalDate endDate() {
        return parse(end.getText());
    }

    /** 31/12/2029 as French users write dates, or 2029-12-31. */
    static LocalDate parse(String text) {
        String trimmed = text.trim();
        return trimmed.contains("/") ? LocalDate.parse(trimmed, FRENCH) : LocalDate.parse(trimmed); //$NON-NLS-1$
    }

    String title() {
        return title.getText().isBlank() ? null : title.getText().trim();
    }

    String fileName() {
        return fileName.getText().trim();
    }

    List<Organisation> signatories() {
        return Arrays.stream(parties.getCheckedElements()).map(Organisation.class::cast).toList();
    }

    /** For tests: choose as a user would in the drop-downs and fields. */
    public void choose(int templateIndex, int territoryIndex, String startText, String endText) {
        template.select(templateIndex);
        start.setText(startText);
        end.setText(endText);
        territory.select(territoryIndex);
        territoryChosen();
    }
}
