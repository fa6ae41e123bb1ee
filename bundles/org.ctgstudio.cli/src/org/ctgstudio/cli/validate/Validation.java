package org.ctgstudio.cli.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.cli.Console;
import org.ctgstudio.cli.Messages;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.ValidationReport;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Validation of model files as the workbench validates an editor's model: each file is read into a resource set of
 * its own by {@link ModelFiles}, the files it refers to come in as EMF resolves the references (same resource set),
 * and {@link CtgValidator} checks every model of the set, so rules that look across files (a commune in two CTGs in
 * force, the coverage of a plan) see what they see in the editor. A finding on a referenced file (the reference data
 * of a convention) is reported on that file, once however many of the files named refer to it. Separate resource
 * sets keep unrelated files named together (the variants of one convention) from being judged against each other.
 */
public final class Validation {

    private Validation() {
    }

    public static ValidationResults run(List<Path> files, RuleProfile profile, Console console) {
        Map<String, ValidationResults.Located> findings = new LinkedHashMap<>();
        List<ModelProblem> loadProblems = new ArrayList<>();
        List<ModelProblem> unreadable = new ArrayList<>();
        ElementLines lines = new ElementLines();
        int index = 0;
        for (Path file : files) {
            index++;
            console.progress(Messages.format("validate.progress", index, files.size(), console.show(file))); //$NON-NLS-1$
            ResourceSet set = ModelFiles.newResourceSet();
            try {
                loadProblems.addAll(ModelFiles.load(set, file).problems());
            } catch (ModelLoadException e) {
                unreadable.add(e.problem());
                continue;
            }
            List<EObject> roots = new ArrayList<>();
            for (Resource resource : List.copyOf(set.getResources())) {
                roots.addAll(resource.getContents());
            }
            ValidationReport report = CtgValidator.validate(roots, profile);
            for (Finding finding : report.findings()) {
                Path where = fileOf(finding.element(), file);
                String key = where + "\u0000" + finding.ruleId() + "\u0000" + finding.elementId() + "\u0000" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + finding.severity() + "\u0000" + finding.text(); //$NON-NLS-1$
                findings.putIfAbsent(key, new ValidationResults.Located(finding, where,
                        lines.line(where, finding.elementId())));
            }
        }
        console.endProgress();
        return new ValidationResults(files, profile, List.copyOf(findings.values()), List.copyOf(loadProblems),
                List.copyOf(unreadable));
    }

    private static Path fileOf(EObject element, Path fallback) {
        Resource resource = element == null ? null : element.eResource();
        if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
            return fallback;
        }
        return Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
    }

    /** The line of each element's {@code xmi:id} in its file, read once per file (for editors and SARIF viewers). */
    private static final class ElementLines {
        private final Map<Path, Map<String, Integer>> byFile = new HashMap<>();

        int line(Path file, String id) {
            if (id == null) {
                return 1;
            }
            return byFile.computeIfAbsent(file, ElementLines::read).getOrDefault(id, 1);
        }

        private static Map<String, Integer> read(Path file) {
            Map<String, Integer> lines = new HashMap<>();
            try {
                List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < text.size(); i++) {
                    String line = text.get(i);
                    for (int at = line.indexOf("xmi:id=\""); at >= 0; at = line.indexOf("xmi:id=\"", at + 1)) { //$NON-NLS-1$ //$NON-NLS-2$
                        int end = line.indexOf('"', at + 8);
                        if (end > 0) {
                            lines.putIfAbsent(line.substring(at + 8, end), i + 1);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a line is a convenience: without it the finding points at the top of the file
            }
            return lines;
        }
    }
}
