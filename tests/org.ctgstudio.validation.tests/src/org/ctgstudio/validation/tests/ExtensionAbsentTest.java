package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.validation.RuleRegistry;
import org.ctgstudio.validation.fixes.QuickFixes;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

/**
 * Without the example extension (this test bundle does not require it), none of its contributions is there: the
 * counterpart of ExampleExtensionTest, which runs with it installed.
 */
class ExtensionAbsentTest {

    @Test
    void noneOfTheExampleExtensionsContributionsIsThere() throws Exception {
        assertNull(Platform.getBundle("org.ctgstudio.example.extension"), "the example is not installed here");
        assertFalse(EPackage.Registry.INSTANCE.containsKey("http://ctgstudio.org/example/departement/1.0"));
        assertNull(RuleRegistry.getDefault().rule("EXDEP-FIN-01"));
        assertTrue(QuickFixes.all().stream().noneMatch(fix -> fix.ruleId().startsWith("EXDEP-")));

        Fixture f = new Fixture();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(CtgItemProviders.create(),
                new BasicCommandStack(), f.set);
        Collection<?> children = domain.getNewChildDescriptors(f.ctg, null);
        assertFalse(children.isEmpty());
        for (Object child : children) {
            if (child instanceof CommandParameter parameter && parameter.getValue() instanceof EObject value) {
                assertTrue(value.eClass().getEPackage().getNsURI().startsWith("http://ctgstudio.org/ctg/"),
                        "only CTG classes: " + value.eClass().getName());
            }
        }
    }
}
