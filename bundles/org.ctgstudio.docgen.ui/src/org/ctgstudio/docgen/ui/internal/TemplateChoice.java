package org.ctgstudio.docgen.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.TemplateFile;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * A template the user can pick: a default one (Word or LibreOffice), a DOCX/ODT file of a project or elsewhere, or
 * the workbook (no template).
 *
 * @param builtIn a default template, or null
 * @param file    a template file of the workspace, or null
 * @param path    a template file outside the workspace, or null
 */
record TemplateChoice(String label, DefaultTemplate builtIn, boolean docx, IFile file, Path path) {

    static TemplateChoice of(DefaultTemplate template, boolean docx) {
        return new TemplateChoice(NLS.bind(docx ? Messages.Page_templateWord : Messages.Page_templateLibreOffice,
                template.label()), template, docx, null, null);
    }

    static TemplateChoice of(IFile file) {
        return new TemplateChoice(NLS.bind(Messages.Page_templateProject, file.getProjectRelativePath()), null,
                isDocx(file.getName()), file, null);
    }

    static TemplateChoice of(Path path) {
        return new TemplateChoice(NLS.bind(Messages.Page_templateProject, path), null,
                isDocx(path.getFileName().toString()), null, path);
    }

    static TemplateChoice workbook() {
        return new TemplateChoice(Messages.Page_templateWorkbook, null, false, null, null);
    }

    static boolean isTemplateName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && (lower.endsWith(".docx") || lower.endsWith(".odt")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static boolean isDocx(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".docx"); //$NON-NLS-1$
    }

    boolean isWorkbook() {
        return builtIn == null && file == null && path == null;
    }

    /** The formats this template produces: its own and PDF; the workbook XLSX. */
    List<OutputFormat> formats() {
        if (isWorkbook()) {
            return List.of(OutputFormat.XLSX);
        }
        return List.of(docx ? OutputFormat.DOCX : OutputFormat.ODT, OutputFormat.PDF);
    }

    /** A short name for the produced file: « convention », « suivi-annuel », « plan-d-actions ». */
    String baseName() {
        if (isWorkbook()) {
            return "plan-d-actions"; //$NON-NLS-1$
        }
        String name = builtIn != null ? builtIn.fileName(docx) : file != null ? file.getName()
                : path.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** Reads the template (null for the workbook). */
    TemplateFile load() throws DocumentException, CoreException, IOException {
        if (builtIn != null) {
            return builtIn.load(docx);
        }
        if (file != null) {
            try (InputStream in = file.getContents(true)) {
                return TemplateFile.of(file.getName(), in);
            }
        }
        return path == null ? null : TemplateFile.of(path);
    }

    @Override
    public String toString() {
        return label;
    }
}
