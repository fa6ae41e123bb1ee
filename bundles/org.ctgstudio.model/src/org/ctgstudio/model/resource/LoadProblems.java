package org.ctgstudio.model.resource;

import java.io.CharConversionException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.xml.sax.SAXParseException;

/**
 * The problems of a file, as users read them: where (file, line, column, element by its label), what (the feature by
 * its French label, the value as written) and what is expected (allowed values, format, the likely intended name).
 * Nothing of a Java exception's text reaches them when its cause is known.
 */
final class LoadProblems {

    /** Unknown attributes, elements and types reported one by one; beyond, one problem says how many more. */
    static final int MAX_UNKNOWN_CONTENT = 100;

    private LoadProblems() {
    }

    /**
     * The problem that makes a failed load unusable, or null when the model was read and only references failed
     * (EMF then throws although the content is complete).
     */
    static ModelProblem fatal(String name, Resource resource, Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof LoadRefusal refusal) {
                return new ModelProblem(true, name, refusal.line(), refusal.column(), null, refusal.getMessage());
            }
        }
        for (Resource.Diagnostic diagnostic : resource.getErrors()) {
            if (!(diagnostic instanceof UnresolvedReferenceException)) {
                return problem(name, diagnostic, true);
            }
        }
        if (!resource.getErrors().isEmpty() && !resource.getContents().isEmpty()) {
            return null;
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                // Without a position, the parser stopped in the XML declaration, before the first line was read.
                boolean located = sax.getLineNumber() > 0;
                return new ModelProblem(true, name, located ? sax.getLineNumber() : 1,
                        located ? sax.getColumnNumber() : 1, null, parserText(sax));
            }
            if (cause instanceof UnsupportedEncodingException encoding) { // named in the XML declaration, line 1
                return new ModelProblem(true, name, 1, 1, null,
                        Texts.format("load.unknownEncoding", encoding.getMessage()));
            }
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return problem(name, diagnostic, true);
            }
        }
        return new ModelProblem(true, name, 0, 0, null, Texts.format("load.unreadable", exception.getMessage()));
    }

    /** What is wrong in a file that could be read. */
    static List<ModelProblem> of(String name, Resource resource) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Resource.Diagnostic diagnostic : resource.getErrors()) {
            problems.add(problem(name, diagnostic, false));
        }
        for (Resource.Diagnostic diagnostic : resource.getWarnings()) {
            problems.add(problem(name, diagnostic, false));
        }
        if (resource instanceof CtgResource ctg) {
            int unknown = 0;
            for (LoadNote note : ctg.notes()) {
                boolean unknownContent = switch (note.kind()) {
                    case UNKNOWN_ATTRIBUTE, UNKNOWN_ELEMENT, UNKNOWN_TYPE -> true;
                    default -> false;
                };
                if (note.kind() == LoadNote.Kind.UNKNOWN_ATTRIBUTE && !stillKept(ctg, note)) {
                    continue; // an attribute of the older format, carried over by FormatMigration
                }
                if (unknownContent && ++unknown > MAX_UNKNOWN_CONTENT) {
                    continue;
                }
                problems.add(new ModelProblem(false, name, note.line(), note.column(),
                        ModelLabels.element(note.element()), message(note)));
            }
            if (unknown > MAX_UNKNOWN_CONTENT) {
                problems.add(new ModelProblem(false, name, 0, 0, null,
                        Texts.format("load.moreUnknownContent", unknown - MAX_UNKNOWN_CONTENT)));
            }
            problems.addAll(unresolvedProxies(name, ctg));
        }
        return problems;
    }

    private static String message(LoadNote note) {
        EObject element = note.element();
        return switch (note.kind()) {
            case DANGLING_REFERENCE -> Texts.format("load.danglingReference", ModelLabels.feature(note.feature()),
                    note.text());
            case WRONG_TYPE_REFERENCE -> note.other() instanceof AnyType
                    ? Texts.format("load.referenceToUnknown", ModelLabels.feature(note.feature()), note.text())
                    : Texts.format("load.wrongTypeReference", ModelLabels.feature(note.feature()), note.text(),
                            ModelLabels.element(note.other()), ModelLabels.of(note.feature().getEType()));
            case UNKNOWN_ATTRIBUTE -> Texts.format("load.unknownAttribute", note.text(),
                    ModelLabels.of(element.eClass()), suggestion(element.eClass(), note.text(), false));
            case UNKNOWN_ELEMENT -> Texts.format("load.unknownChild", note.text(), ModelLabels.of(element.eClass()),
                    suggestion(element.eClass(), note.text(), true));
            case UNKNOWN_TYPE -> Texts.format("load.unknownChildType", note.text(), namespace(note.other()),
                    ModelLabels.feature(note.feature()), types(note.feature().getEType()));
            case DUPLICATE_ID -> Texts.format("load.duplicateId", note.text(), ModelLabels.element(note.other()));
        };
    }

    /** Whether an unknown attribute is still kept on its element (the migration takes those it understands). */
    private static boolean stillKept(CtgResource resource, LoadNote note) {
        AnyType kept = resource.getEObjectToExtensionMap().get(note.element());
        if (kept == null) {
            return false;
        }
        String name = note.text().substring(note.text().indexOf(':') + 1);
        FeatureMap attributes = kept.getAnyAttribute();
        for (int i = 0; i < attributes.size(); i++) {
            if (name.equals(attributes.getEStructuralFeature(i).getName())) {
                return true;
            }
        }
        return false;
    }

    /** The namespace of an element of a model this version does not know (« of http://…/plan/9.9 »), or "". */
    private static String namespace(EObject unknown) {
        String nsURI = unknown == null ? null : unknown.eClass().getEPackage().getNsURI();
        return nsURI == null || FileKinds.packageOf(nsURI) != null ? "" : Texts.format("load.ofNamespace", nsURI);
    }

    /** « ; vouliez-vous dire « title » (Intitulé) ? » for a name close to one of the class's, else a hint. */
    private static String suggestion(EClass eClass, String written, boolean element) {
        String local = written.substring(written.indexOf(':') + 1);
        EStructuralFeature best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            boolean child = feature instanceof EReference reference && reference.isContainment();
            if (child != element || feature.isTransient() || feature.isDerived()) {
                continue;
            }
            int distance = distance(local.toLowerCase(Locale.ROOT), feature.getName().toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = feature;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(2, local.length() / 4)) {
            return Texts.format("suggest.didYouMean", best.getName(), ModelLabels.of(best));
        }
        return Texts.format(element ? "suggest.noChild" : "suggest.noAttribute");
    }

    /** Edit distance (insertions, deletions, substitutions). */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** « Financement (ctg.funding:Funding), Bonus territoire CTG (ctg.funding:TerritoryBonus) »: what may stand. */
    private static String types(EClassifier type) {
        StringJoiner types = new StringJoiner(", ");
        if (type instanceof EClass eClass) {
            for (EPackage ePackage : FileKinds.PACKAGES) {
                for (EClassifier classifier : ePackage.getEClassifiers()) {
                    if (classifier instanceof EClass candidate && !candidate.isAbstract()
                            && eClass.isSuperTypeOf(candidate)) {
                        types.add(ModelLabels.of(candidate) + " (" + ePackage.getNsPrefix() + ":"
                                + candidate.getName() + ")");
                    }
                }
            }
        }
        return types.toString();
    }

    private static ModelProblem problem(String name, Resource.Diagnostic diagnostic, boolean fatal) {
        String message;
        if (diagnostic instanceof UnresolvedReferenceException unresolved) {
            message = Texts.format("load.danglingReference", ModelLabels.feature(unresolved.getFeature()),
                    unresolved.getReference());
        } else if (diagnostic instanceof ClassNotFoundException unknown) {
            message = Texts.format("load.unknownType", unknown.getName());
        } else if (diagnostic instanceof PackageNotFoundException unknown) {
            message = Texts.format("load.unknownPackage", unknown.uri());
        } else if (diagnostic instanceof IllegalValueException illegal && illegal.getValue() instanceof AnyType) {
            // An element of a model this version does not know, in a place that needs a known one.
            message = Texts.format("load.unknownElement", ModelLabels.feature(illegal.getFeature()));
        } else if (diagnostic instanceof IllegalValueException illegal) {
            message = invalidValue(illegal);
        } else if (diagnostic instanceof Exception exception && cause(exception, SAXParseException.class) != null) {
            message = parserText(cause(exception, SAXParseException.class));
        } else if (diagnostic instanceof Exception exception
                && cause(exception, CharConversionException.class) != null) {
            message = Texts.format("load.notUtf8");
        } else {
            message = Texts.format("load.other", diagnostic.getMessage());
        }
        String element = diagnostic instanceof IllegalValueException illegal && illegal.getObject() != null
                ? ModelLabels.element(illegal.getObject()) : null;
        int line = diagnostic.getLine();
        int column = diagnostic.getColumn();
        if (line <= 0 && diagnostic instanceof Exception exception
                && cause(exception, SAXParseException.class) != null) {
            line = 1; // the parser stopped in the XML declaration, before it counted lines
            column = 1;
        }
        return new ModelProblem(fatal, name, line, column, element, message);
    }

    /** « Statut (status) : « SIGNEE » n'est pas une valeur possible ; attendu : … », naming the one bad value. */
    private static String invalidValue(IllegalValueException illegal) {
        EStructuralFeature feature = illegal.getFeature();
        String written = String.valueOf(illegal.getValue());
        if (feature instanceof EAttribute && feature.getEType() instanceof EDataType type) {
            if (feature.isMany()) {
                for (String token : written.trim().split("\\s+")) {
                    if (!isValid(type, token)) {
                        written = token;
                        break;
                    }
                }
            }
            return Texts.format("load.invalidValue", ModelLabels.feature(feature), written,
                    ModelLabels.expected(type));
        }
        return Texts.format("load.invalidValue", ModelLabels.feature(feature), written,
                ModelLabels.expected(feature.getEType()));
    }

    private static boolean isValid(EDataType type, String token) {
        try {
            EcoreUtil.createFromString(type, token);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The parser's own words, except where a cause users can act on is known. */
    private static String parserText(SAXParseException sax) {
        if (ParserLimits.isDoctypeRefusal(sax)) {
            return Texts.format("load.doctype");
        }
        if (cause(sax, CharConversionException.class) != null) {
            return Texts.format("load.notUtf8");
        }
        return Texts.format("load.malformed", sax.getMessage());
    }

    private static <T extends Throwable> T cause(Throwable throwable, Class<T> type) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause instanceof SAXParseException sax && sax.getException() != null && sax.getException() != cause
                    && type.isInstance(sax.getException())) {
                return type.cast(sax.getException());
            }
        }
        return null;
    }

    /**
     * References to elements of other files that cannot be found (file missing, element deleted), or that lead
     * outside the model's file system (never opened). Only references to other files can be proxies besides the
     * kept ones, so references are walked without resolving them and only proxies are resolved: on a model in one
     * file this costs one pass and no lookup, and none when the file has no reference to another.
     */
    private static List<ModelProblem> unresolvedProxies(String name, CtgResource resource) {
        List<ModelProblem> problems = new ArrayList<>();
        if (!resource.hasCrossFileReferences()) {
            return problems;
        }
        ResourceSet set = resource.getResourceSet();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            EContentsEList.FeatureIterator<EObject> references = (EContentsEList.FeatureIterator<EObject>)
                    ((InternalEList<EObject>) element.eCrossReferences()).basicIterator();
            while (references.hasNext()) {
                EObject target = references.next();
                if (!target.eIsProxy() || resource.isPlaceholder(target)) {
                    continue;
                }
                URI uri = EcoreUtil.getURI(target);
                String key;
                if (!LocalFiles.isLocal(uri.trimFragment())) {
                    key = "load.forbiddenReference";
                } else if (EcoreUtil.resolve(target, set).eIsProxy()) {
                    key = "load.unresolvedProxy";
                } else {
                    continue;
                }
                URI written = resource.getURI() == null ? uri : uri.deresolve(resource.getURI());
                int[] location = resource.locationOf(target);
                problems.add(new ModelProblem(false, name, location == null ? 0 : location[0],
                        location == null ? 0 : location[1], ModelLabels.element(element),
                        Texts.format(key, ModelLabels.feature(references.feature()), written)));
            }
        }
        return problems;
    }
}
