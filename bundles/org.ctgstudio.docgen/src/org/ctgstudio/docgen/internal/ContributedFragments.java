package org.ctgstudio.docgen.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.docgen.Messages;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.docgen.TemplateProblem.Kind;
import org.ctgstudio.docgen.fragments.Contribution;
import org.ctgstudio.docgen.fragments.DocumentFragment;
import org.ctgstudio.docgen.fragments.FragmentProvider;
import org.ctgstudio.docgen.fragments.FragmentSlot;
import org.ctgstudio.docgen.model.Fragment;
import org.ctgstudio.docgen.model.Fragments;
import org.ctgstudio.docgen.model.TemplateData;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.validation.internal.Contributed;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * The document fragments plugins contribute: found through the extension point org.ctgstudio.docgen.fragments (when
 * an extension registry runs), then {@link java.util.ServiceLoader}; rendered for one convention. A fragment whose
 * provider, data or body fails is left out with a warning naming its plugin and id: a plugin's defect must not stop
 * a Caf from producing its convention, and the warning says what is missing.
 */
public final class ContributedFragments {

    public static final String EXTENSION_POINT = "org.ctgstudio.docgen.fragments";

    /** The sandbox of templates, writing HTML: values the body prints are escaped. */
    private static final Configuration BODIES = bodies();

    private static volatile List<Contribution> installed;

    private ContributedFragments() {
    }

    public static List<Contribution> installed() {
        List<Contribution> result = installed;
        if (result == null) {
            result = Contributed.all(EXTENSION_POINT, FragmentProvider.class).stream()
                    .map(found -> new Contribution(found.plugin(), found.object())).toList();
            installed = result;
        }
        return result;
    }

    /** The contributions' fragments for this convention; failures are added to {@code warnings}. */
    public static Fragments render(List<Contribution> contributions, GlobalTerritorialAgreement agreement,
            TemplateData data, List<TemplateProblem> warnings) {
        if (contributions.isEmpty()) {
            return Fragments.AUCUN;
        }
        List<Fragment> articles = new ArrayList<>();
        List<Fragment> annexes = new ArrayList<>();
        Map<String, Object> roots = data.roots();
        for (Contribution contribution : contributions) {
            List<DocumentFragment> fragments;
            try {
                fragments = List.copyOf(contribution.provider().fragments());
            } catch (RuntimeException | LinkageError e) {
                warnings.add(problem(contribution.plugin(), "?", Messages.format("fragment.providerFailed",
                        reason(e))));
                continue;
            }
            for (DocumentFragment fragment : fragments) {
                String html = body(contribution.plugin(), fragment, agreement, roots, warnings);
                if (html != null && !html.isBlank()) { // a body that prints nothing: no heading either
                    Fragment rendered = new Fragment(fragment.id(), contribution.plugin(), fragment.titleFr(), html);
                    (fragment.slot() == FragmentSlot.ARTICLES ? articles : annexes).add(rendered);
                }
            }
        }
        return new Fragments(List.copyOf(articles), List.copyOf(annexes));
    }

