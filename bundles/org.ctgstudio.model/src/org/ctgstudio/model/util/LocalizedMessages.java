package org.ctgstudio.model.util;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages of the non-UI layers, usable with or without OSGi: French by default, English when the default locale is
 * English (Eclipse sets the default locale from -nl). The base properties file holds English, {@code _fr} French.
 */
public final class LocalizedMessages {

    private final String bundleName;
    private final ClassLoader loader;
    /** Parsed patterns by language and key: validation formats thousands of findings with a few dozen patterns. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    /** @param bundleName e.g. {@code org.ctgstudio.templates.messages}; {@code owner}'s class loader finds it */
    public LocalizedMessages(String bundleName, Class<?> owner) {
        this.bundleName = bundleName;
        this.loader = owner.getClassLoader();
    }

    /** The locale CTG Studio speaks: English for an English default locale, French otherwise. */
    public static Locale locale() {
        return "en".equals(Locale.getDefault().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public String format(String key, Object... arguments) {
        Locale locale = locale();
        MessageFormat format = formats.computeIfAbsent(locale.getLanguage() + ":" + key,
                k -> new MessageFormat(bundle().getString(key), locale));
        synchronized (format) { // a MessageFormat is not thread-safe
            return format.format(arguments);
        }
    }

    /** Whether the bundle has a text for the key (for texts that exist for some cases only). */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    private ResourceBundle bundle() {
        Locale locale = locale();
        return ResourceBundle.getBundle(bundleName, locale == Locale.ENGLISH ? Locale.ROOT : locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
