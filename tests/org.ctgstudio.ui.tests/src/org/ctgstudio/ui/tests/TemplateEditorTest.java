package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.ctgstudio.model.template.ArticleTemplate;
import org.ctgstudio.model.template.AxisTemplate;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.emf.ItemPropertySourceProvider;
import org.ctgstudio.ui.emf.Values;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A methodology expert's session on the example template: its form pages, the free lists of an axis template. */
class TemplateEditorTest {

    private static final String SUGGESTED = "suggestedObjectives";

    private ModelEditor editor;
    private Shell shell;

    @BeforeEach
    void openTemplate() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (ModelEditor) IDE.openEditor(page, UiTests.importExampleProject().getFile(Examples.TEMPLATE), true);
        UiTests.processEvents();
        shell = new Shell(Display.getCurrent());
    }

    @AfterEach
    void cleanUp() throws Exception {
        shell.dispose();
        UiTests.closeEditorsAndDeleteProjects();
    }

    @Test
    void suggestedObjectivesAreEditedOnePerLineWithUndo() {
        AxisTemplate axis = ((ConventionTemplate) editor.root()).getAxisTemplates().get(0);
        List<String> before = new ArrayList<>(axis.getSuggestedObjectives());
        assertEquals(List.of("Développer l'offre d'accueil collectif", "Soutenir l'accueil individuel"), before);
        IPropertySource properties = new ItemPropertySourceProvider(editor.domain().getAdapterFactory())
                .getPropertySource(axis);
        IPropertyDescriptor descriptor = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> SUGGESTED.equals(d.getId())).findFirst().orElseThrow();

        CellEditor cell = descriptor.createPropertyEditor(shell);
        assertInstanceOf(DialogCellEditor.class, cell, "the suggested objectives cannot be edited");
        cell.setValue(properties.getPropertyValue(SUGGESTED));
        AtomicReference<String> shownText = new AtomicReference<>();
        answerDialog(shownText, "Développer l'offre d'accueil collectif\n\n  Soutenir les assistants maternels  \n"
                + "Ouvrir une crèche à vocation d'insertion professionnelle");
        click(UiTests.find(cell.getControl(), Button.class, b -> true));

        assertEquals(String.join("\n", before), shownText.get());
        List<String> typed = List.of("Développer l'offre d'accueil collectif", "Soutenir les assistants maternels",
                "Ouvrir une crèche à vocation d'insertion professionnelle");
        assertEquals(typed, cell.getValue());
        properties.setPropertyValue(SUGGESTED, cell.getValue());
        assertEquals(typed, axis.getSuggestedObjectives());
        assertTrue(editor.isDirty());
        editor.domain().getCommandStack().undo();
        assertEquals(before, axis.getSuggestedObjectives());
    }

    @Test
    void templatePagesListArticlesAnnexesAxesAndEditThem() throws Exception {
        ConventionTemplate template = (ConventionTemplate) editor.root();
        for (String id : List.of("template", "articles", "annexes", "axes", "indicators", "parameters")) {
            assertTrue(editor.showPage(id), "Modèle, Articles, Annexes, Axes, Indicateurs, Paramètres: " + id);
        }
        Control summary = UiTests.page(editor, "template");
        assertEquals("Modèle", UiTests.tabText(summary));

        Text version = UiTests.field(summary, "version");
        assertNotNull(version, "the template's version is on the Modèle page");
        String oldVersion = template.getVersion();
        UiTests.type(version, "2026.2");
        assertEquals("2026.2", template.getVersion());
        editor.domain().getCommandStack().undo();
        UiTests.processEvents();
        assertEquals(oldVersion, version.getText(), "the field follows undo");

        Table annexes = UiTests.first(UiTests.page(editor, "annexes"), Table.class);
        Table axes = UiTests.first(UiTests.page(editor, "axes"), Table.class);
        Table catalogue = UiTests.first(UiTests.page(editor, "indicators"), Table.class);
        Table parameters = UiTests.first(UiTests.page(editor, "parameters"), Table.class);
        Control articlesPage = UiTests.page(editor, "articles");
        Table articles = UiTests.first(articlesPage, Table.class);
        assertEquals(template.getArticleTemplates().size(), articles.getItemCount());
        assertEquals(template.getAnnexTemplates().size(), annexes.getItemCount());
        assertEquals(template.getAxisTemplates().size(), axes.getItemCount());
        assertEquals(template.getIndicatorCatalogue().size(), catalogue.getItemCount());
        assertEquals("IND-PSU", catalogue.getItem(0).getText(0));
        assertEquals(template.getRuleParameters().getEntries().size()
                + template.getRuleParameters().getSeverityOverrides().size(), parameters.getItemCount());
        assertTrue(parameters.getItemCount() > 0, "the example template sets control parameters");
        List<String> headers = Arrays.stream(parameters.getColumns()).map(c -> c.getText()).toList();
        assertFalse(headers.contains("ruleId") || headers.contains("severity"),
                "columns of the second kind of row have their labels too: " + headers);
        assertEquals("A5", annexes.getItem(4).getText(1));
        assertEquals("Évaluation", annexes.getItem(4).getText(2));

        ArticleTemplate first = template.getArticleTemplates().get(0);
        UiTests.select(articles, first);
        Text title = UiTests.field(articlesPage, "title");
        Screenshots.capture(articlesPage, Path.of("target", "articles-page.png"));
        assertEquals(first.getTitle(), title.getText(), "the selected article's details");
        UiTests.type(title, "Objet de la convention territoriale globale");
        assertEquals("Objet de la convention territoriale globale", first.getTitle());
        UiTests.processEvents();
        assertEquals("Objet de la convention territoriale globale", articles.getItem(0).getText(2),
                "the table follows the edit");
    }

    @Test
    void axesPageChangesSuggestedObjectivesAndThemesThroughTheirDialogs() throws Exception {
        ConventionTemplate template = (ConventionTemplate) editor.root();
        AxisTemplate axis = template.getAxisTemplates().get(0);
        Control axes = UiTests.page(editor, "axes");
        UiTests.select(UiTests.first(axes, Table.class), axis);

        Screenshots.capture(axes, Path.of("target", "axes-page.png"));
        Text objectives = UiTests.field(axes, "suggestedObjectives");
        assertNotNull(objectives, "the suggested objectives are on the Axes page");
        assertEquals("Développer l'offre d'accueil collectif, Soutenir l'accueil individuel", objectives.getText());
        AtomicReference<String> shown = new AtomicReference<>();
        answerDialog(shown, "Développer l'offre d'accueil collectif\nCréer un relais petite enfance");
        click(UiTests.find(objectives.getParent(), Button.class, b -> true));
        UiTests.processEvents();
        assertEquals(List.of("Développer l'offre d'accueil collectif", "Créer un relais petite enfance"),
                axis.getSuggestedObjectives());
        assertEquals("Développer l'offre d'accueil collectif, Créer un relais petite enfance", objectives.getText(),
                "the field shows the new values");
        editor.domain().getCommandStack().undo();
        assertEquals(List.of("Développer l'offre d'accueil collectif", "Soutenir l'accueil individuel"),
                axis.getSuggestedObjectives());

        Control articles = UiTests.page(editor, "articles");
        UiTests.select(UiTests.first(articles, Table.class), template.getArticleTemplates().get(0));
        Text body = UiTests.field(articles, "bodyTemplate");
        assertTrue((body.getStyle() & SWT.MULTI) != 0, "the text an article starts from is edited on several lines");
    }

    @Test
    void anArticleBodyIsEditedInADialogOfSeveralLines() {
        ArticleTemplate preamble = ((ConventionTemplate) editor.root()).getArticleTemplates().get(0);
        IPropertySource properties = new ItemPropertySourceProvider(editor.domain().getAdapterFactory())
                .getPropertySource(preamble);
        IPropertyDescriptor descriptor = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> "bodyTemplate".equals(d.getId())).findFirst().orElseThrow();
        CellEditor cell = descriptor.createPropertyEditor(shell);
        assertInstanceOf(DialogCellEditor.class, cell);
        cell.setValue(preamble.getBodyTemplate());
        AtomicReference<String> shown = new AtomicReference<>();
        String body = "La présente convention est conclue entre la ${caf.nom}\n"
                + "et les collectivités de ${territoire.nom}.";
        answerDialog(shown, body);
        click(UiTests.find(cell.getControl(), Button.class, b -> true));
        assertEquals(preamble.getBodyTemplate(), shown.get(), "the dialog starts from the whole text");
        assertEquals(body, cell.getValue(), "the new text keeps its line break");
    }

    @Test
    void aLineThatCannotBeReadIsNamed() {
        assertEquals(List.of(3, 12), Values.parseLines(EcorePackage.Literals.EINT, "3\n\n12\n"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Values.parseLines(EcorePackage.Literals.EINT, "3\ntrois"));
        assertTrue(error.getMessage().startsWith("Ligne 2 : "), error.getMessage());
    }

    /** When the values dialog opens: notes what it shows, types the new text and presses OK. */
    private static void answerDialog(AtomicReference<String> shownText, String newText) {
        Display display = Display.getCurrent();
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell open : display.getShells()) {
                    if (open.getData() instanceof InputDialog dialog) {
                        shownText.set(dialog.getValue());
                        UiTests.find(open, Text.class, t -> true).setText(newText);
                        click(open.getDefaultButton()); // OK
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        });
    }

    private static void click(Button button) {
        assertNotNull(button);
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
