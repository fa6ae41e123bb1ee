package org.ctgstudio.diagram.ui.internal;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ctgstudio.diagram.store.RepresentationHeader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;

/**
 * The headers of the workspace's representation files ({@link RepresentationHeader}: description and model, from
 * the content), for the Project Explorer, which asks often: cached per file until the file changes.
 */
final class RepresentationHeaders {

    static final RepresentationHeader UNREADABLE = new RepresentationHeader(null, null);
    private static final Map<IPath, Map.Entry<Long, RepresentationHeader>> CACHE = new ConcurrentHashMap<>();

    private RepresentationHeaders() {
    }

    /** The header of a representation file; {@link #UNREADABLE} when it cannot be read. */
    static RepresentationHeader of(IFile file) {
        if (!file.isAccessible()) {
            CACHE.remove(file.getFullPath());
            return UNREADABLE;
        }
        // The workspace's stamp and the file's time: a file made again at the same path may get the same stamp.
        long stamp = file.getModificationStamp() * 31 + file.getLocalTimeStamp();
        Map.Entry<Long, RepresentationHeader> cached = CACHE.get(file.getFullPath());
        if (cached != null && cached.getKey() == stamp) {
            return cached.getValue();
        }
        RepresentationHeader header;
        try (InputStream in = file.getContents(true)) {
            header = RepresentationHeader.read(in);
        } catch (Exception e) {
            header = null; // shown by its file name; opening it says what is wrong
        }
        header = header == null ? UNREADABLE : header;
        CACHE.put(file.getFullPath(), Map.entry(stamp, header));
        return header;
    }
}
