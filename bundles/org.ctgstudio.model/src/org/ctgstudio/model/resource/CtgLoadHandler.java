package org.ctgstudio.model.resource;

import java.util.Map;

import org.ctgstudio.model.resource.LoadNote.Kind;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * EMF's XMI handler made safe for files from careless or hostile hands:
 * <ul>
 * <li>the root must be the kind the extension promises (otherwise reading stops at the first element);</li>
 * <li>nesting is limited whatever the JDK's own limits;</li>
 * <li>a namespace is looked up among the installed models only, never fetched from its URI;</li>
 * <li>references to ids that lead nowhere, or to an element of another type, are kept as they are written (placeholder
 * proxies, written back by {@link CtgResource}) instead of being dropped by the next save;</li>
 * <li>unknown attributes, elements and types are noted where they are, for located messages.</li>
 * </ul>
 */
final class CtgLoadHandler extends SAXXMIHandler {

    /** Deepest nesting accepted: CTG files nest about six levels; EMF's save recurses once per level. */
    static final int MAX_DEPTH = 100;

    private final CtgResource ctg;
    private final EClass expectedRoot;
    private int depth;

    CtgLoadHandler(CtgResource resource, XMLHelper helper, Map<?, ?> options, EClass expectedRoot) {
        super(resource, helper, options);
        this.ctg = resource;
        this.expectedRoot = expectedRoot;
    }

    int line() {
        return getLineNumber();
    }

    int column() {
        return getColumnNumber();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw new LoadRefusal(line(), column(), Texts.format("load.tooDeep", MAX_DEPTH));
        }
        if (depth == 1) {
            checkRoot(qName, attributes);
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        depth--;
        super.endElement(uri, localName, qName);
    }

    /**
     * Refuses a root of another kind before anything of it is read. EMF reads XML without namespace processing, so
     * the root's namespace is the {@code xmlns} attribute of its prefix.
     */
    private void checkRoot(String qName, Attributes attributes) {
        int colon = qName.indexOf(':');
        String localName = qName.substring(colon + 1);
        String uri = attributes.getValue(colon < 0 ? "xmlns" : "xmlns:" + qName.substring(0, colon));
        EPackage ePackage = uri == null || uri.isEmpty() ? null : FileKinds.packageOf(uri);
        String content = null;
        if (XMIResource.XMI_URI.equals(uri)) {
            content = Texts.format("content.xmi");
        } else if (ePackage == null) {
            content = uri == null || uri.isEmpty() ? Texts.format("content.foreignNoNamespace", localName)
                    : Texts.format("content.foreign", localName, uri);
        } else if (ePackage.getEClassifier(localName) instanceof EClass root && expectedRoot != null
                && root != expectedRoot) {
            String extension = FileKinds.extensionOf(root);
            content = extension == null ? Texts.format("content.ctg", ModelLabels.of(root))
                    : Texts.format("content.ctgKind", ModelLabels.of(root), "." + extension);
        }
        if (content != null) {
            String kind = expectedRoot == null ? Texts.format("kind.any")
                    : Texts.format("kind." + FileKinds.extensionOf(expectedRoot));
            throw new LoadRefusal(line(), column(), Texts.format("load.wrongKind", kind, content));
        }
    }

    /** Only installed models: EMF would otherwise read a namespace's URI (http: included) or load a Java class. */
    @Override
    protected EPackage getPackageForURI(String uriString) {
        if (uriString == null) {
            return null;
        }
        EPackage ePackage = extendedMetaData == null ? packageRegistry.getEPackage(uriString)
                : extendedMetaData.getPackage(uriString);
        if (ePackage == null || ePackage.eIsProxy()) {
            ePackage = handleMissingPackage(uriString);
        }
        if (ePackage == null) {
            error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
        }
        return ePackage;
    }

