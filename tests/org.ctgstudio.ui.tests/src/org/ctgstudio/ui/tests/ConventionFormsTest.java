package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Synthèse and Plan d'actions pages edit the convention like the tree does (undoable, checked). */
class ConventionFormsTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private ModelEditor editor;
    private GlobalTerritorialAgreement ctg;

    @BeforeEach
    void open() throws Exception {
        editor = (ModelEditor) IDE.openEditor(page, UiTests.importExampleProject().getFile(Examples.CONVENTION),
                true);
        ctg = (GlobalTerritorialAgreement) editor.root();
        UiTests.processEvents();
    }

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.closeEditorsAndDeleteProjects();
    }

    @Test
    void aConventionHasItsFivePagesAndNoCoveragePage() {
        for (String id : List.of("tree", "summary", "plan", "indicators", "fundings", "governance")) {
            assertTrue(editor.showPage(id), id);
        }
        assertFalse(editor.showPage("coverage"));
    }

    @Test
    void summaryEditsTheConventionAndRefusesWhatItCannotRead() throws Exception {
        ScrolledForm summary = (ScrolledForm) UiTests.page(editor, "summary");
        Screenshots.capture(summary, Path.of("target", "summary-page.png"));

        Text title = UiTests.field(summary.getBody(), "title");
        assertNotNull(title);
        assertEquals("CTG du Val d'Exemple 2025-2029", title.getText());
        UiTests.type(title, "CTG du Val d'Exemple 2025-2029 (projet)");
        assertEquals("CTG du Val d'Exemple 2025-2029 (projet)", ctg.getTitle());
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        UiTests.processEvents();
        assertEquals("CTG du Val d'Exemple 2025-2029", title.getText(), "the field follows undo");

        Text start = UiTests.field(summary.getBody(), "startDate");
        UiTests.type(start, "2025-13-45");
        assertEquals(LocalDate.of(2025, 1, 1), ctg.getStartDate(), "an impossible date is refused");
        assertEquals(IMessageProvider.ERROR, summary.getMessageType());
        UiTests.type(start, "2025-02-01");
        assertEquals(LocalDate.of(2025, 2, 1), ctg.getStartDate());
        assertEquals(IMessageProvider.NONE, summary.getMessageType());
        assertEquals("01/02/2025", start.getText(), "dates read the French way");
        UiTests.type(start, "1/3/2025");
        assertEquals(LocalDate.of(2025, 3, 1), ctg.getStartDate(), "and are typed the French way");
        assertEquals("4", UiTests.field(summary.getBody(), "durationYears").getText(), "derived and read-only");
        assertEquals("31/12/2029", UiTests.field(summary.getBody(), "effectiveEndDate").getText());

        Table parties = UiTests.find(summary.getBody(), Table.class, t -> t.getColumnCount() == 2);
        assertEquals("Caf de l'Exemple (Signataire)", parties.getItem(0).getText(0));
        assertEquals("Mme Claire Modèle, Présidente du conseil d'administration ; M. Paul Gabarit, Directeur",
                parties.getItem(0).getText(1), "a party signs through several representatives");
    }

    @Test
    void actionPlanShowsTheDetailsOfTheSelectedAction() throws Exception {
        Control plan = UiTests.page(editor, "plan");
        Tree tree = UiTests.first(plan, Tree.class);
        assertEquals(5, tree.getItemCount(), "the five axes");
        Action fa01 = ctg.getActions().get(0);
        UiTests.select(tree, fa01);
        Text budget = UiTests.field(plan, "plannedBudget");
        assertNotNull(budget, "the action's details are shown");
        assertEquals("620000", budget.getText());
        UiTests.type(budget, "650000");
        assertEquals(0, new BigDecimal("650000").compareTo(fa01.getPlannedBudget()));

        Action fa03 = ctg.getActions().get(2);
        UiTests.select(tree, fa03);
        Combo precision = UiTests.find(plan, Combo.class, c -> "dueDatePrecision".equals(c.getData("feature")));
        assertEquals("Année connue", precision.getText(), "FA03 runs until 2027, no day invented");
        assertNotNull(UiTests.find(plan, Button.class,
                b -> "pilotToBeDesignated".equals(b.getData("feature"))), "« Pilote à désigner » can be ticked");
    }

    @Test
    void indicatorsFundingsAndGovernancePagesListAndFollowTheModel() throws Exception {
        Table indicators = UiTests.first(UiTests.page(editor, "indicators"), Table.class);
        Table governance = UiTests.first(UiTests.page(editor, "governance"), Table.class);
        Control fundingsPage = UiTests.page(editor, "fundings");
        Table fundings = UiTests.first(fundingsPage, Table.class);
        assertEquals(24, indicators.getItemCount(), "two indicators for each of the 12 fiches");
        assertEquals(11, fundings.getItemCount());
        assertEquals(6, governance.getItemCount(), "five committees and the cooperation officer");
        assertEquals("Bonus territoire CTG", fundings.getItem(0).getText(0));
        assertEquals("Caf de l'Exemple", fundings.getItem(0).getText(2));
        assertEquals("86\u00A0500", fundings.getItem(0).getText(4), "amounts grouped in tables");
        List<String> headers = Stream.of(governance.getColumns()).map(TableColumn::getText).toList();
        assertEquals(List.of("Nom", "Type", "Réunions / an", "ETP"), headers,
                "a committee's and an officer's name share a column");

        UiTests.select(fundings, ctg.getFundings().get(0));
        Screenshots.capture(fundingsPage, Path.of("target", "fundings-page.png"));
        assertEquals("86500", UiTests.field(fundingsPage, "amount").getText());

        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(ctg.getActions().get(11)));
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.DELETE.getId()).run();
        UiTests.processEvents();
        assertEquals(22, indicators.getItemCount(), "the page follows a deletion made in the tree");
    }
}
