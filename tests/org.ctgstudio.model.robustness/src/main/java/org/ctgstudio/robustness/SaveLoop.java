package org.ctgstudio.robustness;

import java.nio.file.Path;

import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.resource.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The process the kill test kills: loads a reference data file and saves it again and again, each time as the next
 * version ({@code version N} as its name), printing {@code saved N} once a save returned.
 */
public final class SaveLoop {

    private static final String VERSION = "version ";

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), file).resource();
        CtgWorkspace workspace = (CtgWorkspace) resource.getContents().get(0);
        int version = version(workspace);
        System.out.println("ready " + version);
        System.out.flush();
        while (true) {
            workspace.setName(VERSION + ++version);
            resource.save(null);
            System.out.println("saved " + version);
            System.out.flush();
        }
    }

    /** The version a model of this loop carries. */
    public static int version(CtgWorkspace workspace) {
        return Integer.parseInt(workspace.getName().substring(VERSION.length()));
    }

    /**
     * Version 0 of the model, {@code municipalities} communes (about 100 bytes each), saved twice to {@code file} so
     * that its backup exists from the start.
     */
    public static void create(Path file, int municipalities) throws Exception {
        CtgWorkspace workspace = CtgFactory.eINSTANCE.createCtgWorkspace();
        workspace.setName(VERSION + 0);
        for (int i = 0; i < municipalities; i++) {
            Municipality municipality = CtgFactory.eINSTANCE.createMunicipality();
            municipality.setName("Commune " + i);
            municipality.setInseeCode(String.format("%05d", i));
            municipality.setPopulation(1000 + i);
            workspace.getMunicipalities().add(municipality);
        }
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(workspace);
        resource.save(null);
        resource.save(null);
    }
}
