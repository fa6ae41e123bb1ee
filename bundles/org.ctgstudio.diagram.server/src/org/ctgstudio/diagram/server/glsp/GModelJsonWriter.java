package org.ctgstudio.diagram.server.glsp;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.gson.EObjectExclusionStrategy;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * Writes GModel elements to JSON exactly as GLSP's {@code GModelElementTypeAdapter} does — the same properties (the
 * fields it does not exclude and whose feature is set), in the same order, each value through Gson — but with the
 * fields of each class listed once, not for every element. GLSP's adapter lists and filters the declared fields of
 * every class of the hierarchy for every element it writes: a Plan d'actions of a thousand nodes spent most of each
 * model send (on every change) there. Reading is left to GLSP's adapter.
 */
public final class GModelJsonWriter implements TypeAdapterFactory {

    /** The properties of each class, shared by the adapters of every Gson this factory serves. */
    private final Map<EClass, List<Property>> properties = new ConcurrentHashMap<>();

    private record Property(Field field, EStructuralFeature feature) {
    }

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (!GModelElement.class.isAssignableFrom(type.getRawType())) {
            return null;
        }
        return new Writer<>(gson, gson.getDelegateAdapter(this, type));
    }

    /** Writes like GLSP's adapter; reads through it. */
    private final class Writer<T> extends TypeAdapter<T> {
        private final Gson gson;
        private final TypeAdapter<T> glsp;
        /** Gson's adapter of each class met as a value (Gson looks it up through a new TypeToken on every call). */
        private final Map<Class<?>, TypeAdapter<?>> adapters = new ConcurrentHashMap<>();

        Writer(Gson gson, TypeAdapter<T> glsp) {
            this.gson = gson;
            this.glsp = glsp;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                writeElement(out, (GModelElement) value);
            }
        }

        @Override
        public T read(JsonReader in) throws IOException {
            return glsp.read(in);
        }

        private void writeElement(JsonWriter out, GModelElement element) throws IOException {
            out.beginObject();
            for (Property property : properties.computeIfAbsent(element.eClass(), c -> list(element.getClass(), c))) {
                if (!element.eIsSet(property.feature())) {
                    continue;
                }
                out.name(property.field().getName());
                Object value;
                try {
                    value = property.field().get(element);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (value == null) {
                    out.nullValue();
                } else if (value == element) {
                    throw new IllegalStateException("Object has a reference to itself.");
                } else {
                    writeValue(out, value);
                }
            }
            out.endObject();
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private void writeValue(JsonWriter out, Object value) throws IOException {
            if (value instanceof String text) {
                out.value(text);
            } else if (value instanceof GModelElement element) {
                writeElement(out, element);
            } else {
                ((TypeAdapter) adapters.computeIfAbsent(value.getClass(), gson::getAdapter)).write(out, value);
            }
        }
    }

    /** The properties GLSP writes for this class: its own fields first, then its superclasses', each name once. */
    private static List<Property> list(Class<?> type, EClass eClass) {
        List<Property> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (EObjectExclusionStrategy.excludeField(field)) {
                    continue;
                }
                EStructuralFeature feature = eClass.getEStructuralFeature(field.getName());
                if (feature != null && names.add(field.getName())) {
                    field.setAccessible(true);
                    result.add(new Property(field, feature));
                }
            }
        }
        return List.copyOf(result);
    }
}
