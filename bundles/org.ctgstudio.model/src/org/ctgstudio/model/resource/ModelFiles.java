package org.ctgstudio.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.template.TemplatePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.xml.sax.SAXParseException;

/**
 * Reading CTG model files with located diagnostics. A file that cannot be read (malformed or truncated XML, invalid
 * value, unknown model) raises a {@link ModelLoadException} naming file, line and column, and nothing of it stays
 * loaded, so nothing can be saved over it. References that lead nowhere, and content this version does not know
 * (kept and saved back as it is), do not stop the load: they come back as {@link ModelProblem}s with the element
 * concerned. Loading never writes to the file.
 */
public final class ModelFiles {

    /** Convention, convention template, Caf deployment plan, shared reference data. */
    public static final List<String> EXTENSIONS = List.of("ctg", "ctgt", "ctgd", "ctgw");

    private ModelFiles() {
    }

    /** The loaded resource and what was wrong with it, if anything. */
    public record LoadResult(Resource resource, List<ModelProblem> problems) {
        public EObject root() {
            return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        }
    }

    /** A resource set that reads and writes CTG files, with or without OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        register(set);
        return set;
    }

    /** Makes a resource set use {@link CtgResource} for the CTG extensions and know the CTG packages. */
    public static void register(ResourceSet set) {
        CtgResourceFactory factory = new CtgResourceFactory();
        Map<String, Object> byExtension = set.getResourceFactoryRegistry().getExtensionToFactoryMap();
        for (String extension : EXTENSIONS) {
            byExtension.put(extension, factory);
        }
        for (var ePackage : List.of(CtgPackage.eINSTANCE, PlanPackage.eINSTANCE, FundingPackage.eINSTANCE,
                GovernancePackage.eINSTANCE, DeploymentPackage.eINSTANCE, TemplatePackage.eINSTANCE)) {
            set.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        }
    }

