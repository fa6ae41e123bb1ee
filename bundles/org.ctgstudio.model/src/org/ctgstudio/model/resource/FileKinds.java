package org.ctgstudio.model.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.template.TemplatePackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * The CTG file kinds: each extension promises one root class, and a file whose root is another is refused (a
 * reference data file renamed {@code .ctg} would otherwise open as an empty convention).
 */
final class FileKinds {

    /** Extension &rarr; root class, in the order of {@link ModelFiles#EXTENSIONS}. */
    private static final Map<String, EClass> ROOTS = new LinkedHashMap<>();
    static {
        ROOTS.put("ctg", CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT);
        ROOTS.put("ctgt", TemplatePackage.Literals.CONVENTION_TEMPLATE);
        ROOTS.put("ctgd", DeploymentPackage.Literals.CAF_DEPLOYMENT_PLAN);
        ROOTS.put("ctgw", CtgPackage.Literals.CTG_WORKSPACE);
    }

    static final List<String> EXTENSIONS = List.copyOf(ROOTS.keySet());

    static final List<EPackage> PACKAGES = List.of(CtgPackage.eINSTANCE, PlanPackage.eINSTANCE,
            FundingPackage.eINSTANCE, GovernancePackage.eINSTANCE, DeploymentPackage.eINSTANCE,
            TemplatePackage.eINSTANCE);

    private FileKinds() {
    }

    /** The root class a file with this extension must have, or null for an extension of no CTG kind. */
    static EClass rootOf(String extension) {
        return extension == null ? null : ROOTS.get(extension);
    }

    /** The extension of the files whose root is {@code root}, or null. */
    static String extensionOf(EClass root) {
        return ROOTS.entrySet().stream().filter(e -> e.getValue() == root).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** The CTG package of a namespace URI, or null when the namespace is not CTG Studio's. */
    static EPackage packageOf(String nsURI) {
        return PACKAGES.stream().filter(p -> p.getNsURI().equals(nsURI)).findFirst().orElse(null);
    }

    static boolean isCtg(EClassifier classifier) {
        return classifier != null && PACKAGES.contains(classifier.getEPackage());
    }

    /** A class whose instances can stand for a {@code type} (itself unless abstract): for kept references. */
    static EClass concrete(EClass type) {
        if (!type.isAbstract() && !type.isInterface()) {
            return type;
        }
        for (EPackage ePackage : PACKAGES) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass candidate && !candidate.isAbstract() && !candidate.isInterface()
                        && type.isSuperTypeOf(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
