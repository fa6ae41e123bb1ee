package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user guide (French, and English), its help server (loopback only) and the cheat sheet "Créer une convention". */
class HelpSystemTest {

    private static final String GUIDE = "Guide de l'utilisateur de CTG Studio";
    private static final String CHEAT_SHEET = "org.ctgstudio.help.createConvention";
    private static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";

    @AfterEach
    void closeCheatSheetView() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart view = page.findView(CHEAT_SHEET_VIEW);
        if (view != null) {
            page.hideView(view);
        }
    }

    @Test
    void userGuideHasItsChaptersInFrench() throws Exception {
        IToc guide = Stream.of(HelpSystem.getTocs()).filter(toc -> GUIDE.equals(toc.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("no table of contents labelled " + GUIDE));
        List<String> chapters = Stream.of(guide.getTopics()).map(ITopic::getLabel).toList();
        assertEquals(List.of("Concepts", "Prise en main", "Modifier une convention", "Valider une convention",
                "Modèles de convention", "Générer des documents", "Couverture du territoire de la Caf",
                "Raccourcis clavier"), chapters);
        for (ITopic topic : guide.getTopics()) {
            String page = read(HelpSystem.getHelpContent(topic.getHref()));
            assertTrue(page.contains("<h1>" + topic.getLabel() + "</h1>"), topic.getHref() + " has another title");
            assertTrue(page.contains("lang=\"fr\""), topic.getHref() + " is not marked French");
        }
    }

    @Test
    void everyLinkOfTheGuideLeadsToAnExistingPage() throws Exception {
        File french = folder("html/");
        File english = folder("nl/en/html/");
        Pattern link = Pattern.compile("href=\"([^\"#:]+)\"");
        List<String> broken = new ArrayList<>();
        for (File page : pages(french, english)) {
            Matcher matcher = link.matcher(Files.readString(page.toPath()));
            while (matcher.find()) {
                // a translated page may use the French folder's files (the style sheet)
                if (!new File(page.getParentFile(), matcher.group(1)).isFile()
                        && !new File(french, matcher.group(1)).isFile()) {
                    broken.add(page + " -> " + matcher.group(1));
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void englishGuideHasEveryPageWithTheSameSections() throws Exception {
        File french = folder("html/");
        File english = folder("nl/en/html/");
        for (File page : french.listFiles((dir, name) -> name.endsWith(".html"))) {
            File translated = new File(english, page.getName());
            assertTrue(translated.isFile(), "no English " + page.getName());
            String fr = Files.readString(page.toPath());
            String en = Files.readString(translated.toPath());
            assertTrue(en.contains("lang=\"en\""), translated + " is not marked English");
            assertEquals(count(fr, "<h2>"), count(en, "<h2>"), page.getName() + ": sections");
            assertEquals(links(fr), links(en), page.getName() + ": links");
        }
        for (String file : List.of("toc.xml", "contexts.xml")) {
            assertEquals(links(read(Platform.getBundle("org.ctgstudio.help").getEntry(file).openStream())),
                    links(read(Platform.getBundle("org.ctgstudio.help").getEntry("nl/en/" + file).openStream())), file);
        }
    }

    private static File folder(String path) throws Exception {
        return new File(FileLocator.toFileURL(Platform.getBundle("org.ctgstudio.help").getEntry(path)).toURI());
    }

    private static List<File> pages(File... folders) {
        List<File> pages = new ArrayList<>();
        for (File folder : folders) {
            pages.addAll(List.of(folder.listFiles((dir, name) -> name.endsWith(".html"))));
        }
        return pages;
    }

    private static long count(String text, String tag) {
        return Pattern.compile(Pattern.quote(tag)).matcher(text).results().count();
    }

    private static List<String> links(String text) {
        return Pattern.compile("href=\"([^\"]+)\"").matcher(text).results().map(m -> m.group(1)).toList();
    }

    @Test
    void contextHelpLeadsToTheGuide() throws Exception {
        for (String id : List.of("conventionEditor", "templateEditor", "deploymentEditor", "newProject",
                "newConvention", "newModelFile", "validationPreferences")) {
            IContext context = HelpSystem.getContext("org.ctgstudio.ui." + id);
            assertNotNull(context, id);
            assertTrue(context.getRelatedTopics().length > 0, id);
            for (IHelpResource topic : context.getRelatedTopics()) {
                assertNotNull(HelpSystem.getHelpContent(topic.getHref()), id + " -> " + topic.getHref());
            }
        }
    }

    @Test
    void f1InTheConventionEditorShowsItsContext() throws Exception {
        IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                UiTests.importExampleProject().getFile(Examples.CONVENTION), true);
        try {
            Control control = UiTests.page((ModelEditor) editor, "tree");
            Object context = null;
            for (Control c = control; c != null && context == null; c = c.getParent()) {
                context = c.getData("org.eclipse.ui.help");
            }
            assertEquals("org.ctgstudio.ui.conventionEditor", context);
        } finally {
            UiTests.closeEditorsAndDeleteProjects();
        }
    }

    @Test
    void helpServerServesTheGuideOnLoopbackOnly() throws Exception {
        URL url = PlatformUI.getWorkbench().getHelpSystem().resolve("/org.ctgstudio.help/html/concepts.html", true);
        assertNotNull(url, "the help server did not start");
        assertEquals("127.0.0.1", url.getHost(), url.toString());
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        try {
            assertEquals(200, connection.getResponseCode(), url.toString());
            assertTrue(read(connection.getInputStream()).contains("<h1>Concepts</h1>"));
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void helpWindowIsFrenchAndOpensOnTheGuide() throws Exception {
        assertEquals("/org.ctgstudio.help/html/index.html",
                Platform.getPreferencesService().getString("org.eclipse.help.base", "help_home", null, null));
        URL topic = PlatformUI.getWorkbench().getHelpSystem().resolve("/org.ctgstudio.help/html/index.html", true);
        URL frames = new URL(topic.getProtocol(), topic.getHost(), topic.getPort(), "/help/index.jsp");
        HttpURLConnection connection = (HttpURLConnection) frames.openConnection();
        try {
            String page = read(connection.getInputStream());
            assertTrue(page.contains("<title>Aide - CTG Studio</title>"), page);
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void guideIsSearchable() throws Exception {
        URL topic = PlatformUI.getWorkbench().getHelpSystem().resolve("/org.ctgstudio.help/html/index.html", true);
        URL search = new URL(topic.getProtocol(), topic.getHost(), topic.getPort(),
                "/help/advanced/searchView.jsp?searchWord=trajectoire&maxHits=50");
        String page = "";
        // the first search indexes the documentation: the page says so until the index is ready
        for (long end = System.currentTimeMillis() + 60_000; System.currentTimeMillis() < end; Thread.sleep(500)) {
            HttpURLConnection connection = (HttpURLConnection) search.openConnection();
            try {
                page = read(connection.getInputStream());
            } finally {
                connection.disconnect();
            }
            if (page.contains("Couverture du territoire de la Caf")) {
                break;
            }
        }
        // French stemming: "trajectoire" is found in the coverage chapter (links are written as HTML entities)
        assertTrue(page.contains("Couverture du territoire de la Caf"), "no hit on the coverage chapter: " + page);
    }

    @Test
    void cheatSheetOpensWithItsSixStepsInFrench() {
        new OpenCheatSheetAction(CHEAT_SHEET).run();
        UiTests.processEvents();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window.getActivePage().findView(CHEAT_SHEET_VIEW), "the cheat sheet view did not open");
        List<String> steps = UiTests.all(window.getShell(), Section.class).stream().map(Section::getText).toList();
        for (String step : List.of("Introduction", "Créer un projet CTG", "Créer la convention à partir d'un modèle",
                "Renseigner la synthèse", "Construire le plan d'actions", "Valider la convention", "Enregistrer")) {
            assertTrue(steps.contains(step), step + " missing from " + steps);
        }
    }

    @Test
    void cheatSheetStepsRunDefinedCommandsInBothLanguages() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String path : List.of("cheatsheets/create-convention.xml", "nl/en/cheatsheets/create-convention.xml")) {
            String content = read(Platform.getBundle("org.ctgstudio.help").getEntry(path).openStream());
            Matcher serialization = Pattern.compile("serialization=\"([^\"]+)\"").matcher(content);
            List<String> ids = new ArrayList<>();
            while (serialization.find()) {
                ParameterizedCommand command = commands.deserialize(serialization.group(1));
                assertTrue(command.getCommand().isDefined(), path + ": " + serialization.group(1));
                ids.add(command.getCommand().getId());
            }
            assertEquals(List.of("org.eclipse.ui.newWizard", "org.eclipse.ui.newWizard",
                    "org.ctgstudio.ui.showEditorPage", "org.ctgstudio.ui.showEditorPage", "org.ctgstudio.ui.validate",
                    "org.eclipse.ui.file.save"), ids, path);
            assertTrue(content.contains("showEditorPage(page=summary)")
                    && content.contains("showEditorPage(page=plan)"), path);
            assertTrue(content.contains("newWizardId=org.ctgstudio.ui.newProject")
                    && content.contains("newWizardId=org.ctgstudio.ui.newConvention"), path);
            assertEquals(6, count(content, "<item "), path + ": steps");
        }
    }

    @Test
    void helpMenuOffersGuideSearchAndCheatSheets() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        Menu help = bar.getItems()[bar.getItemCount() - 1].getMenu();
        help.notifyListeners(SWT.Show, null);
        List<String> labels = Stream.of(help.getItems()).map(MenuItem::getText).filter(text -> !text.isEmpty())
                .map(text -> text.replace("&", "").replaceAll("\t.*", "")).toList();
        help.notifyListeners(SWT.Hide, null);
        assertEquals(List.of("Sommaire de l'aide", "Rechercher dans l'aide...", "Aide contextuelle", "Aide-mémoire...",
                "Créer une convention (aide-mémoire)", "Afficher les raccourcis clavier actifs...",
                "À propos de CTG Studio"), labels);
    }

    private static String read(InputStream in) throws Exception {
        assertNotNull(in);
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
