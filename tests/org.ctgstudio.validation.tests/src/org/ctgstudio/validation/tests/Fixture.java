package org.ctgstudio.validation.tests;

import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.TerritoryBonus;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.ValidationReport;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The Val d'Exemple models loaded together, with shortcuts to their elements, ready to be broken by a test. */
final class Fixture {

    final ResourceSet set = ModelFiles.newResourceSet();
    final GlobalTerritorialAgreement ctg;
    final CtgWorkspace data;
    final ConventionTemplate template;
    final CafDeploymentPlan plan;

    Fixture() throws Exception {
        this(Examples.file(Examples.CONVENTION));
    }

    /** The models, with another convention file in place of the example (a broken variant). */
    Fixture(Path convention) throws Exception {
        ctg = (GlobalTerritorialAgreement) ModelFiles.load(set, convention).root();
        data = (CtgWorkspace) ModelFiles.load(set, Examples.file(Examples.REFERENCE_DATA)).root();
        template = (ConventionTemplate) ModelFiles.load(set, Examples.file(Examples.TEMPLATE)).root();
        plan = (CafDeploymentPlan) ModelFiles.load(set, Examples.file(Examples.DEPLOYMENT)).root();
    }

    List<EObject> roots() {
        return List.of(ctg, data, template, plan);
    }

    ValidationReport validate() {
        return validate(RuleProfile.defaults());
    }

    ValidationReport validate(RuleProfile profile) {
        return CtgValidator.validate(roots(), profile);
    }

    Action action(String number) {
        return ctg.getActions().stream().filter(a -> number.equals(a.getNumber())).findFirst().orElseThrow();
    }

    Organisation organisation(String name) {
        return data.getOrganisations().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
    }

    Municipality commune(String name) {
        return data.getMunicipalities().stream().filter(m -> name.equals(m.getName())).findFirst().orElseThrow();
    }

    Facility facility(String nameStart) {
        return ctg.getFacilities().stream().filter(f -> f.getName().startsWith(nameStart)).findFirst().orElseThrow();
    }

    TerritoryBonus bonus(String facilityNameStart) {
        return ctg.getFundings().stream().filter(f -> f instanceof TerritoryBonus b && b.getFacility() != null
                && b.getFacility().getName().startsWith(facilityNameStart)).map(TerritoryBonus.class::cast)
                .findFirst().orElseThrow();
    }
}
