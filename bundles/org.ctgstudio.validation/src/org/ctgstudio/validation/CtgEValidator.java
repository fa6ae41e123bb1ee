package org.ctgstudio.validation;

import java.util.List;
import java.util.Map;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.template.TemplatePackage;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

/**
 * The one EMF validator of CTG models: it runs, on each element the {@link org.eclipse.emf.ecore.util.Diagnostician}
 * visits, every enabled rule of the registry that applies to it, built-in and contributed alike. The rule profile
 * and the run's state travel in the validation context map ({@link #RUN}); without them, the default profile and
 * registry are used, so that any EMF client calling the Diagnostician gets the CTG rules.
 */
public final class CtgEValidator implements EValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.ctgstudio.validation";

    /** Context key of the validation run (profile, registry, findings). */
    static final String RUN = "org.ctgstudio.validation.run";

    public static final CtgEValidator INSTANCE = new CtgEValidator();

    static final List<EPackage> PACKAGES = List.of(CtgPackage.eINSTANCE, PlanPackage.eINSTANCE,
            FundingPackage.eINSTANCE, GovernancePackage.eINSTANCE, DeploymentPackage.eINSTANCE,
            TemplatePackage.eINSTANCE);

    private CtgEValidator() {
    }

    /** Registers this validator for the CTG packages in EMF's global validator registry. */
    public static void register() {
        for (EPackage ePackage : PACKAGES) {
            EValidator.Registry.INSTANCE.put(ePackage, INSTANCE);
        }
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        ValidationRun run = context == null ? null : (ValidationRun) context.get(RUN);
        if (run == null) {
            run = new ValidationRun(RuleProfile.defaults(), RuleRegistry.getDefault(), List.of(rootOf(eObject)));
            if (context != null) {
                context.put(RUN, run);
            }
        }
        return run.check(eObject, diagnostics);
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    private static EObject rootOf(EObject element) {
        EObject root = element;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        return root;
    }
}
