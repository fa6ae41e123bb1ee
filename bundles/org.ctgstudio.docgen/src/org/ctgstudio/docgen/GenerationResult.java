package org.ctgstudio.docgen;

import java.nio.file.Path;
import java.util.List;

/**
 * A written document.
 *
 * @param draft            whether it is marked « PROJET »
 * @param validationErrors how many validation errors the convention has
 * @param warnings         what the user should know (a picture placeholder left without its picture …)
 */
public record GenerationResult(Path output, OutputFormat format, boolean draft, long validationErrors,
        List<TemplateProblem> warnings) {
}
