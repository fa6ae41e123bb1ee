package org.ctgstudio.docgen;

/** What a generation writes. PDF goes through LibreOffice; XLSX is the action plan workbook (no template). */
public enum OutputFormat {
    DOCX("docx"), ODT("odt"), PDF("pdf"), XLSX("xlsx");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The French (or English) name users see: « Word (DOCX) ». */
    public String label() {
        return Messages.format("format." + name());
    }
}
