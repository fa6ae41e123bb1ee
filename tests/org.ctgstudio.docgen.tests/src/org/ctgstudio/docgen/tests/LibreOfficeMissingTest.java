package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ctgstudio.docgen.DefaultTemplate;
import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.office.LibreOffice;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without LibreOffice, PDF output fails with a French message that names what to install, and writes nothing. */
class LibreOfficeMissingTest {

    @TempDir
    Path folder;

    @Test
    void pdfWithoutLibreOfficeNamesThePackage() throws Exception {
        LibreOffice.stopShared(); // the next PDF test starts it again
        Path empty = Files.createDirectory(folder.resolve("pas-de-libreoffice"));
        System.setProperty(LibreOffice.HOME_PROPERTY, empty.toString());
        try {
            assertFalse(LibreOffice.installed());
            Path out = folder.resolve("convention.pdf");
            DocumentException e = assertThrows(DocumentException.class, () -> DocumentGenerator.generate(
                    GenerationRequest.of(Examples.convention(), DefaultTemplate.CONVENTION.load(true),
                            OutputFormat.PDF, out)));
            assertTrue(e.getMessage().contains("LibreOffice") && e.getMessage().contains(LibreOffice.DEBIAN_PACKAGE)
                    && e.getMessage().contains("DOCX ou ODT"), e.getMessage());
            assertFalse(Files.exists(out));
        } finally {
            System.clearProperty(LibreOffice.HOME_PROPERTY);
        }
    }
}
