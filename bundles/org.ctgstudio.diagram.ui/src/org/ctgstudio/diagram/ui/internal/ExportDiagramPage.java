package org.ctgstudio.diagram.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.server.glsp.CtgToolPalette;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The page of « Fichier > Exporter > CTG Studio > Image d'une représentation »: which representation of the
 * workspace, SVG or PNG, which file. Its controls carry stable ids ({@code ctg.exportDiagram.*}) for the UI tests.
 */
final class ExportDiagramPage extends WizardPage {

    static final String ID = "ctg.exportDiagram."; //$NON-NLS-1$

    private final List<IFile> representations;
    private final IFile initial;
    private Combo representation;
    private Button svg;
    private Button png;
    private Text target;

    ExportDiagramPage(List<IFile> representations, IFile initial) {
        super("exportDiagram"); //$NON-NLS-1$
        this.representations = representations;
        this.initial = initial;
        setTitle(Messages.Export_pageTitle);
        setDescription(Messages.Export_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        label(page, Messages.Export_representation);
        representation = id(new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN), "representation"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(representation);
        representation.setItems(representations.stream().map(ExportDiagramPage::describe).toArray(String[]::new));
        representation.select(Math.max(0, representations.indexOf(initial)));
        representation.addListener(SWT.Selection, e -> {
            target.setText(defaultTarget(chosen(), png.getSelection()).toString());
            validate();
        });

        label(page, Messages.Export_format);
        Composite formats = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(formats);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(formats);
        svg = id(new Button(formats, SWT.RADIO), "svg"); //$NON-NLS-1$
        svg.setText(Messages.Export_svg);
        svg.setSelection(true);
        png = id(new Button(formats, SWT.RADIO), "png"); //$NON-NLS-1$
        png.setText(Messages.Export_png);
        png.addListener(SWT.Selection, e -> formatChanged());

        label(page, Messages.Export_target);
        target = id(new Text(page, SWT.BORDER | SWT.SINGLE), "target"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
        target.setText(defaultTarget(chosen(), false).toString());
        target.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> browse());

        setControl(page);
        validate();
    }

    /** "Plan d'actions — /Projet/convention.plan-actions.ctgr". */
    private static String describe(IFile file) {
        RepresentationDescription description = RepresentationFiles.descriptionOf(file);
        String label = description == null ? file.getName() : CtgToolPalette.label(description);
        return label + " \u2014 " + file.getFullPath(); //$NON-NLS-1$
    }

    /** In the user's home folder, named after the representation file. */
    private static Path defaultTarget(IFile file, boolean asPng) {
        String name = file == null ? "diagramme" : file.getName().replaceAll("\\.ctgr$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return Path.of(System.getProperty("user.home"), name + (asPng ? ".png" : ".svg")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void formatChanged() {
        String text = target.getText();
        String wanted = png.getSelection() ? ".png" : ".svg"; //$NON-NLS-1$ //$NON-NLS-2$
        if (text.endsWith(".svg") || text.endsWith(".png")) { //$NON-NLS-1$ //$NON-NLS-2$
            target.setText(text.substring(0, text.length() - 4) + wanted);
        }
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {png.getSelection() ? "*.png" : "*.svg"}); //$NON-NLS-1$ //$NON-NLS-2$
        Path current = target.getText().isBlank() || target() == null ? defaultTarget(chosen(), png.getSelection())
                : target();
        if (current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        dialog.setFileName(String.valueOf(current.getFileName()));
        String file = dialog.open();
        if (file != null) {
            target.setText(file);
        }
    }

    private void validate() {
        String error = null;
        String text = target.getText().strip();
        if (chosen() == null) {
            error = Messages.Export_noRepresentation;
        } else if (text.isEmpty()) {
            error = Messages.Export_noTarget;
        } else if (target() == null) {
            error = NLS.bind(Messages.Export_badName, text);
        } else {
            Path file = target();
            String extension = png.getSelection() ? ".png" : ".svg"; //$NON-NLS-1$ //$NON-NLS-2$
            if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
                error = NLS.bind(Messages.Export_noFolder, file.getParent());
            } else if (Files.isDirectory(file)) {
                error = NLS.bind(Messages.Export_isFolder, file);
            } else if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
                error = NLS.bind(Messages.Export_extension, extension);
            }
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    IFile chosen() {
        int index = representation == null ? -1 : representation.getSelectionIndex();
        return index < 0 || index >= representations.size() ? initial : representations.get(index);
    }

    boolean asPng() {
        return png.getSelection();
    }

    /** The file to write: a relative name is taken in the user's home folder (not the product's); null if invalid. */
    Path target() {
        try {
            return Path.of(System.getProperty("user.home")).resolve(target.getText().strip()).normalize(); //$NON-NLS-1$
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static <T extends Control> T id(T control, String id) {
        control.setData(ID + id);
        return control;
    }
}
