package org.ctgstudio.docgen.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ctgstudio.docgen.model.FrenchNumbers;
import org.ctgstudio.docgen.model.TemplateData;

import fr.opensagres.xdocreport.document.docx.preprocessor.sax.hyperlinks.HyperlinkInfo;
import fr.opensagres.xdocreport.document.docx.preprocessor.sax.hyperlinks.HyperlinkRegistry;
import fr.opensagres.xdocreport.document.docx.preprocessor.sax.numbering.NumberInfo;
import fr.opensagres.xdocreport.document.docx.preprocessor.sax.numbering.NumberingRegistry;
import fr.opensagres.xdocreport.document.images.AbstractImageRegistry;
import fr.opensagres.xdocreport.document.images.IImageRegistry;
import fr.opensagres.xdocreport.document.images.ImageProviderInfo;
import fr.opensagres.xdocreport.document.registry.TextStylingRegistry;
import fr.opensagres.xdocreport.document.textstyling.ITransformResult;
import fr.opensagres.xdocreport.document.textstyling.IStylesGenerator;
import fr.opensagres.xdocreport.template.IContext;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;

/**
 * The FreeMarker configuration every template runs under. Templates are untrusted (anyone can hand over a DOCX), and
 * XDocReport's defaults let one run shell commands ({@code ?new} of {@code Execute}), call {@code getClass()} and any
 * public method. Here: no class can be instantiated ({@code ?new}), {@code ?api} is off, and the object wrapper
 * exposes only the accessors of the view records ({@link TemplateData} and its package) plus the few XDocReport
 * methods its own generated directives call (context lookup, image registry). Nothing else is reachable.
 */
public final class Sandbox {

    /** The FreeMarker compatibility level (2.3.34: record accessors read as properties, {@code ${a.code}}). */
    private static final freemarker.template.Version FREEMARKER = Configuration.VERSION_2_3_34;
    /**
     * The XDocReport methods its preprocessed templates call (context lookup, images, the styles it adds to
     * styles.xml); nothing else of theirs.
     */
    private static final Map<Class<?>, Set<String>> ENGINE_METHODS = Map.ofEntries(
            Map.entry(IContext.class, Set.of("get")),
            // styles.xml, and numbering.xml for the lists of fragments' HTML
            Map.entry(IStylesGenerator.class, Set.of("generateAllStyles", "generateAbstractNumBullet",
                    "generateAbstractNumDecimal")),
            Map.entry(NumberingRegistry.class, Set.of("getNumbers")),
            Map.entry(NumberInfo.class, Set.of("getNumId", "getAbstractNumId", "isOrdered")),
            Map.entry(IImageRegistry.class, Set.of("registerImage", "getPath", "getWidth", "getHeight")),
            Map.entry(AbstractImageRegistry.class, Set.of("getImageProviderInfos")),
            Map.entry(ImageProviderInfo.class, Set.of("isKeepImageTemplate", "isNotRemoveImageTemplate", "isValid",
                    "getImageId", "getImageBasePath", "getImageFileName", "getImageType", "getImageFullPath")),
            Map.entry(HyperlinkRegistry.class, Set.of("registerHyperlink", "getHyperlinks")),
            Map.entry(HyperlinkInfo.class, Set.of("getId", "getTarget", "getTargetMode")),
            // the text styling of plugins' fragments (${fragment.corps}): HTML in, document XML out
            Map.entry(TextStylingRegistry.class, Set.of("transform")),
            Map.entry(ITransformResult.class, Set.of("getTextBefore", "getTextBody", "getTextEnd")));
    /**
     * The packages of the view records plugins' {@code TemplateDataProvider}s return: readable like the built-in
     * views, by the fragments' bodies (never JDK, FreeMarker, XDocReport or EMF packages).
     */
    private static final Set<String> CONTRIBUTED_VIEWS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.List<String> NEVER_VIEWS = java.util.List.of("java.", "javax.", "jdk.", "sun.",
            "freemarker.", "fr.opensagres.", "org.eclipse.", "org.osgi.");

