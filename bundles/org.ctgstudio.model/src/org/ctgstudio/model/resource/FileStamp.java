package org.ctgstudio.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file was when it was read or written: modification time, size and identity (inode), so that a change by
 * anything else, in place or by replacing the file, is seen.
 */
record FileStamp(FileTime modified, long size, Object key) {

    /** The stamp of a file now, or null when it does not exist or cannot be read. */
    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (IOException e) {
            return null;
        }
    }
}
