package org.ctgstudio.docgen.tests;

/** What a test that needs LibreOffice says when it is missing (CI installs it: .ci/run). */
final class LibreOfficeRun {

    static final String MISSING = "LibreOffice is not installed: these tests need the Debian package "
            + org.ctgstudio.docgen.office.LibreOffice.DEBIAN_PACKAGE + " (see README, Requirements; .ci/run installs it)";

    private LibreOfficeRun() {
    }
}
