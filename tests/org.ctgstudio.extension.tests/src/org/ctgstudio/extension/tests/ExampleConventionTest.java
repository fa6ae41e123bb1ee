package org.ctgstudio.extension.tests;

import java.nio.file.Path;
import java.util.Locale;

import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The example convention and its reference data, loaded for each test in a French session. */
abstract class ExampleConventionTest {

    private Locale before;
    protected final ResourceSet set = ModelFiles.newResourceSet();
    protected GlobalTerritorialAgreement ctg;
    protected CtgWorkspace data;

    @TempDir
    protected Path folder;

    @BeforeEach
    void loadExample() throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        ctg = (GlobalTerritorialAgreement) ModelFiles.load(set, Examples.file(Examples.CONVENTION)).root();
        data = (CtgWorkspace) ModelFiles.load(set, Examples.file(Examples.REFERENCE_DATA)).root();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }
}
