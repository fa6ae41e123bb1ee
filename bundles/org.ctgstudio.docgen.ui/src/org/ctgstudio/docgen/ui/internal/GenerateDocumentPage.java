package org.ctgstudio.docgen.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.Finality;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.governance.Amendment;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceVisitor;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/**
 * The one page of the generation wizard: which template (a default one, one of the project, another file, or the
 * workbook), which format, draft or final, for which year or amendment, where. Its controls carry stable ids
 * ({@code ctg.docgen.*}) for the UI tests.
 */
final class GenerateDocumentPage extends WizardPage {

    static final String ID = "ctg.docgen."; //$NON-NLS-1$
    private static final String DOCUMENTS = "documents"; //$NON-NLS-1$
    private static final String TEMPLATES = "modeles"; //$NON-NLS-1$

    private final IFile convention;
    private final GlobalTerritorialAgreement agreement;
    private final List<TemplateChoice> choices = new ArrayList<>();
    private Combo template;
    private Combo format;
    private Combo finality;
    private Spinner year;
    private Combo amendment;
    private Text folder;
    private Text fileName;
    private Button open;
    private Button copy;
    private List<Integer> amendmentNumbers = List.of();

    GenerateDocumentPage(IFile convention, GlobalTerritorialAgreement agreement) {
        super("generateDocument"); //$NON-NLS-1$
        this.convention = convention;
        this.agreement = agreement;
        setTitle(Messages.Page_title);
        setDescription(Messages.Page_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        // F1: the user guide's context, declared by org.ctgstudio.help in the workbench bundle's namespace.
        PlatformUI.getWorkbench().getHelpSystem().setHelp(page, "org.ctgstudio.ui.generateDocument"); //$NON-NLS-1$
        label(page, Messages.Page_convention);
        Text name = new Text(page, SWT.BORDER | SWT.READ_ONLY);
        name.setText(convention == null ? "" : convention.getFullPath().toString()); //$NON-NLS-1$
        span(id(name, "convention"), 2); //$NON-NLS-1$

        label(page, Messages.Page_template);
        template = id(new Combo(page, SWT.READ_ONLY), "template"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(template);
        Button other = id(button(page, Messages.Page_otherTemplate), "otherTemplate"); //$NON-NLS-1$
        other.addListener(SWT.Selection, e -> chooseOtherTemplate());
        new Label(page, SWT.NONE);
        copy = id(button(page, Messages.Page_copyTemplate), "copyTemplate"); //$NON-NLS-1$
        copy.addListener(SWT.Selection, e -> copyTemplate());
        new Label(page, SWT.NONE);

        label(page, Messages.Page_format);
        format = span(id(new Combo(page, SWT.READ_ONLY), "format"), 2); //$NON-NLS-1$
        label(page, Messages.Page_finality);
        finality = span(id(new Combo(page, SWT.READ_ONLY), "finality"), 2); //$NON-NLS-1$
        finality.setItems(Messages.Page_finalityAutomatic, Messages.Page_finalityDraft, Messages.Page_finalityFinal);
        finality.select(0);
        label(page, Messages.Page_year);
        year = span(id(new Spinner(page, SWT.BORDER), "year"), 2); //$NON-NLS-1$
        label(page, Messages.Page_amendment);
        amendment = span(id(new Combo(page, SWT.READ_ONLY), "amendment"), 2); //$NON-NLS-1$

        label(page, Messages.Page_folder);
        folder = id(new Text(page, SWT.BORDER), "folder"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        Button browse = id(button(page, Messages.Page_browse), "browseFolder"); //$NON-NLS-1$
        browse.addListener(SWT.Selection, e -> chooseFolder());
        label(page, Messages.Page_fileName);
        fileName = span(id(new Text(page, SWT.BORDER), "fileName"), 2); //$NON-NLS-1$
        open = id(new Button(page, SWT.CHECK), "open"); //$NON-NLS-1$
        open.setText(Messages.Page_open);
        open.setSelection(true);
        span(open, 3);

        fillChoices();
        fillYearsAndAmendments();
        if (convention != null) {
            folder.setText(convention.getProject().getFolder(DOCUMENTS).getFullPath().toString());
        }
        template.addListener(SWT.Selection, e -> templateChanged());
        format.addListener(SWT.Selection, e -> updateFileName());
        folder.addListener(SWT.Modify, e -> validate());
        fileName.addListener(SWT.Modify, e -> validate());
        template.select(0);
        templateChanged();
        setControl(page);
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        return button;
    }

    private static <T extends Control> T id(T control, String id) {
        control.setData(ID + id);
        return control;
    }

    private static <T extends Control> T span(T control, int columns) {
        GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).applyTo(control);
        return control;
    }

    private void fillChoices() {
        for (DefaultTemplate builtIn : DefaultTemplate.values()) {
            choices.add(TemplateChoice.of(builtIn, true));
            choices.add(TemplateChoice.of(builtIn, false));
        }
        if (convention != null) {
            try {
                IResourceVisitor visitor = resource -> {
                    if (resource instanceof IFile file && TemplateChoice.isTemplateName(file.getName())
                            && !file.getProjectRelativePath().segment(0).equals(DOCUMENTS)) {
                        choices.add(TemplateChoice.of(file));
                    }
                    return !resource.getName().startsWith("."); //$NON-NLS-1$
                };
                convention.getProject().accept(visitor);
            } catch (CoreException e) {
                setMessage(e.getMessage(), IMessageProvider.WARNING);
            }
        }
        choices.add(TemplateChoice.workbook());
        template.setItems(choices.stream().map(TemplateChoice::label).toArray(String[]::new));
    }

    private void fillYearsAndAmendments() {
        int first = agreement != null && agreement.getStartDate() != null ? agreement.getStartDate().getYear() : 2000;
        int last = agreement != null && agreement.getEffectiveEndDate() != null
                ? agreement.getEffectiveEndDate().getYear() : 2100;
        int current = java.time.LocalDate.now().getYear();
        year.setValues(Math.min(Math.max(current - 1, first), last), first, last, 0, 1, 1);
        amendmentNumbers = agreement == null ? List.of()
                : agreement.getAmendments().stream().map(Amendment::getNumber).toList();
        List<String> items = new ArrayList<>(List.of(Messages.Page_amendmentLast));
        amendmentNumbers.forEach(n -> items.add("n\u00B0 " + n)); //$NON-NLS-1$
        amendment.setItems(items.toArray(String[]::new));
        amendment.select(0);
    }

    private void templateChanged() {
        TemplateChoice choice = choice();
        format.setItems(choice.formats().stream().map(OutputFormat::label).toArray(String[]::new));
        format.select(0);
        copy.setEnabled(choice.builtIn() != null && convention != null);
        year.setEnabled(choice.builtIn() == null ? !choice.isWorkbook() : choice.builtIn() == DefaultTemplate.SUIVI_ANNUEL);
        amendment.setEnabled(choice.builtIn() == null ? !choice.isWorkbook()
                : choice.builtIn() == DefaultTemplate.AVENANT);
        updateFileName();
    }

    private void updateFileName() {
        String base = convention == null ? "document" //$NON-NLS-1$
                : convention.getName().substring(0, convention.getName().length() - 4);
        fileName.setText(base + "-" + choice().baseName() + "." + format().extension()); //$NON-NLS-1$ //$NON-NLS-2$
        validate();
    }

    private void chooseOtherTemplate() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.Page_chooseTemplate);
        dialog.setFilterExtensions(new String[] {"*.docx;*.odt"}); //$NON-NLS-1$
        String chosen = dialog.open();
        if (chosen != null) {
            addAndSelect(TemplateChoice.of(Path.of(chosen)));
        }
    }

