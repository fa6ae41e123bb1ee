package org.ctgstudio.docgen;

import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.docgen.fragments.Contribution;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.validation.RuleProfile;

/**
 * What to generate: from which convention and template, in which format, where. Made with {@link #of} and changed
 * with the {@code with…} methods.
 *
 * @param template  the DOCX or ODT template (unused for {@link OutputFormat#XLSX})
 * @param output    the file to write; written only when the whole generation succeeds
 * @param finality  draft or final (see {@link Finality})
 * @param insist    for {@link Finality#FINAL}: produce the final document although validation finds errors
 * @param pictures  the diagram pictures by representation name
 * @param year      the year a follow-up report is about (0: the last year with a measurement)
 * @param amendment the amendment an amendment document is about (0: the last one)
 * @param profile   the validation profile deciding draft or final, and giving {@code parametres}
 * @param fragments the plugins' document fragments to add ({@link Contribution#installed()} unless changed)
 */
public record GenerationRequest(GlobalTerritorialAgreement agreement, TemplateFile template, OutputFormat format,
        Path output, Finality finality, boolean insist, Pictures pictures, int year, int amendment,
        RuleProfile profile, List<Contribution> fragments) {

    public static GenerationRequest of(GlobalTerritorialAgreement agreement, TemplateFile template, OutputFormat format,
            Path output) {
        return new GenerationRequest(agreement, template, format, output, Finality.AUTOMATIC, false, Pictures.none(),
                0, 0, RuleProfile.defaults(), Contribution.installed());
    }

    public GenerationRequest withFinality(Finality newFinality, boolean newInsist) {
        return new GenerationRequest(agreement, template, format, output, newFinality, newInsist, pictures, year,
                amendment, profile, fragments);
    }

    public GenerationRequest withPictures(Pictures newPictures) {
        return new GenerationRequest(agreement, template, format, output, finality, insist, newPictures, year,
                amendment, profile, fragments);
    }

    /**
     * With the pictures of the convention's diagrams ({@link DiagramImages}), for the formats that show pictures.
     *
     * @param modelFile the convention's file, beside which saved representations are looked for
     */
    public GenerationRequest withDiagrams(Path modelFile) throws DocumentException {
        return format == OutputFormat.XLSX ? this : withPictures(DiagramImages.of(agreement, modelFile));
    }

    public GenerationRequest withYear(int newYear) {
        return new GenerationRequest(agreement, template, format, output, finality, insist, pictures, newYear,
                amendment, profile, fragments);
    }

    public GenerationRequest withAmendment(int newAmendment) {
        return new GenerationRequest(agreement, template, format, output, finality, insist, pictures, year,
                newAmendment, profile, fragments);
    }

    public GenerationRequest withProfile(RuleProfile newProfile) {
        return new GenerationRequest(agreement, template, format, output, finality, insist, pictures, year, amendment,
                newProfile, fragments);
    }

    /** With these fragments instead of the installed ones (none: {@code List.of()}). */
    public GenerationRequest withFragments(List<Contribution> newFragments) {
        return new GenerationRequest(agreement, template, format, output, finality, insist, pictures, year, amendment,
                profile, List.copyOf(newFragments));
    }
}
