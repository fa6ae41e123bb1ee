package org.ctgstudio.validation.rules;

import static org.ctgstudio.validation.rules.CtgRules.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleContext;
import org.ctgstudio.validation.Severity;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Rules CTG-MOD-*: what the metamodel itself requires. Its minimums (a fiche action has objectives and themes, a
 * party its organisation ...) and its references to other files become findings of the CTG report, so that a
 * broken model never passes silently. Minimums a specific rule already explains in its own words are left to it.
 */
final class ModelRules {

    /** Minimums checked by a rule of their own: no second finding for the same gap. */
    private static final Set<EStructuralFeature> EXPLAINED_ELSEWHERE = Set.of(
            CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__PARTIES, // CTG-SIG-01, CTG-SIG-02
            CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS, // CTG-THE-01
            CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__DIAGNOSIS, // CTG-DIA-01
            PlanPackage.Literals.STRATEGIC_AXIS__OBJECTIVES, // CTG-PLN-01
            PlanPackage.Literals.ACTION__INDICATORS, // CTG-IND-01
            PlanPackage.Literals.ACTION__TARGET_PUBLICS, // CTG-ACT-02
            GovernancePackage.Literals.GOVERNANCE__COMMITTEES); // CTG-GOV-01

    /** Per class, computed once: validation visits every element of models of 100,000 elements. */
    private static final Map<EClass, List<EStructuralFeature>> REQUIRED = new ConcurrentHashMap<>();
    private static final Map<EClass, List<EReference>> CROSS_REFERENCES = new ConcurrentHashMap<>();

    private ModelRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("CTG-MOD-01", Severity.ERROR, EObject.class, List.of(CtgPackage.Literals.IDENTIFIED), "MC",
                        ModelRules::minimums),
                rule("CTG-MOD-02", Severity.ERROR, EObject.class, List.of(CtgPackage.Literals.IDENTIFIED), "MC",
                        ModelRules::referencesFound));
    }

    private static void minimums(EObject element, RuleContext context) {
        for (EStructuralFeature feature : REQUIRED.computeIfAbsent(element.eClass(), ModelRules::required)) {
            if (!feature.isMany() && element.eGet(feature, false) == null) {
                context.reportCase(element, "required", CtgLabels.feature(feature));
            } else if (feature.isMany() && ((List<?>) element.eGet(feature, false)).size() < feature.getLowerBound()) {
                context.reportCase(element, "atLeast", CtgLabels.feature(feature), feature.getLowerBound());
            }
        }
    }

    /** References to elements of other files that cannot be found: the file is missing or lost the element. */
    private static void referencesFound(EObject element, RuleContext context) {
        for (EReference reference : CROSS_REFERENCES.computeIfAbsent(element.eClass(), ModelRules::crossReferences)) {
            Object value = element.eGet(reference, false);
            if (reference.isMany()) {
                for (Object target : ((InternalEList<?>) value).basicList()) {
                    checkFound(element, reference, target, context);
                }
            } else {
                checkFound(element, reference, value, context);
            }
        }
    }

    private static void checkFound(EObject element, EReference reference, Object target, RuleContext context) {
        if (target instanceof EObject proxy && proxy.eIsProxy() && EcoreUtil.resolve(proxy, element).eIsProxy()) {
            context.reportCase(element, "unresolved", CtgLabels.feature(reference), where(element, proxy));
        }
    }

    /** The features of a class with a minimum no other rule explains (computed once per class: most have none). */
    private static List<EStructuralFeature> required(EClass eClass) {
        return eClass.getEAllStructuralFeatures().stream().filter(f -> f.getLowerBound() > 0 && !f.isDerived()
                && !f.isTransient() && !EXPLAINED_ELSEWHERE.contains(f)).toList();
    }

    /** The references of a class that may lead to another file. */
    private static List<EReference> crossReferences(EClass eClass) {
        return eClass.getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer()
                && !r.isDerived() && !r.isTransient()).toList();
    }

    /** The reference as written in the file: relative to the element's file ("referentiel.ctgw#_…"). */
    private static String where(EObject element, EObject proxy) {
        URI uri = EcoreUtil.getURI(proxy);
        URI base = element.eResource() == null ? null : element.eResource().getURI();
        return (base == null || !base.isHierarchical() ? uri : uri.deresolve(base)).toString();
    }
}
