package org.ctgstudio.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenEnum;
import org.eclipse.emf.codegen.ecore.genmodel.GenEnumLiteral;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EModelElement;

/**
 * Writes the edit bundle's labels from the metamodel. Every class, feature, enumeration literal and property category
 * carries French and English labels in a {@value #LABELS} annotation; EMF's generated {@code plugin.properties} gets the
 * English ones, {@code plugin_fr.properties} the French ones. EMF's own generic keys (create-child texts, unknown
 * types ...) are translated below. A key without a French text fails the generation: no English leaks into the
 * French user interface.
 */
final class Labels {

    static final String LABELS = "http://ctgstudio.org/ctg/labels";
    static final String CATEGORIES = "http://ctgstudio.org/ctg/property-categories";

    /** French for the generic keys EMF generates into every edit plugin.properties. */
    private static final Map<String, String> GENERIC_FR = Map.ofEntries(
            Map.entry("providerName", "CTG Studio"),
            Map.entry("_UI_CreateChild_text", "{0}"),
            Map.entry("_UI_CreateChild_text2", "{1} {0}"),
            Map.entry("_UI_CreateChild_text3", "{1}"),
            // {0} is a class's label, of either gender: « un élément de type … » agrees with both
            Map.entry("_UI_CreateChild_tooltip", "Créer un élément de type « {0} » dans « {1} »"),
            Map.entry("_UI_CreateChild_description",
                    "Crée un élément de type « {0} » dans « {1} » de l''élément {2}"),
            Map.entry("_UI_CreateSibling_description",
                    "Crée un élément de type « {0} » dans « {1} » de l''élément parent"),
            Map.entry("_UI_PropertyDescriptor_description", "{0} ({1})"),
            Map.entry("_UI_Unknown_type", "Objet"),
            Map.entry("_UI_Unknown_datatype", "Valeur"),
            Map.entry("_UI_Unknown_feature", "Propriété non précisée"));

    private Labels() {
    }

    /** Writes both files; {@code names} are the edit bundle's name in French and in English. */
    static void write(GenModel genModel, Path editBundle, String... names) throws IOException {
        Map<String, String[]> labels = new HashMap<>();
        for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
            collect(genPackage, labels);
        }
        Path english = editBundle.resolve("plugin.properties");
        List<String> lines = Files.readAllLines(english, StandardCharsets.ISO_8859_1);
        List<String> en = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || eq < 0) {
                en.add(line);
                fr.add(line);
                continue;
            }
            String key = line.substring(0, eq).trim();
            String[] label = labels.get(key);
            String frText = label != null ? label[0]
                    : "pluginName".equals(key) ? names[0] : GENERIC_FR.get(key);
            if (frText == null) {
                untranslated.add(key);
            }
            en.add(label != null ? key + " = " + escape(label[1])
                    : "pluginName".equals(key) ? key + " = " + escape(names[1]) : line);
            fr.add(key + " = " + escape(frText == null ? "" : frText));
        }
        if (!untranslated.isEmpty()) {
            throw new IllegalStateException("No French label for " + untranslated
                    + ": add the " + LABELS + " annotation to the metamodel element (or a generic text in Labels)");
        }
        Files.write(english, en, StandardCharsets.ISO_8859_1);
        Files.write(editBundle.resolve("plugin_fr.properties"), fr, StandardCharsets.ISO_8859_1);
    }

    private static void collect(GenPackage genPackage, Map<String, String[]> labels) {
        for (GenClass genClass : genPackage.getGenClasses()) {
            put(labels, "_UI_" + genClass.getName() + "_type", genClass.getEcoreClass());
            for (GenFeature genFeature : genClass.getGenFeatures()) {
                put(labels, "_UI_" + genClass.getName() + "_" + genFeature.getName() + "_feature",
                        genFeature.getEcoreFeature());
            }
        }
        for (GenEnum genEnum : genPackage.getGenEnums()) {
            for (GenEnumLiteral literal : genEnum.getGenEnumLiterals()) {
                put(labels, "_UI_" + genEnum.getName() + "_" + literal.getName() + "_literal",
                        literal.getEcoreEnumLiteral());
            }
        }
        EAnnotation categories = genPackage.getGenModel().getGenPackages().get(0).getEcorePackage()
                .getEAnnotation(CATEGORIES);
        if (categories != null) {
            Map<String, String[]> byCategory = new LinkedHashMap<>();
            categories.getDetails().forEach(detail -> {
                int dot = detail.getKey().lastIndexOf('.');
                String[] pair = byCategory.computeIfAbsent(detail.getKey().substring(0, dot), k -> new String[2]);
                pair["fr".equals(detail.getKey().substring(dot + 1)) ? 0 : 1] = detail.getValue();
            });
            byCategory.forEach((category, pair) -> labels.put("_UI_" + category + "PropertyCategory", pair));
        }
    }

    private static void put(Map<String, String[]> labels, String key, EModelElement element) {
        EAnnotation annotation = element.getEAnnotation(LABELS);
        if (annotation != null) {
            labels.put(key, new String[] {annotation.getDetails().get("fr"), annotation.getDetails().get("en")});
        }
    }

    /** Properties files are ISO-8859-1: everything else becomes a \\u escape. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch > 0x7e || ch < 0x20) {
                out.append(String.format("\\u%04X", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
