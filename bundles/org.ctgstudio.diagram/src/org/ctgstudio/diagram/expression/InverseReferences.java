package org.ctgstudio.diagram.expression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Who refers to an element, by feature name ({@code self._inverse.pilot}: the actions whose pilot it is), over the
 * resources of the root's resource set. Built once per diagram build, on first use.
 */
public final class InverseReferences {

    private final EObject root;
    private Map<EObject, Map<String, List<EObject>>> index;

    public InverseReferences(EObject root) {
        this.root = root;
    }

    List<EObject> referrers(EObject target, String feature) {
        if (index == null) {
            index = build();
        }
        return index.getOrDefault(target, Map.of()).getOrDefault(feature, List.of());
    }

    private Map<EObject, Map<String, List<EObject>>> build() {
        Map<EObject, Map<String, List<EObject>>> result = new IdentityHashMap<>();
        List<Resource> resources = root.eResource() == null || root.eResource().getResourceSet() == null
                ? List.of() : new ArrayList<>(root.eResource().getResourceSet().getResources());
        List<TreeIterator<EObject>> iterators = new ArrayList<>();
        if (resources.isEmpty()) {
            iterators.add(root.eAllContents());
            index(root, result);
        } else {
            for (Resource resource : resources) {
                iterators.add(resource.getAllContents());
            }
        }
        for (TreeIterator<EObject> it : iterators) {
            while (it.hasNext()) {
                index(it.next(), result);
            }
        }
        return result;
    }

    private static void index(EObject source, Map<EObject, Map<String, List<EObject>>> result) {
        for (EReference reference : source.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || !source.eIsSet(reference)) {
                continue;
            }
            Object value = source.eGet(reference, false);
            if (value instanceof List<?> targets) {
                for (Object target : targets) {
                    add(result, (EObject) target, reference.getName(), source);
                }
            } else if (value instanceof EObject target) {
                add(result, target, reference.getName(), source);
            }
        }
    }

    private static void add(Map<EObject, Map<String, List<EObject>>> result, EObject target, String feature,
            EObject source) {
        result.computeIfAbsent(target, key -> new HashMap<>(4)).computeIfAbsent(feature, key -> new ArrayList<>(2))
                .add(source);
    }
}
