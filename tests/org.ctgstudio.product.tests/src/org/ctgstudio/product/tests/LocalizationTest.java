package org.ctgstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;

/**
 * Every user-visible key exists in English (the base files) and in French (the _fr files, the default language), and
 * every %key that plugin.xml or the manifest use is defined: a missing key would show as "%key" or "NLS missing
 * message".
 */
class LocalizationTest {

    private static final Pattern PERCENT_KEY = Pattern.compile("\"%([\\w.\\-]+)\"|: *%([\\w.\\-]+)");

    private static Bundle bundle(String id) {
        Bundle bundle = Platform.getBundle(id);
        assertNotNull(bundle, id + " is not installed");
        return bundle;
    }

    private static Properties load(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(Bundle bundle, String path) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            return "";
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.ctgstudio.ui", "org.ctgstudio.ui.emf", "org.ctgstudio.product", "org.ctgstudio.model",
            "org.ctgstudio.edit", "org.ctgstudio.templates", "org.ctgstudio.validation", "org.ctgstudio.cli",
            "org.ctgstudio.docgen", "org.ctgstudio.docgen.ui"})
    void englishAndFrenchFilesDefineTheSameKeys(String id) throws IOException {
        Bundle bundle = bundle(id);
        List<URL> bases = new ArrayList<>();
        // Text bundles are named messages*.properties and plugin*.properties; other properties files are data.
        Collections.list(bundle.findEntries("/", "*.properties", true)).stream()
                .filter(u -> u.getPath().matches(".*/(messages|plugin)\\.properties$")
                        && !u.getPath().startsWith("/META-INF/"))
                .forEach(bases::add);
        assertFalse(bases.isEmpty(), id + " has no properties files");
        for (URL english : bases) {
            URL french = bundle.getEntry(english.getPath().replace(".properties", "_fr.properties"));
            assertNotNull(french, id + ": no French file beside " + english.getPath());
            Set<String> englishKeys = new TreeSet<>(load(english).stringPropertyNames());
            Set<String> frenchKeys = new TreeSet<>(load(french).stringPropertyNames());
            assertEquals(englishKeys, frenchKeys, id + ": " + english.getPath() + " and its French file differ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.ctgstudio.ui", "org.ctgstudio.product", "org.ctgstudio.cli", "org.ctgstudio.docgen.ui"})
    void everyPercentKeyIsDefined(String id) throws IOException {
        Bundle bundle = bundle(id);
        Properties english = load(bundle.getEntry("plugin.properties"));
        Properties french = load(bundle.getEntry("plugin_fr.properties"));
        String declarations = read(bundle, "plugin.xml") + "\n" + read(bundle, "META-INF/MANIFEST.MF");
        Matcher matcher = PERCENT_KEY.matcher(declarations);
        int keys = 0;
        while (matcher.find()) {
            String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            keys++;
            assertTrue(english.containsKey(key), id + ": %" + key + " missing in plugin.properties");
            assertTrue(french.containsKey(key), id + ": %" + key + " missing in plugin_fr.properties");
        }
        assertTrue(keys > 0, id + " declares no translatable label");
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.ctgstudio.ui/org.ctgstudio.ui.internal.Messages",
            "org.ctgstudio.ui.emf/org.ctgstudio.ui.emf.Messages",
            "org.ctgstudio.docgen.ui/org.ctgstudio.docgen.ui.internal.Messages"})
    void everyMessageFieldHasAText(String bundleAndClass) throws Exception {
        String[] parts = bundleAndClass.split("/");
        Class<?> messages = bundle(parts[0]).loadClass(parts[1]);
        int fields = 0;
        for (Field field : messages.getFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                String value = (String) field.get(null);
                fields++;
                assertNotNull(value, field.getName());
                assertFalse(value.startsWith("NLS missing message"), field.getName() + " has no text");
            }
        }
        assertTrue(fields > 0);
    }
}