    /** Copies the chosen default template into the project's modeles/ folder, for an expert to adapt it. */
    private void copyTemplate() {
        TemplateChoice choice = choice();
        IFolder templates = convention.getProject().getFolder(TEMPLATES);
        IFile target = templates.getFile(choice.builtIn().fileName(choice.docx()));
        try (InputStream in = choice.load().open()) {
            if (!templates.exists()) {
                templates.create(true, true, null);
            }
            byte[] bytes = in.readAllBytes();
            if (target.exists()) {
                target.setContents(new ByteArrayInputStream(bytes), IResource.FORCE | IResource.KEEP_HISTORY, null);
            } else {
                target.create(new ByteArrayInputStream(bytes), true, null);
            }
            if (choices.stream().noneMatch(c -> target.equals(c.file()))) {
                addAndSelect(TemplateChoice.of(target));
            }
            setMessage(NLS.bind(Messages.Page_copied, target.getFullPath()), IMessageProvider.INFORMATION);
        } catch (CoreException | IOException | org.ctgstudio.docgen.DocumentException e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void addAndSelect(TemplateChoice choice) {
        choices.add(choices.size() - 1, choice);
        template.setItems(choices.stream().map(TemplateChoice::label).toArray(String[]::new));
        template.select(choices.indexOf(choice));
        templateChanged();
    }

    private void chooseFolder() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), target() == null ? null
                : target().getParent(), true, Messages.Page_chooseFolder);
        if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1) {
            IPath path = (IPath) dialog.getResult()[0];
            folder.setText(path.toString());
        }
    }

    private void validate() {
        String error = null;
        if (convention == null || agreement == null) {
            error = Messages.Page_noConvention;
        } else if (container() == null) {
            error = Messages.Page_noFolder;
        } else if (fileName.getText().isBlank()) {
            error = Messages.Page_noFileName;
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    TemplateChoice choice() {
        return choices.get(Math.max(0, template.getSelectionIndex()));
    }

    OutputFormat format() {
        return choice().formats().get(Math.max(0, format.getSelectionIndex()));
    }

    Finality finality() {
        return Finality.values()[Math.max(0, finality.getSelectionIndex())];
    }

    int year() {
        return year.isEnabled() ? year.getSelection() : 0;
    }

    int amendment() {
        int index = amendment.getSelectionIndex();
        return !amendment.isEnabled() || index <= 0 ? 0 : amendmentNumbers.get(index - 1);
    }

    boolean openAfter() {
        return open.getSelection();
    }

    /** The folder the document goes to: a project or a folder of one (created if needed), or null. */
    private IContainer container() {
        IPath path = IPath.fromOSString(folder.getText().strip());
        if (path.segmentCount() == 0 || !path.isAbsolute()) {
            return null;
        }
        var root = ResourcesPlugin.getWorkspace().getRoot();
        if (path.segmentCount() == 1) {
            return root.getProject(path.segment(0)).isOpen() ? root.getProject(path.segment(0)) : null;
        }
        IFolder target = root.getFolder(path);
        return target.getProject().isOpen() ? target : null;
    }

    /** The file to write. */
    IFile target() {
        IContainer container = container();
        return container == null ? null : container.getFile(IPath.fromOSString(fileName.getText().strip()));
    }
}
