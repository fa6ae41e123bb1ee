package org.ctgstudio.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.PlatformResourceURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The only sources a CTG model reads: files of the local file system ({@code file:}, which relative references
 * resolve to) and, in the workbench, workspace files ({@code platform:/resource}). Anything else ({@code http:},
 * {@code jar:}, {@code archive:}, {@code platform:/plugin} ...) is refused without being opened, and so are named
 * pipes, devices, folders and empty files, whose reading could block for ever (a FIFO, {@code /proc/kmsg}).
 */
final class LocalFiles {

    private LocalFiles() {
    }

    /** A URI converter that reads through these rules only. */
    static URIConverter converter() {
        return new ExtensibleURIConverterImpl(List.of(new LocalHandler(), new RefusingHandler()),
                ContentHandler.Registry.INSTANCE.contentHandlers());
    }

    /** Whether a URI names a source of the model's own file system (even one that does not exist). */
    static boolean isLocal(URI uri) {
        return uri.isFile() || uri.isPlatformResource();
    }

    /** The local file behind a URI, if any (file: URIs, and platform:/resource ones when Eclipse runs). */
    static Path path(URI uri) {
        URI local = uri.isFile() ? uri : CommonPlugin.asLocalURI(uri);
        return local != null && local.isFile() && local.toFileString() != null ? Path.of(local.toFileString()) : null;
    }

    /** Why a local file cannot be read as a model (the text of a message), or null when it can. */
    static String whyUnreadable(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) { // links are followed: a link to a FIFO is a FIFO
                return Texts.format("load.notRegular");
            }
            if (attributes.size() == 0) {
                return Texts.format("load.empty");
            }
            return null;
        } catch (java.nio.file.NoSuchFileException e) {
            return Texts.format("load.notFound");
        } catch (IOException | RuntimeException e) {
            return Texts.format("load.unreadable", e.getClass().getSimpleName());
        }
    }

    /** Reads local files once checked; writes, deletes and the rest as EMF does. */
    private static final class LocalHandler extends URIHandlerImpl {
        private final URIHandler files = new FileURIHandlerImpl();
        private final URIHandler workspace = new PlatformResourceURIHandlerImpl();

        @Override
        public boolean canHandle(URI uri) {
            return isLocal(uri);
        }

        private URIHandler delegate(URI uri) {
            return uri.isFile() ? files : workspace;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            Path path = path(uri);
            String reason = path == null ? null : whyUnreadable(path);
            if (reason != null) {
                throw new IOException(reason);
            }
            return delegate(uri).createInputStream(uri, options);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            return delegate(uri).createOutputStream(uri, options);
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            delegate(uri).delete(uri, options);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return delegate(uri).exists(uri, options);
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return delegate(uri).getAttributes(uri, options);
        }

        @Override
        public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
            delegate(uri).setAttributes(uri, attributes, options);
        }
    }

    /** Every other URI: never opened. */
    private static final class RefusingHandler extends URIHandlerImpl {
        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(Texts.format("load.forbiddenSource", uri));
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(Texts.format("load.forbiddenSource", uri));
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }
    }
}
