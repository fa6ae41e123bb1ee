package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.templates.TemplateInstantiator;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.fixes.QuickFixes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/**
 * Every message reads as a Caf employee would write it, in French and in English: agreement in gender and number
 * (no « (s) », « (e) »), one cause per message, no empty list, the element named once, French typography.
 */
class MessagesTest {

    /** The message bundles of the non-UI layers: base name and a class of their bundle. */
    private static final List<Object[]> BUNDLES = List.of(
            new Object[] {"org/ctgstudio/validation/rules/messages", CtgValidator.class},
            new Object[] {"org/ctgstudio/validation/messages", CtgValidator.class},
            new Object[] {"org/ctgstudio/validation/fixes/messages", QuickFixes.class},
            new Object[] {"org/ctgstudio/templates/messages", TemplateInstantiator.class},
            new Object[] {"org/ctgstudio/edit/labels", CtgLabels.class},
            new Object[] {"org/ctgstudio/model/resource/messages", ModelFiles.class});

    /** Agreement written with parentheses: « thématique(s) », « décliné(e) », « an(s) ». */
    private static final Pattern PARENTHESISED_AGREEMENT = Pattern.compile("\\((s|e|es|x|ne|le|nt|aux)\\)");
    private static final Pattern CHOICE = Pattern.compile("\\{\\d+,choice,");

    @Test
    void everyTemplateReadsWellInFrenchAndEnglish() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Object[] bundle : BUNDLES) {
            Properties french = load((String) bundle[0] + "_fr.properties", (Class<?>) bundle[1]);
            Properties english = load((String) bundle[0] + ".properties", (Class<?>) bundle[1]);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()),
                    bundle[0] + ": the same keys in both languages");
            for (String key : new TreeSet<>(french.stringPropertyNames())) {
                checked++;
                check(bundle[0] + "_fr " + key, french.getProperty(key), Locale.FRENCH, problems);
                check(bundle[0] + " " + key, english.getProperty(key), Locale.ENGLISH, problems);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 200, "the templates were found: " + checked);
    }

    /** Formats a template with sample arguments (each choice at its limits) and checks the texts. */
    private static void check(String where, String template, Locale locale, List<String> problems) {
        checkQuotesInChoices(where, template, problems);
        MessageFormat format = new MessageFormat(template, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        for (double sample : new double[] {1, 2, 12}) {
            Object[] arguments = new Object[formats.length];
            for (int i = 0; i < formats.length; i++) {
                arguments[i] = formats[i] == null ? "Alpha" : (Object) (long) sample;
            }
            String text = format.format(arguments);
            if (PARENTHESISED_AGREEMENT.matcher(text).find()) {
                problems.add(where + ": agreement in parentheses: " + text);
            }
            if (text.contains("{") || text.contains("}") || text.contains("  ")) {
                problems.add(where + ": badly formed: " + text);
            }
            if (locale == Locale.FRENCH && Pattern.compile("[^\\s\\u00A0\\u202F«][:;?!]").matcher(text).find()
                    && !text.matches(".*\\d:\\d.*")) {
                problems.add(where + ": French puts a space before : ; ? ! — " + text);
            }
            if (locale == Locale.ENGLISH && Pattern.compile("\\s[:;?!,.]").matcher(text).find()) {
                problems.add(where + ": English puts no space before punctuation — " + text);
            }
            // "Alpha" stands for a name: « de Alpha » must be « d'Alpha » (amounts and rates are no names)
            if (locale == Locale.FRENCH && Pattern.compile("\\bde (Alpha(?! [€%])|[aeiouéèêàâîôû])").matcher(text)
                    .find()) {
                problems.add(where + ": French elides « de » before a vowel — " + text);
            }
        }
    }

    /** In a choice branch holding a placeholder, a single quote would be read as MessageFormat quoting. */
    private static void checkQuotesInChoices(String where, String template, List<String> problems) {
        Matcher choice = CHOICE.matcher(template);
        while (choice.find()) {
            int depth = 1;
            int end = choice.end();
            while (end < template.length() && depth > 0) {
                char c = template.charAt(end++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            for (String branch : template.substring(choice.end(), end - 1).split("\\|")) {
                if (branch.contains("{") && branch.contains("'")) {
                    problems.add(where + ": quote in a choice branch with a placeholder: " + branch);
                }
            }
            ChoiceFormat parsed = new ChoiceFormat(template.substring(choice.end(), end - 1).replace("''", "'"));
            if (parsed.getLimits().length == 0) {
                problems.add(where + ": empty choice");
            }
        }
    }

    private static Properties load(String resource, Class<?> owner) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " not found");
            properties.load(in);
        }
        return properties;
    }

    /**
     * The findings of every rule case (the example broken on purpose, the brief's variants), in French and English:
     * the text never repeats the element's label or code, lists are never empty, details have no blank line.
     */
    @Test
    void everyFindingNamesItsElementOnceAndListsNothingEmpty() throws Exception {
        List<String> problems = new ArrayList<>();
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                Locale.setDefault(locale);
                for (RulesTest.Case c : RulesTest.cases().toList()) {
                    Fixture f = c.variant() == null ? new Fixture() : new Fixture(Examples.variant(c.variant()));
                    c.breaks().apply(f);
                    for (Finding finding : f.validate().findings()) {
                        if (finding.ruleId().startsWith("CTG-")) {
                            checkFinding(c.rule(), finding, problems);
                        }
                    }
                }
            }
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(List.of(), problems.stream().distinct().toList());
    }

    /** How the finding's label names its element: number, code, name, title (a party: its organisation's name). */
    private static List<String> names(EObject element) {
        List<String> names = new ArrayList<>();
        if (element instanceof AgreementParty party && party.getOrganisation() != null) {
            names.add(party.getOrganisation().getName());
        }
        for (String feature : List.of("number", "code", "name", "title", "label")) {
            EStructuralFeature naming = element == null ? null : element.eClass().getEStructuralFeature(feature);
            if (naming != null && element.eGet(naming) instanceof String value && value.length() >= 3) {
                names.add(value);
            }
        }
        return names;
    }

    private static void checkFinding(String caseName, Finding finding, List<String> problems) {
        String text = finding.text();
        String where = caseName + " / " + finding.ruleId() + " on " + finding.label() + ": ";
        for (String name : names(finding.element())) {
            if (text.contains(name)) {
                problems.add(where + "the element named twice: " + finding.message());
            }
        }
        if (Pattern.compile(":\\s*[.;,]|\\(\\s*\\)|«\\s*»|,\\s*,|\"\"").matcher(text).find() || text.endsWith(": ")) {
            problems.add(where + "an empty list or value: " + text);
        }
        if (PARENTHESISED_AGREEMENT.matcher(text).find()) {
            problems.add(where + "agreement in parentheses: " + text);
        }
        if (finding.details().stream().anyMatch(String::isBlank)) {
            problems.add(where + "a blank detail: " + finding.details());
        }
    }
}