    /**
     * A class of an installed metamodel extension (its package registered by its bundle, or by its generated code
     * outside OSGi), not a placeholder EMF made for a type it does not know.
     */
    private static boolean isInstalled(EClass eClass) {
        EPackage ePackage = eClass.getEPackage();
        return !(ePackage instanceof XMLTypePackage) && ePackage.getNsURI() != null
                && EPackage.Registry.INSTANCE.getEPackage(ePackage.getNsURI()) == ePackage;
    }

    @Override
    protected void recordUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject,
            String value) {
        if (!(peekObject instanceof AnyType)) { // inside unknown content, the outermost unknown element says it all
            ctg.note(new LoadNote(isElement ? Kind.UNKNOWN_ELEMENT : Kind.UNKNOWN_ATTRIBUTE, line(), column(),
                    peekObject, null, prefix == null || prefix.isEmpty() ? name : prefix + ":" + name, null));
        }
        super.recordUnknownFeature(prefix, name, isElement, peekObject, value);
    }

    @Override
    protected EObject createObjectFromTypeName(EObject peekObject, String typeQName, EStructuralFeature feature) {
        EObject created = super.createObjectFromTypeName(peekObject, typeQName, feature);
        if (created != null && !FileKinds.isCtg(created.eClass()) && !isInstalled(created.eClass())
                && !(peekObject instanceof AnyType)
                && !(created instanceof InternalEObject proxy && proxy.eIsProxy())) {
            ctg.note(new LoadNote(Kind.UNKNOWN_TYPE, line(), column(), peekObject, feature, typeQName, created));
        }
        return created;
    }

    /** Cross-file references: where each was written, for the message if it leads nowhere. */
    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        ctg.proxyRead(proxy, line(), column());
        super.handleProxy(proxy, uriLiteral);
    }

    /**
     * At the end of the document, references by id are resolved; those that lead nowhere, or to an element of
     * another type, are noted and kept as placeholders in their place, so that saving writes them back as they were.
     */
    @Override
    protected void handleForwardReferences(boolean isEndDocument) {
        if (isEndDocument) {
            for (SingleReference reference : forwardSingleReferences) {
                EObject target = target(reference.getObject(), reference.getFeature(), (String) reference.getValue(),
                        reference.getLineNumber(), reference.getColumnNumber());
                if (target != null) {
                    setFeatureValue(reference.getObject(), reference.getFeature(), target, reference.getPosition());
                }
            }
            forwardSingleReferences.clear();
            for (ManyReference reference : forwardManyReferences) {
                Object[] values = reference.getValues();
                for (int i = 0; i < values.length; i++) {
                    values[i] = target(reference.getObject(), reference.getFeature(), (String) values[i],
                            reference.getLineNumber(), reference.getColumnNumber());
                }
                setFeatureValues(reference);
            }
            forwardManyReferences.clear();
        }
        super.handleForwardReferences(isEndDocument);
    }

    private EObject target(EObject holder, EStructuralFeature feature, String id, int line, int column) {
        EObject found;
        try {
            found = xmlResource.getEObject(id);
        } catch (RuntimeException e) { // an id written like a broken fragment path
            found = null;
        }
        EClassifier type = feature.getEType();
        if (found != null && type.isInstance(found)) {
            return found;
        }
        ctg.note(new LoadNote(found == null ? Kind.DANGLING_REFERENCE : Kind.WRONG_TYPE_REFERENCE, line, column,
                holder, feature, id, found));
        return feature instanceof EReference && type instanceof EClass eClass ? placeholder(eClass, id) : null;
    }

    /** A proxy to {@code #id} of this file: it stays unresolved and is written back as {@code id}. */
    private EObject placeholder(EClass type, String id) {
        EClass concrete = FileKinds.concrete(type);
        if (concrete == null) {
            return null;
        }
        InternalEObject proxy = (InternalEObject) EcoreUtil.create(concrete);
        proxy.eSetProxyURI(resourceURI.appendFragment(id));
        ctg.placeholderCreated(proxy);
        return proxy;
    }
}
