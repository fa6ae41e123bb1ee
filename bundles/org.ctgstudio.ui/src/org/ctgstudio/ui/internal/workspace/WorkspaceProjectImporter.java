package org.ctgstudio.ui.internal.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ctgstudio.ui.internal.Messages;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Opens the project folders that lie in the workspace folder but are not yet workspace projects. This is what makes
 * a copied example workspace (or a folder of projects received by e-mail and unzipped there) appear in the Project
 * Explorer without going through File &gt; Import.
 */
public final class WorkspaceProjectImporter {

    private static final String PLUGIN_ID = "org.ctgstudio.ui"; //$NON-NLS-1$
    private static final String PROJECT_FILE = IProjectDescription.DESCRIPTION_FILE_NAME;

    private WorkspaceProjectImporter() {
    }

    /**
     * What an import did.
     *
     * @param status   OK, or a warning per folder that could not be opened
     * @param imported the projects created by this import
     */
    public record Result(IStatus status, List<IProject> imported) {
    }

    /** Runs {@link #importProjects} as a workspace job with progress; {@code onImported} gets the new projects. */
    public static WorkspaceJob scheduleImport(IWorkspace workspace, Consumer<List<IProject>> onImported) {
        WorkspaceJob job = new WorkspaceJob(Messages.Import_jobName) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                Result result = importProjects(workspace, monitor);
                if (!result.imported().isEmpty()) {
                    onImported.accept(result.imported());
                }
                return result.status();
            }
        };
        job.setRule(workspace.getRoot());
        job.schedule();
        return job;
    }

    /**
     * Creates and opens a workspace project for each direct sub-folder of the workspace folder that holds a
     * {@code .project} file and is not yet known. A folder that cannot be opened is reported, the others proceed.
     */
    public static Result importProjects(IWorkspace workspace, IProgressMonitor monitor) {
        IWorkspaceRoot root = workspace.getRoot();
        List<Path> candidates = candidateFolders(root.getLocation().toPath());
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_jobName, candidates.size());
        MultiStatus result = new MultiStatus(PLUGIN_ID, IStatus.OK, Messages.Import_jobName, null);
        List<IProject> imported = new ArrayList<>();
        for (Path folder : candidates) {
            try {
                IProjectDescription description = workspace.loadProjectDescription(
                        org.eclipse.core.runtime.IPath.fromPath(folder.resolve(PROJECT_FILE)));
                String folderName = folder.getFileName().toString();
                if (!folderName.equals(description.getName())) {
                    // Inside the workspace folder a project must live in <workspace>/<project name>: Eclipse
                    // rejects any other location there, so tell the user what to rename instead of failing.
                    result.add(new Status(IStatus.WARNING, PLUGIN_ID,
                            NLS.bind(Messages.Import_folderNameMismatch, folderName, description.getName())));
                    progress.worked(1);
                    continue;
                }
                IProject project = root.getProject(description.getName());
                if (!project.exists()) {
                    description.setLocation(null);
                    project.create(description, progress.split(1));
                    imported.add(project);
                }
                if (!project.isOpen()) {
                    project.open(progress.split(0));
                }
            } catch (CoreException e) {
                result.add(new Status(IStatus.WARNING, PLUGIN_ID,
                        NLS.bind(Messages.Import_failed, folder.getFileName()), e));
            }
        }
        return new Result(result, imported);
    }

    private static List<Path> candidateFolders(Path workspaceFolder) {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> children = Files.list(workspaceFolder)) {
            children.filter(p -> !p.getFileName().toString().startsWith(".")) //$NON-NLS-1$
                    .filter(p -> Files.isRegularFile(p.resolve(PROJECT_FILE)))
                    .sorted()
                    .forEach(folders::add);
        } catch (IOException e) {
            // An unreadable workspace folder simply has nothing to import; the workspace itself reports it.
        }
        return folders;
    }
}
