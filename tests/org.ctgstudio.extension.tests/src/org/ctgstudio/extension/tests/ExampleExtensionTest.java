package org.ctgstudio.extension.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.example.extension.departement.DepartementPackage;
import org.ctgstudio.example.extension.departement.DepartmentalFunding;
import org.ctgstudio.example.extension.rules.DepartementRules;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.funding.FundingSource;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.RuleRegistry;
import org.ctgstudio.validation.fixes.QuickFix;
import org.ctgstudio.validation.fixes.QuickFixes;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the example extension installed (this bundle requires it), its contributions are where CTG Studio's own are:
 * the class in the convention's « Nouveau » menu with its French label and properties, the rule in every validation
 * run with its quick fix, and conventions using the class load and save.
 */
class ExampleExtensionTest extends ExampleConventionTest {

    private AdapterFactoryEditingDomain domain;

    @BeforeEach
    void createDomain() {
        domain = new AdapterFactoryEditingDomain(CtgItemProviders.create(), new BasicCommandStack(), set);
    }

    private DepartmentalFunding departmentalFunding(FundingSource source) {
        return ExampleFunding.of(ctg, source);
    }

    @Test
    void theNewClassIsANewChildOfTheConventionWithItsFrenchLabel() {
        Collection<?> descriptors = domain.getNewChildDescriptors(ctg, null);
        CommandParameter parameter = descriptors.stream().filter(CommandParameter.class::isInstance)
                .map(CommandParameter.class::cast)
                .filter(p -> p.getValue() instanceof DepartmentalFunding).findFirst()
                .orElseThrow(() -> new AssertionError("no « Financement départemental » among " + descriptors));
        assertEquals("fundings", parameter.getEStructuralFeature().getName());

        Command child = org.eclipse.emf.edit.command.CreateChildCommand.create(domain, ctg, parameter, List.of(ctg));
        assertTrue(child.canExecute());
        String text = ((org.eclipse.emf.edit.command.CommandActionDelegate) child).getText();
        assertTrue(text.contains("Financement départemental"), text);

        domain.getCommandStack().execute(child);
        EObject created = ctg.getFundings().get(ctg.getFundings().size() - 1);
        assertInstanceOf(DepartmentalFunding.class, created);
        IItemLabelProvider labels = (IItemLabelProvider) domain.getAdapterFactory().adapt(created,
                IItemLabelProvider.class);
        assertTrue(labels.getText(created).startsWith("Financement départemental"), labels.getText(created));
        assertNotNull(labels.getImage(created), "the generated icon");

        IItemPropertySource properties = (IItemPropertySource) domain.getAdapterFactory().adapt(created,
                IItemPropertySource.class);
        List<String> names = properties.getPropertyDescriptors(created).stream()
                .map(d -> d.getDisplayName(created)).toList();
        assertTrue(names.contains("Dispositif départemental") && names.contains("Délibération du Département")
                && names.contains("Montant"), "its own properties and those of Financement: " + names);

        domain.getCommandStack().undo();
        assertFalse(ctg.getFundings().stream().anyMatch(DepartmentalFunding.class::isInstance));
    }

    @Test
    void theRuleFindsTheWrongSourceAndItsQuickFixRepairsIt() {
        assertNotNull(RuleRegistry.getDefault().rule(DepartementRules.SOURCE_RULE));
        DepartmentalFunding funding = departmentalFunding(FundingSource.LOCAL_AUTHORITY);
        ctg.getFundings().add(funding);

        Finding finding = findings().stream().filter(f -> f.element() == funding).findFirst().orElseThrow();
        assertTrue(finding.message().contains("n'a pas le Département pour source"), finding.message());
        assertEquals("Financement départemental Fonds départemental d'appui à la parentalité", finding.label(),
                "the element as its item provider labels it");

        List<QuickFix> fixes = QuickFixes.forFinding(finding);
        assertEquals(1, fixes.size());
        assertEquals("Mettre la source à « Département »", fixes.get(0).label());
        domain.getCommandStack().execute(fixes.get(0).create(domain, finding, RuleProfile.defaults()));
        assertEquals(FundingSource.DEPARTMENT, funding.getSource());
        assertTrue(findings().isEmpty(), "fixed");

        domain.getCommandStack().undo();
        assertEquals(1, findings().size(), "undo brings the finding back");
    }

    private List<Finding> findings() {
        return CtgValidator.validate(List.of(ctg, data), RuleProfile.defaults())
                .of(DepartementRules.SOURCE_RULE);
    }

    @Test
    void aConventionWithTheNewClassSavesAndLoadsBack() throws Exception {
        ctg.getFundings().add(departmentalFunding(FundingSource.DEPARTMENT));
        Path copy = folder.resolve("ctg-avec-extension.ctg");
        ctg.eResource().setURI(org.eclipse.emf.common.util.URI.createFileURI(copy.toString()));
        ctg.eResource().save(null);
        assertTrue(Files.readString(copy).contains(DepartementPackage.eNS_URI), "its namespace is written");

        ModelFiles.LoadResult reloaded = ModelFiles.load(ModelFiles.newResourceSet(), copy);
        GlobalTerritorialAgreement back = (GlobalTerritorialAgreement) reloaded.root();
        DepartmentalFunding funding = back.getFundings().stream().filter(DepartmentalFunding.class::isInstance)
                .map(DepartmentalFunding.class::cast).findFirst().orElseThrow();
        assertEquals("CP-2025-114", funding.getCouncilDecision());
        assertTrue(reloaded.problems().stream().noneMatch(p -> p.error()), reloaded.problems().toString());
        // An installed class is not an unknown type kept as is (the loader said so before it knew extensions).
        assertTrue(reloaded.problems().stream().noneMatch(p -> p.message().contains("DepartmentalFunding")),
                reloaded.problems().toString());
    }
}