    private Sandbox() {
    }

    /** A new configuration (FreeMarker configurations are thread-safe once set up; one per engine). */
    public static Configuration configuration() {
        Configuration cfg = new Configuration(FREEMARKER);
        apply(cfg);
        return cfg;
    }

    /**
     * Sets the sandbox on {@code cfg}. Called again after XDocReport has configured the engine with it, so that
     * nothing XDocReport sets can loosen it.
     */
    public static void apply(Configuration cfg) {
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(FREEMARKER);
        wrapper.setMemberAccessPolicy(new ViewsOnly());
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setLocale(Locale.FRANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setCustomNumberFormats(Map.of("nombre", new French(2, false, ""), "euros", new French(2, true, "\u00A0\u20AC"),
                "pourcent", new French(1, false, "\u00A0%")));
        cfg.setNumberFormat("@nombre");
        cfg.setBooleanFormat("oui,non");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
    }

    /** Whether templates may call this method. */
    static boolean exposed(Method method) {
        Class<?> declaring = method.getDeclaringClass();
        if (declaring.isRecord() && (declaring.getPackage() == TemplateData.class.getPackage()
                || CONTRIBUTED_VIEWS.contains(declaring.getPackageName()))) {
            // Record accessors (and the value types' derived texts such as courte, entier) - never Object's methods.
            return method.getParameterCount() == 0 && !isObjectMethod(method);
        }
        for (Map.Entry<Class<?>, Set<String>> entry : ENGINE_METHODS.entrySet()) {
            if (entry.getKey().isAssignableFrom(declaring) && entry.getValue().contains(method.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets templates read the accessors of the records of {@code view}'s package (a plugin's template data). Call it
     * before the first template reads one: FreeMarker remembers what it saw of a class.
     *
     * @return false (and nothing allowed) for a class that is not a record or lives in a platform package
     */
    public static boolean allowViews(Class<?> view) {
        String name = view.getPackageName();
        if (!view.isRecord() || name.isEmpty() || NEVER_VIEWS.stream().anyMatch(name::startsWith)) {
            return false;
        }
        CONTRIBUTED_VIEWS.add(name);
        return true;
    }

    private static boolean isObjectMethod(Method method) {
        try {
            Object.class.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static final class ViewsOnly implements MemberAccessPolicy {

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return exposed(method);
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            // ${fiche.budget} prints the value's French text; toString() has no side effect on the view records.
            return true;
        }
    }

    /**
     * French number formats: {@code @nombre} « 23 870 », « 0,8 », « 2025 » (the default for numbers),
     * {@code @euros} « 2 600,00 € », {@code @pourcent} « 45 % ».
     */
    private static final class French extends TemplateNumberFormatFactory {

        private static final BigDecimal FOUR_DIGITS = BigDecimal.valueOf(10_000);

        private final int decimals;
        private final boolean fixed;
        private final String suffix;

        French(int decimals, boolean fixed, String suffix) {
            this.decimals = decimals;
            this.fixed = fixed;
            this.suffix = suffix;
        }

        @Override
        public TemplateNumberFormat get(String params, Locale locale, Environment env) {
            return new TemplateNumberFormat() {
                @Override
                public String formatToPlainText(TemplateNumberModel number) throws TemplateModelException {
                    Number value = number.getAsNumber();
                    BigDecimal decimal = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
                    if (suffix.isEmpty() && decimal.stripTrailingZeros().scale() <= 0
                            && decimal.abs().compareTo(FOUR_DIGITS) < 0) {
                        // French typography groups from five digits: a year prints 2025, not 2 025.
                        return decimal.toBigInteger().toString();
                    }
                    return FrenchNumbers.format(decimal, decimals, fixed) + suffix;
                }

                @Override
                public boolean isLocaleBound() {
                    return false;
                }

                @Override
                public String getDescription() {
                    return "French";
                }
            };
        }
    }
}
