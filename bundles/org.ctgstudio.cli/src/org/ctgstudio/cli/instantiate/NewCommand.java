package org.ctgstudio.cli.instantiate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ctgstudio.cli.CliCommand;
import org.ctgstudio.cli.ExitCode;
import org.ctgstudio.cli.Messages;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.templates.TemplateInstantiator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctgstudio new --template T --territory ID --from DATE --to DATE --out FILE}: a new convention from a template,
 * as the workbench's "Convention à partir d'un modèle" wizard makes it (same instantiation, same proposed
 * signatories: the Caf, the territory's EPCI and communes). The territory and the organisations come from the
 * reference data files ({@code --data}, by default the .ctgw files beside the template). The file is written only
 * when everything went right, and never over an existing one.
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = org.ctgstudio.cli.Version.class)
public final class NewCommand extends CliCommand {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu"); //$NON-NLS-1$

    @Option(names = "--template", required = true, paramLabel = "TEMPLATE", descriptionKey = "new.template")
    String template;

    @Option(names = "--territory", required = true, paramLabel = "ID", descriptionKey = "new.territory")
    String territory;

    @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "new.from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "new.to")
    String to;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "new.out")
    String out;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "new.data")
    List<String> data;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "new.title")
    String title;

    @Option(names = "--code", paramLabel = "CODE", descriptionKey = "new.code")
    String code;

    @Override
    public Integer call() {
        LocalDate start = date("--from", from); //$NON-NLS-1$
        LocalDate end = date("--to", to); //$NON-NLS-1$
        Path target = console().resolve(out);
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ctg")) { //$NON-NLS-1$
            throw usage("new.extension", out); //$NON-NLS-1$
        }
        if (Files.exists(target)) {
            throw failure("new.exists", console().show(target)); //$NON-NLS-1$
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw failure("new.noFolder", console().show(target.getParent())); //$NON-NLS-1$
        }

        ResourceSet set = ModelFiles.newResourceSet();
        Path templateFile = console().resolve(template);
        ConventionTemplate conventionTemplate = template(load(set, templateFile).root(), templateFile);
        for (Path file : dataFiles(templateFile)) {
            load(set, file);
        }
        List<Territory> territories = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            for (EObject root : resource.getContents()) {
                if (root instanceof CtgWorkspace workspace) {
                    territories.addAll(workspace.getTerritories());
                    organisations.addAll(workspace.getOrganisations());
                }
            }
        }
        Territory chosen = territory(territories);
        List<TemplateInstantiator.Party> parties = organisations.stream()
                .filter(organisation -> TemplateInstantiator.signsByDefault(organisation, chosen))
                .map(organisation -> new TemplateInstantiator.Party(organisation, PartyRole.SIGNATORY)).toList();

        GlobalTerritorialAgreement agreement;
        try {
            agreement = TemplateInstantiator.instantiate(new TemplateInstantiator.Request(conventionTemplate, chosen,
                    start, end, parties, code, title));
        } catch (IllegalArgumentException e) {
            throw failure("new.refused", e.getMessage()); //$NON-NLS-1$
        }
        Resource resource = set.createResource(URI.createFileURI(target.toString()));
        resource.getContents().add(agreement);
        try {
            resource.save(null);
        } catch (IOException e) {
            throw failure("new.saveFailed", console().show(target), e.getMessage()); //$NON-NLS-1$
        }
        console().out().println(Messages.format("new.created", console().show(target), agreement.getTitle(), //$NON-NLS-1$
                conventionTemplate.getName(), conventionTemplate.getVersion(), chosen.getName(), parties.size()));
        return ExitCode.OK;
    }

    /** 2026-01-01 or 01/01/2026. */
    private LocalDate date(String option, String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value); //$NON-NLS-1$
        } catch (DateTimeParseException e) {
            throw usage("new.badDate", option, value); //$NON-NLS-1$
        }
    }

    private ConventionTemplate template(EObject root, Path file) {
        if (root instanceof ConventionTemplate conventionTemplate) {
            return conventionTemplate;
        }
        if (root instanceof CtgWorkspace workspace && workspace.getTemplates().size() == 1) {
            return workspace.getTemplates().get(0);
        }
        throw failure("new.notTemplate", console().show(file)); //$NON-NLS-1$
    }

    /** The files given with --data, or the reference data files beside the template. */
    private List<Path> dataFiles(Path templateFile) {
        if (data != null && !data.isEmpty()) {
            return data.stream().map(console()::resolve).toList();
        }
        try (Stream<Path> files = Files.list(templateFile.toAbsolutePath().getParent())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".ctgw")).sorted().toList(); //$NON-NLS-1$
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The territory whose id, code (SIREN, INSEE) or name is the one given. */
    private Territory territory(List<Territory> territories) {
        List<Territory> byKey = territories.stream().filter(t -> territory.equals(t.getId()) || ("_" + territory).equals(t.getId()) //$NON-NLS-1$
                || territory.equals(t.getCode())).toList();
        List<Territory> found = !byKey.isEmpty() ? byKey
                : territories.stream().filter(t -> territory.equalsIgnoreCase(t.getName())).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        String known = territories.stream().map(t -> t.getName() + " (" + t.getCode() + ")") //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        throw failure(found.isEmpty() ? "new.noTerritory" : "new.ambiguousTerritory", territory, known); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
