package org.ctgstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ctgstudio.ui.internal.workspace.WorkspaceProjectImporter;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Project folders dropped into the workspace folder become open workspace projects; broken ones are reported. */
class WorkspaceProjectImporterTest {

    private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
    private final Path workspaceFolder = workspace.getRoot().getLocation().toPath();

    private final List<Path> created = new ArrayList<>();

    @AfterEach
    void deleteProjectsAndFolders() throws CoreException, IOException {
        for (IProject project : workspace.getRoot().getProjects()) {
            project.delete(true, true, new NullProgressMonitor());
        }
        for (Path folder : created) {
            if (Files.exists(folder)) {
                try (var files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private Path folder(String name) throws IOException {
        Path path = Files.createDirectories(workspaceFolder.resolve(name));
        created.add(path);
        return path;
    }

    private Path projectFolder(String folder, String projectName) throws IOException {
        Path path = folder(folder);
        Files.writeString(path.resolve(".project"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <projectDescription><name>%s</name><comment></comment><projects/><buildSpec/><natures/>
                </projectDescription>
                """.formatted(projectName), StandardCharsets.UTF_8);
        Files.writeString(path.resolve("LISEZMOI.txt"), "contenu", StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void importsFoldersThatHoldAProjectDescription() throws Exception {
        projectFolder("Val-d-Exemple", "Val-d-Exemple");
        projectFolder("Autre CTG", "Autre CTG");
        folder("pas-un-projet");

        WorkspaceProjectImporter.Result result = WorkspaceProjectImporter.importProjects(workspace,
                new NullProgressMonitor());

        IStatus status = result.status();
        assertTrue(status.isOK(), status.toString());
        IProject example = workspace.getRoot().getProject("Val-d-Exemple");
        assertEquals(List.of("Autre CTG", "Val-d-Exemple"), result.imported().stream().map(IProject::getName).toList());
        assertTrue(example.isOpen());
        assertTrue(example.getFile("LISEZMOI.txt").exists(), "the folder's files are visible in the project");
        assertTrue(workspace.getRoot().getProject("Autre CTG").isOpen());
        assertFalse(workspace.getRoot().getProject("pas-un-projet").exists(), "a plain folder is not a project");
    }

    @Test
    void explainsAFolderWhoseNameDiffersFromItsProject() throws Exception {
        Path renamed = projectFolder("dossier-renomme", "Autre CTG");

        IStatus status = WorkspaceProjectImporter.importProjects(workspace, new NullProgressMonitor()).status();

        assertEquals(IStatus.WARNING, status.getSeverity());
        String message = status.getChildren()[0].getMessage();
        assertTrue(message.contains("dossier-renomme") && message.contains("« Autre CTG »"), message);
        assertFalse(workspace.getRoot().getProject("Autre CTG").exists());
        assertTrue(Files.readString(renamed.resolve(".project")).contains("<name>Autre CTG</name>"),
                "the description is left untouched");
    }

    @Test
    void isIdempotentAndReopensClosedProjects() throws Exception {
        projectFolder("Val-d-Exemple", "Val-d-Exemple");
        WorkspaceProjectImporter.importProjects(workspace, new NullProgressMonitor());
        IProject example = workspace.getRoot().getProject("Val-d-Exemple");
        example.close(new NullProgressMonitor());

        WorkspaceProjectImporter.Result second = WorkspaceProjectImporter.importProjects(workspace,
                new NullProgressMonitor());

        assertTrue(second.status().isOK(), second.status().toString());
        assertTrue(second.imported().isEmpty(), "nothing new to import");
        assertTrue(example.isOpen());
        assertEquals(1, workspace.getRoot().getProjects().length);
    }

    @Test
    void reportsABrokenDescriptionAndImportsTheOthers() throws Exception {
        Path broken = folder("Broken");
        Files.writeString(broken.resolve(".project"), "<projectDescription><name>Broken", StandardCharsets.UTF_8);
        projectFolder("Val-d-Exemple", "Val-d-Exemple");
        projectFolder(".hidden", "Hidden");

        IStatus status = WorkspaceProjectImporter.importProjects(workspace, new NullProgressMonitor()).status();

        assertEquals(IStatus.WARNING, status.getSeverity());
        assertEquals(1, status.getChildren().length);
        assertTrue(status.getChildren()[0].getMessage().contains("Broken"), status.getChildren()[0].getMessage());
        assertTrue(workspace.getRoot().getProject("Val-d-Exemple").isOpen());
        assertFalse(workspace.getRoot().getProject("Hidden").exists(), "hidden folders are left alone");
        assertTrue(Files.exists(broken.resolve(".project")), "a broken description is never modified");
    }
}
