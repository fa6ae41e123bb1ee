package org.ctgstudio.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelFiles.LoadResult;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's model generator, on a small model, in plain Java (no OSGi): the model layer works there too. */
class SyntheticModelsTest {

    @TempDir
    Path temp;

    @Test
    void generatedModelHasTheRequestedSizeAndSurvivesSaveAndLoad() throws Exception {
        CtgWorkspace model = SyntheticModels.generate(2_000);
        int count = SyntheticModels.count(model);
        assertTrue(count >= 2_000 && count < 2_000 + 700, "size " + count);
        assertEquals(SyntheticModels.generate(2_000).getTerritories().get(1).getPopulation(),
                model.getTerritories().get(1).getPopulation(), "deterministic");

        Path file = temp.resolve("synthetique.ctgw");
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(model);
        resource.save(null);
        LoadResult loaded = ModelFiles.load(ModelFiles.newResourceSet(), file);
        assertEquals(List.of(), loaded.problems());
        assertTrue(EcoreUtil.equals(model, loaded.root()));
        assertTrue(PersistenceBenchmark.saxParse(file) >= count, "every element is an XML element for SAX too");
    }
}