    /** The body's HTML; null (and a warning) when its data or its text fails. */
    private static String body(String plugin, DocumentFragment fragment, GlobalTerritorialAgreement agreement,
            Map<String, Object> roots, List<TemplateProblem> warnings) {
        Map<String, Object> model = new LinkedHashMap<>(roots);
        if (fragment.data() != null) {
            Object value;
            String key;
            try {
                key = fragment.data().key();
                value = fragment.data().data(agreement);
            } catch (RuntimeException | LinkageError e) {
                warnings.add(problem(plugin, fragment.id(), Messages.format("fragment.dataFailed", reason(e))));
                return null;
            }
            if (key == null || !key.matches("[A-Za-z_][A-Za-z0-9_]*") || roots.containsKey(key)) {
                warnings.add(problem(plugin, fragment.id(), Messages.format("fragment.badKey", key)));
                return null;
            }
            if (value != null && !Sandbox.allowViews(value.getClass())) {
                warnings.add(problem(plugin, fragment.id(), Messages.format("fragment.notView",
                        value.getClass().getName())));
                return null;
            }
            model.put(key, value);
        }
        try {
            Template template = new Template(plugin + "/" + fragment.id(), new StringReader(fragment.body()), BODIES);
            StringWriter out = new StringWriter();
            template.process(model, out);
            String html = compact(out.toString());
            String refused = refused(html);
            if (refused == null) {
                return html;
            }
            warnings.add(problem(plugin, fragment.id(), refused));
            return null;
        } catch (TemplateException e) {
            String expression = e.getBlamedExpressionString() == null ? "" : " (" + e.getBlamedExpressionString() + ")";
            warnings.add(problem(plugin, fragment.id(), Messages.format("fragment.bodyFailed",
                    e.getLineNumber() == null ? "?" : e.getLineNumber(),
                    e.getColumnNumber() == null ? "?" : e.getColumnNumber(),
                    firstLine(e.getMessageWithoutStackTop()) + expression)));
        } catch (freemarker.core.ParseException e) {
            warnings.add(problem(plugin, fragment.id(), Messages.format("fragment.bodyFailed", e.getLineNumber(),
                    e.getColumnNumber(), firstLine(e.getEditorMessage()))));
        } catch (IOException | RuntimeException e) {
            warnings.add(problem(plugin, fragment.id(), Messages.format("fragment.bodyFailed", "?", "?", reason(e))));
        }
        return null;
    }

    /**
     * XDocReport drops line breaks (joining the words around them) and would write the blanks between tags as text
     * inside tables: blanks between tags go, other line breaks become spaces.
     */
    static String compact(String html) {
        return html.replaceAll(">\\s+<", "><").replaceAll("\\s*[\\r\\n]\\s*", " ").strip();
    }

    /**
     * The HTML a body may write: what XDocReport's text styling lays out, without attributes. Links and pictures
     * ({@code a}, {@code img}) are refused: a template cannot write them either.
     */
    private static final List<String> ELEMENTS = List.of("p", "br", "b", "strong", "i", "em", "u", "s", "strike",
            "sub", "sup", "ul", "ol", "li", "table", "tr", "td");
    /** The element the body is wrapped in to be read. */
    private static final String ROOT = "corps";

    /** Why the body is refused (not well-formed, or outside the subset), or null when it is accepted. */
    private static String refused(String html) {
        try {
            javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            String wrapped = "<" + ROOT + ">" + html + "</" + ROOT + ">";
            factory.newSAXParser().parse(new org.xml.sax.InputSource(new StringReader(wrapped)),
                    new org.xml.sax.helpers.DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String name,
                                org.xml.sax.Attributes attributes) throws org.xml.sax.SAXException {
                            boolean root = name.equals(ROOT);
                            if (!root && !ELEMENTS.contains(name) || attributes.getLength() > 0) {
                                throw new org.xml.sax.SAXException(Messages.format("fragment.element", name,
                                        String.join(", ", ELEMENTS)));
                            }
                        }
                    });
            return null;
        } catch (org.xml.sax.SAXParseException e) {
            return Messages.format("fragment.notHtml", firstLine(e.getMessage()));
        } catch (org.xml.sax.SAXException e) {
            return e.getMessage();
        } catch (javax.xml.parsers.ParserConfigurationException | IOException e) {
            return Messages.format("fragment.notHtml", reason(e));
        }
    }

    private static TemplateProblem problem(String plugin, String id, String detail) {
        return new TemplateProblem(Kind.FRAGMENT, false, Messages.format("fragment.failed", id, plugin, detail),
                Messages.format("fragment.location", id, plugin), id);
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : firstLine(e.getMessage());
        return message.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " : " + message;
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private static Configuration bodies() {
        Configuration cfg = Sandbox.configuration();
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        return cfg;
    }
}
