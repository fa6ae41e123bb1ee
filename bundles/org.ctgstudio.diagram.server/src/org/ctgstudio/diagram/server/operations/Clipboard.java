package org.ctgstudio.diagram.server.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.google.inject.Singleton;

/**
 * What copy and cut put aside in one session: the copied elements (a copy of each, so that a cut element can be
 * pasted after its deletion) and where they lived (container and containment), keyed by the ids that travel in
 * the browser's clipboard as JSON.
 */
@Singleton
public class Clipboard {

    /** The clipboard format GLSP's client keeps. */
    public static final String FORMAT = "application/json";
    private static final Gson GSON = new Gson();

    record Entry(EObject copy, EObject container, EReference feature) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    synchronized void put(String id, EObject element) {
        entries.put(id, new Entry(org.eclipse.emf.ecore.util.EcoreUtil.copy(element), element.eContainer(),
                element.eContainmentFeature()));
    }

    synchronized Entry get(String id) {
        return entries.get(id);
    }

    static String encode(List<String> ids) {
        return GSON.toJson(ids);
    }

    static List<String> decode(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<String> ids = GSON.fromJson(json, new TypeToken<List<String>>() {
            }.getType());
            return ids == null ? List.of() : new ArrayList<>(ids);
        } catch (RuntimeException e) {
            return List.of(); // not ours (text copied elsewhere): nothing to paste
        }
    }
}