    public static LoadResult load(ResourceSet set, Path file) throws ModelLoadException {
        return load(set, URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /** Loads {@code uri} into {@code set} (or returns it, already loaded, with the problems it has now). */
    public static LoadResult load(ResourceSet set, URI uri) throws ModelLoadException {
        String name = uri.isFile() ? uri.toFileString() : uri.toString();
        checkReadable(uri, name);
        Resource resource = set.getResource(uri, false);
        if (resource == null) {
            resource = set.createResource(uri);
            if (resource == null) { // an extension nobody registered: read it as a CTG file anyway
                resource = new CtgResource(uri);
                set.getResources().add(resource);
            }
        }
        List<ModelProblem> problems = new ArrayList<>();
        if (!resource.isLoaded()) {
            try {
                resource.load(null);
            } catch (IOException | RuntimeException e) {
                ModelProblem fatal = fatalProblem(name, resource, e);
                if (fatal != null) {
                    resource.unload();
                    set.getResources().remove(resource);
                    throw new ModelLoadException(fatal, e);
                }
            }
        }
        for (Resource.Diagnostic diagnostic : resource.getErrors()) {
            problems.add(problem(name, diagnostic, false));
        }
        for (Resource.Diagnostic diagnostic : resource.getWarnings()) {
            problems.add(problem(name, diagnostic, false));
        }
        problems.addAll(unresolvedProxies(name, resource));
        problems.addAll(unknownContent(name, resource));
        return new LoadResult(resource, List.copyOf(problems));
    }

    private static void checkReadable(URI uri, String name) throws ModelLoadException {
        if (!uri.isFile()) {
            return;
        }
        Path path = Path.of(uri.toFileString());
        String reason = null;
        try {
            if (!Files.exists(path)) {
                reason = Texts.format("load.notFound");
            } else if (Files.size(path) == 0) {
                reason = Texts.format("load.empty");
            }
        } catch (IOException e) {
            reason = Texts.format("load.unreadable", e.getMessage());
        }
        if (reason != null) {
            throw new ModelLoadException(new ModelProblem(true, name, 0, 0, null, reason), null);
        }
    }

    /**
     * The problem that makes a failed load unusable, or null when the model was read and only references failed
     * (EMF then throws although the content is complete).
     */
    private static ModelProblem fatalProblem(String name, Resource resource, Exception exception) {
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
                return new ModelProblem(true, name, sax.getLineNumber(), sax.getColumnNumber(), null,
                        Texts.format("load.malformed", sax.getMessage()));
            }
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return problem(name, diagnostic, true);
            }
        }
        return new ModelProblem(true, name, 0, 0, null, Texts.format("load.unreadable", exception.getMessage()));
    }

    private static ModelProblem problem(String name, Resource.Diagnostic diagnostic, boolean fatal) {
        String message;
        if (diagnostic instanceof UnresolvedReferenceException unresolved) {
            message = Texts.format("load.danglingReference", unresolved.getReference());
        } else if (diagnostic instanceof ClassNotFoundException unknown) {
            message = Texts.format("load.unknownType", unknown.getName());
        } else if (diagnostic instanceof PackageNotFoundException unknown) {
            message = Texts.format("load.unknownPackage", unknown.uri());
        } else if (diagnostic instanceof IllegalValueException illegal && illegal.getValue() instanceof AnyType) {
            // An element of a model this version does not know, in a place that needs a known one.
            message = Texts.format("load.unknownElement", illegal.getFeature().getName());
        } else if (diagnostic instanceof IllegalValueException illegal) {
            message = Texts.format("load.invalidValue", illegal.getValue(), illegal.getFeature().getName());
        } else if (diagnostic instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException sax) {
            message = Texts.format("load.malformed", sax.getMessage());
        } else {
            message = Texts.format("load.other", diagnostic.getMessage());
        }
        return new ModelProblem(fatal, name, diagnostic.getLine(), diagnostic.getColumn(), null, message);
    }

    /**
     * References to elements of other files that cannot be found (file missing, element deleted). Only references to
     * other files can be proxies, so references are walked without resolving them and only proxies are resolved:
     * on a model in one file this costs one pass and no lookup.
     */
    private static List<ModelProblem> unresolvedProxies(String name, Resource resource) {
        List<ModelProblem> problems = new ArrayList<>();
        if (resource instanceof CtgResource ctg && !ctg.hasCrossFileReferences()) {
            return problems; // references inside the file were resolved by id while loading (dangling ones reported)
        }
        ResourceSet set = resource.getResourceSet();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            EContentsEList.FeatureIterator<EObject> references = (EContentsEList.FeatureIterator<EObject>)
                    ((InternalEList<EObject>) element.eCrossReferences()).basicIterator();
            while (references.hasNext()) {
                EObject target = references.next();
                if (target.eIsProxy() && EcoreUtil.resolve(target, set).eIsProxy()) {
                    problems.add(new ModelProblem(false, name, 0, 0, describe(element),
                            Texts.format("load.unresolvedProxy", references.feature().getName(),
                                    EcoreUtil.getURI(target))));
                }
            }
        }
        return problems;
    }

    /**
     * Elements and attributes this version does not know (a newer file, a plugin's extension not installed): they are
     * kept and written back unchanged, but the user must know they are there and not shown.
     */
    private static List<ModelProblem> unknownContent(String name, Resource resource) {
        List<ModelProblem> problems = new ArrayList<>();
        if (resource instanceof XMLResource xml) {
            xml.getEObjectToExtensionMap().forEach((element, extension) -> {
                Set<String> names = new TreeSet<>();
                extension.getAnyAttribute().forEach(entry -> names.add(entry.getEStructuralFeature().getName()));
                extension.getMixed().forEach(entry -> {
                    if (entry.getEStructuralFeature() instanceof EReference) {
                        names.add(entry.getEStructuralFeature().getName());
                    }
                });
                extension.getAny().forEach(entry -> names.add(entry.getEStructuralFeature().getName()));
                if (!names.isEmpty()) {
                    problems.add(new ModelProblem(false, name, 0, 0, describe(element),
                            Texts.format("load.unknownContent", String.join(", ", names))));
                }
            });
        }
        return problems;
    }

    /** "Action FA06 [id]": the class, the first naming attribute found, and the id. */
    public static String describe(EObject element) {
        StringBuilder text = new StringBuilder(element.eClass().getName());
        for (String featureName : List.of("number", "code", "name", "title", "label")) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
            if (feature != null && element.eGet(feature) != null) {
                text.append(' ').append(element.eGet(feature));
                break;
            }
        }
        if (element instanceof Identified identified && identified.getId() != null) {
            text.append(" [").append(identified.getId()).append(']');
        }
        return text.toString();
    }
}
