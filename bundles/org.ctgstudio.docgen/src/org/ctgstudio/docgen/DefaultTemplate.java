package org.ctgstudio.docgen;

import java.io.InputStream;

/**
 * The templates CTG Studio ships, in French, each as DOCX and ODT (the same document): a methodology expert copies one
 * into a project and adapts it in Word or LibreOffice. Built from one outline by releng/org.ctgstudio.docgen.templates.
 */
public enum DefaultTemplate {
    /** The convention: title page, visas, preamble, articles, annexes with one fiche action per action. */
    CONVENTION("convention"),
    /** The yearly follow-up report: indicators measured against their targets, year by year. */
    SUIVI_ANNUEL("suivi-annuel"),
    /** An amendment (avenant) to the convention. */
    AVENANT("avenant");

    private final String fileName;

    DefaultTemplate(String fileName) {
        this.fileName = fileName;
    }

    /** « convention.docx », « suivi-annuel.odt » … */
    public String fileName(boolean docx) {
        return fileName + (docx ? ".docx" : ".odt");
    }

    public String label() {
        return Messages.format("defaultTemplate." + name());
    }

    public TemplateFile load(boolean docx) throws DocumentException {
        String resource = "/templates/" + fileName(docx);
        InputStream in = DefaultTemplate.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DocumentException(Messages.format("template.unreadable", resource, "?"));
        }
        return TemplateFile.of(fileName(docx), in);
    }
}
