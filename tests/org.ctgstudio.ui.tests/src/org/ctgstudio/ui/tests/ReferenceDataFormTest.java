package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.Territory;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference data file's Territoires page: each territory's context and the communes, listed and edited. */
class ReferenceDataFormTest {

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }

    @Test
    void theTerritoriesPageShowsAndEditsEachTerritorysContext() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ModelEditor editor = (ModelEditor) IDE.openEditor(page,
                UiTests.importExampleProject().getFile(org.ctgstudio.tests.support.Examples.REFERENCE_DATA), true);
        CtgWorkspace data = (CtgWorkspace) editor.root();
        UiTests.processEvents();
        Control territories = UiTests.page(editor, "territories");
        Table table = UiTests.first(territories, Table.class);
        assertEquals(data.getTerritories().size() + data.getMunicipalities().size(), table.getItemCount(),
                "one row per territory and per commune");
        Territory valley = data.getTerritories().stream().filter(t -> t.getSeat() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no territory of the example has its seat commune"));
        UiTests.select(table, valley);
        for (String feature : List.of("character", "seat", "competentCaf", "municipalities", "population")) {
            assertNotNull(UiTests.find(territories, Control.class, c -> feature.equals(c.getData("feature"))),
                    "no field for " + feature + " of the territory");
        }
        Screenshots.capture(territories, Path.of("target", "territories-page.png"));

        Text population = UiTests.field(territories, "population");
        UiTests.type(population, "46000");
        assertEquals(Integer.valueOf(46000), valley.getPopulation(), "the population typed is the territory's");
        assertTrue(editor.isDirty());
    }
}
