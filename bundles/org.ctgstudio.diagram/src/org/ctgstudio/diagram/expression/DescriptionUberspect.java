package org.ctgstudio.diagram.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;

/**
 * JEXL's introspection for descriptions, written so that nothing reflective is reachable: the only properties are
 * those of model views ({@code self.title}), list indexes ({@code self.parties[0]}) and list projections
 * ({@code self.axes.objectives} is every objective of every axis, flattened). There is no method, constructor,
 * setter, class lookup or Java getter at all, whatever the expression says: JEXL's default introspection, and
 * its permissions, are not used.
 */
final class DescriptionUberspect implements JexlUberspect {

    @Override
    public List<PropertyResolver> getResolvers(JexlOperator op, Object obj) {
        return JexlUberspect.JEXL_STRATEGY.apply(op, obj);
    }

    @Override
    public JexlPropertyGet getPropertyGet(List<PropertyResolver> resolvers, Object obj, Object identifier) {
        return getPropertyGet(obj, identifier);
    }

    @Override
    public JexlPropertyGet getPropertyGet(Object obj, Object identifier) {
        if ((obj instanceof ModelView || obj instanceof ModelView.Referrers) && identifier != null) {
            return new Get(identifier, false);
        }
        if (obj instanceof List<?> && identifier instanceof Number) {
            return new Get(identifier, false);
        }
        if (obj instanceof Collection<?> && identifier instanceof String) {
            return new Get(identifier, true);
        }
        return null;
    }

    /** Reads a view's property, a list item or a projection; never cached (the receiver decides each time). */
    private record Get(Object identifier, boolean projection) implements JexlPropertyGet {

        @Override
        public Object invoke(Object obj) {
            if (obj instanceof ModelView view) {
                return view.get(identifier);
            }
            if (obj instanceof ModelView.Referrers referrers) {
                return referrers.get(identifier);
            }
            if (!projection && obj instanceof List<?> list) {
                int index = ((Number) identifier).intValue();
                return index >= 0 && index < list.size() ? list.get(index) : null;
            }
            List<Object> flattened = new ArrayList<>();
            for (Object item : (Collection<?>) obj) {
                Object value = item instanceof ModelView view ? view.get(identifier) : null;
                if (value instanceof Collection<?> values) {
                    flattened.addAll(values);
                } else if (value != null) {
                    flattened.add(value);
                }
            }
            return flattened;
        }

        @Override
        public Object tryInvoke(Object obj, Object key) {
            // Not cacheable, so JEXL never retries a cached getter.
            return JexlEngineTry.FAILED;
        }

        @Override
        public boolean tryFailed(Object rval) {
            return rval == JexlEngineTry.FAILED;
        }

        @Override
        public boolean isCacheable() {
            return false;
        }
    }

    /** The "try failed" marker of JEXL. */
    private static final class JexlEngineTry {
        static final Object FAILED = org.apache.commons.jexl3.JexlEngine.TRY_FAILED;
    }

    @Override
    public JexlPropertySet getPropertySet(List<PropertyResolver> resolvers, Object obj, Object identifier,
            Object arg) {
        return null;
    }

    @Override
    public JexlPropertySet getPropertySet(Object obj, Object identifier, Object arg) {
        return null;
    }

    @Override
    public Iterator<?> getIterator(Object obj) {
        return obj instanceof Iterable<?> iterable ? iterable.iterator() : null;
    }

    @Override
    public JexlMethod getConstructor(Object ctorHandle, Object... args) {
        return null;
    }

    @Override
    public JexlMethod getMethod(Object obj, String method, Object... args) {
        return null;
    }

    @Override
    public JexlArithmetic.Uberspect getArithmetic(JexlArithmetic arithmetic) {
        return null;
    }

    @Override
    public Class<?> getClassByName(String className) {
        return null;
    }

    @Override
    public ClassLoader getClassLoader() {
        return DescriptionUberspect.class.getClassLoader();
    }

    @Override
    public void setClassLoader(ClassLoader loader) {
        // Descriptions load no class: the loader is never used.
    }

    @Override
    public int getVersion() {
        return 0;
    }
}
