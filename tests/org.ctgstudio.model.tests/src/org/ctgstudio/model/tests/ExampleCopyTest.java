package org.ctgstudio.model.tests;

import java.nio.file.Path;
import java.util.Map;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that read and write a copy of the example project: the convention is {@link #convention}. */
abstract class ExampleCopyTest {

    @TempDir
    Path temp;

    Path convention;

    @BeforeEach
    void copyExamples() throws Exception {
        convention = ModelFileFixture.convention(temp);
    }

    /** Changes the loaded convention's title and saves it. */
    static void retitle(LoadResult result, String title, Map<?, ?> options) throws Exception {
        ((GlobalTerritorialAgreement) result.root()).setTitle(title);
        result.resource().save(options);
    }
}
