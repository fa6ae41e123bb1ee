package org.ctgstudio.docgen.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ctgstudio.docgen.model.TemplateData;

/**
 * The names templates may use, read from the view records themselves: the roots are {@link TemplateData}'s
 * components; a record's names are its components and its derived texts (no-argument methods such as
 * {@code DateFr.courte}). Lists have elements, maps (the parameters) any key. The template check and the user guide's
 * reference page (its test) both read this, so the three never disagree.
 */
public final class DataModelSchema {

    private DataModelSchema() {
    }

    /** The root names and their types, in documentation order. */
    public static Map<String, Type> roots() {
        return members(TemplateData.class);
    }

    /** The names a value of this type has ({@code fiche.intitule} …); empty for texts, numbers, lists. */
    public static Map<String, Type> members(Type type) {
        if (!(type instanceof Class<?> record) || !record.isRecord()) {
            return Map.of();
        }
        return MEMBERS.computeIfAbsent(record, DataModelSchema::read);
    }

    /** Read once per record type (reflection costs, and every field of every template asks). */
    private static final Map<Class<?>, Map<String, Type>> MEMBERS = new ConcurrentHashMap<>();

    private static Map<String, Type> read(Class<?> record) {
        Map<String, Type> members = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            members.put(component.getName(), component.getGenericType());
        }
        for (Method method : record.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && !isObjectMethod(method) && !method.getName().startsWith("with")
                    && !members.containsKey(method.getName()) && method.getReturnType() != Map.class) {
                members.put(method.getName(), method.getGenericReturnType());
            }
        }
        return java.util.Collections.unmodifiableMap(members);
    }

    /** Every record type reachable from the roots, roots' types first. */
    public static Set<Class<?>> recordTypes() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(roots().values());
        while (!todo.isEmpty()) {
            Type type = todo.poll();
            Type element = isList(type) || isMap(type) ? elementType(type) : type;
            if (element instanceof Class<?> c && c.isRecord() && seen.add(c)) {
                todo.addAll(members(c).values());
            }
        }
        return seen;
    }

    public static boolean isList(Type type) {
        return raw(type) instanceof Class<?> c && Collection.class.isAssignableFrom(c);
    }

    public static boolean isMap(Type type) {
        return raw(type) instanceof Class<?> c && Map.class.isAssignableFrom(c);
    }

    public static boolean isRecord(Type type) {
        return type instanceof Class<?> c && c.isRecord();
    }

    /** The element type of a list, the value type of a map; null when unknown. */
    public static Type elementType(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments();
            return arguments[arguments.length - 1];
        }
        return null;
    }

    private static Type raw(Type type) {
        return type instanceof ParameterizedType p ? p.getRawType() : type;
    }

    private static boolean isObjectMethod(Method method) {
        return List.of("toString", "hashCode", "equals", "getClass").contains(method.getName());
    }
}
