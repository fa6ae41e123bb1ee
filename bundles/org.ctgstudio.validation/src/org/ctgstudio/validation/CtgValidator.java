package org.ctgstudio.validation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Batch validation: every element of the given models, every enabled rule, with or without OSGi. EMF's
 * {@link Diagnostician} walks the models and calls {@link CtgEValidator} for every element, whatever its package
 * (so that rules on elements of plugin packages run too).
 */
public final class CtgValidator {

    static {
        CtgEValidator.register();
    }

    private CtgValidator() {
    }

    public static ValidationReport validate(Resource resource, RuleProfile profile) {
        return validate(resource.getContents(), profile, RuleRegistry.getDefault());
    }

    public static ValidationReport validate(Collection<? extends EObject> roots, RuleProfile profile) {
        return validate(roots, profile, RuleRegistry.getDefault());
    }

    public static ValidationReport validate(Collection<? extends EObject> roots, RuleProfile profile,
            RuleRegistry registry) {
        return validate(roots, profile, registry, new BasicMonitor());
    }

    /**
     * Validates, reporting one unit of work per element to {@code monitor}.
     *
     * @throws CancellationException when the monitor is cancelled (no partial report is returned)
     */
    public static ValidationReport validate(Collection<? extends EObject> roots, RuleProfile profile,
            RuleRegistry registry, Monitor monitor) {
        int elements = 0;
        for (EObject root : roots) {
            elements++;
            for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext(); all.next()) {
                elements++;
            }
        }
        monitor.beginTask(Messages.format("validation.task", elements), elements); //$NON-NLS-1$
        ValidationRun run = new ValidationRun(profile, registry, roots);
        Map<Object, Object> context = new HashMap<>();
        context.put(CtgEValidator.RUN, run);
        Diagnostician diagnostician = new Diagnostician(new AllPackages()) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return RuleContext.label(eObject);
            }

            @Override
            public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
                    Map<Object, Object> context) {
                if (monitor.isCanceled()) {
                    throw new CancellationException();
                }
                monitor.worked(1);
                return super.validate(eClass, eObject, diagnostics, context);
            }
        };
        BasicDiagnostic diagnostics = new BasicDiagnostic();
        try {
            for (EObject root : roots) {
                diagnostician.validate(root, diagnostics, context);
            }
        } finally {
            monitor.done();
        }
        return new ValidationReport(List.copyOf(run.findings()));
    }

    /** Answers the CTG validator for every package (the Diagnostician looks validators up with get). */
    private static final class AllPackages extends EValidatorRegistryImpl {
        private static final long serialVersionUID = 1L;

        @Override
        public Object get(Object ePackage) {
            return CtgEValidator.INSTANCE;
        }

        @Override
        public EValidator getEValidator(EPackage ePackage) {
            return CtgEValidator.INSTANCE;
        }
    }
}
