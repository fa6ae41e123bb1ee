package org.ctgstudio.model.resource;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a model file so that nothing is lost, whatever happens during the save:
 * <ul>
 * <li>the content goes to a temporary file beside the file, is synced, then renamed over the file: a kill or a
 * crash leaves the old version or the new one, never a mix;</li>
 * <li>the former version becomes the hidden {@code .<name>.bak}, atomically too (a hard link renamed into place; a
 * copy renamed into place where links are impossible); a backup that fails never fails the save;</li>
 * <li>the file keeps its mode, owner and group; a symbolic link keeps pointing to its target, which is the file
 * written; a file with other hard links is rewritten in place (after its backup), so that every link sees it;</li>
 * <li>a read-only file or folder is refused (even for root, which the system would let through), the file
 * untouched;</li>
 * <li>a file changed on disk since it was loaded is not overwritten unless asked ({@link FileChangedException});
 * saves of one file are serialised, in this JVM by a monitor and between processes by a lock on the file;</li>
 * <li>temporary files left by interrupted saves (killed processes) are removed: a live save holds a lock on its
 * temporary file, a dead one's lock is gone.</li>
 * </ul>
 */
final class FileSaver {

    /** What is written: the model's XMI. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();
    /** Windows refuses to rename over a file held open: no lock on the file itself there. */
    private static final boolean LOCK_TARGET = File.separatorChar == '/';
    private static final String TEMP_SUFFIX = ".tmp";

    private FileSaver() {
    }

    /** Saves {@code content} to {@code file}; {@code loaded} is the file's stamp when it was read (null: none). */
    static FileStamp save(Path file, FileStamp loaded, boolean overwrite, Content content) throws IOException {
        Path target = target(file);
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new IOException(Texts.format("save.folderReadOnly", folder), e);
        }
        if (isReadOnly(target, true)) {
            throw new IOException(Texts.format("save.readOnly", file));
        }
        if (isReadOnly(folder, false)) {
            throw new IOException(Texts.format("save.folderReadOnly", folder));
        }
        synchronized (monitor(target)) {
            try (FileChannel current = openExisting(target); FileLock lock = lock(current)) {
                FileStamp now = FileStamp.of(target);
                if (loaded != null && now != null && !overwrite && !loaded.equals(now)) {
                    throw new FileChangedException(file);
                }
                removeOrphans(target);
                write(target, current, content);
                return FileStamp.of(target);
            }
        }
    }

    /** Removes what interrupted saves of {@code file} left, unless a save is under way (then it will). */
    static void cleanUp(Path file) {
        try {
            Path target = target(file);
            synchronized (monitor(target)) {
                try (FileChannel current = openExisting(target); FileLock lock = lock(current)) {
                    if (current == null || lock != null || !LOCK_TARGET) {
                        removeOrphans(target);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Read-only file or folder, file being saved by another process: the next save cleans up.
        }
    }

    private static Object monitor(Path target) {
        return MONITORS.computeIfAbsent(target, key -> new Object());
    }

    /** The file a path designates: symbolic links followed, so that the link stays and its target is written. */
    static Path target(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        for (int i = 0; i < 40 && Files.isSymbolicLink(path); i++) {
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        return path;
    }

    private static void write(Path target, FileChannel current, Content content) throws IOException {
        Path folder = target.getParent();
        Path temp = tempPath(target, "");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock ownTemp = out.tryLock()) {
            writeContent(out, content);
            out.force(true);
            boolean linked = current != null && hasOtherLinks(target);
            if (current != null) {
                copyAttributes(target, temp);
                backup(target, current, linked);
            }
            if (linked) { // renaming would cut the other links off: rewrite the file itself, backed up above
                long size = out.size();
                for (long done = 0; done < size;) {
                    done += out.transferTo(done, size - done, current.position(done));
                }
                current.truncate(size);
                current.force(true);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } catch (AccessDeniedException e) {
            throw new IOException(Texts.format("save.folderReadOnly", folder), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeContent(FileChannel out, Content content) throws IOException {
        // Written straight to the channel, which must stay open (and its lock held) until the rename.
        OutputStream channel = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
        };
        OutputStream stream = new BufferedOutputStream(channel, 1 << 16);
        try {
            content.writeTo(stream);
            stream.flush();
        } catch (StackOverflowError e) { // a model nested deeper than any file can be (built in memory)
            throw new IOException(Texts.format("save.tooDeep"), e);
        }
    }

    /**
     * Makes the current content the backup, atomically: a hard link to it renamed over the former backup (the
     * content is not copied), or a copy renamed into place when links are impossible or the file is rewritten in
     * place. Failing here leaves the former backup and lets the save go on.
     */
    private static void backup(Path target, FileChannel current, boolean copy) {
        Path backup = CtgResource.backupOf(target);
        Path temp = tempPath(target, "bak.");
        try {
            if (copy || !link(temp, target)) {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE); FileLock ownTemp = out.tryLock()) {
                    long size = current.size();
                    for (long done = 0; done < size;) {
                        done += current.transferTo(done, size - done, out);
                    }
                    out.force(true);
                }
                copyAttributes(target, temp);
            }
            Files.move(temp, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Left for the next save's clean-up.
            }
        }
    }

    private static boolean link(Path link, Path existing) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Whether other hard links than this path (and a backup linked to it by an interrupted save) share the file. */
    private static boolean hasOtherLinks(Path target) {
        try {
            int links = ((Number) Files.getAttribute(target, "unix:nlink")).intValue();
            Path backup = CtgResource.backupOf(target);
            if (Files.exists(backup) && Files.isSameFile(backup, target)) {
                links--;
            }
            return links > 1;
        } catch (IOException | RuntimeException e) { // no such attribute (Windows)
            return false;
        }
    }

    /** The mode, owner and group of the file, for its new version. */
    private static void copyAttributes(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || copy == null) {
            return;
        }
        try {
            PosixFileAttributes attributes = source.readAttributes();
            copy.setPermissions(attributes.permissions());
            try {
                copy.setGroup(attributes.group());
                copy.setOwner(attributes.owner());
            } catch (IOException | SecurityException e) {
                // Only the owner's group or root can give the file away: the new version is the saver's.
            }
        } catch (IOException e) {
            // The default mode then, as for a new file.
        }
    }

    /**
     * Whether nobody may write there. Root may write anything, so the permission bits are read too: a file whose
     * owner made it read-only stays so, whoever saves.
     */
    static boolean isReadOnly(Path path, boolean file) throws IOException {
        if (!Files.exists(path)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            if (!permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return true;
            }
        } else if (file) {
            DosFileAttributeView dos = Files.getFileAttributeView(path, DosFileAttributeView.class);
            if (dos != null && dos.readAttributes().isReadOnly()) {
                return true;
            }
        }
        return !Files.isWritable(path);
    }

    private static FileChannel openExisting(Path target) throws IOException {
        if (!LOCK_TARGET || !Files.isRegularFile(target)) {
            return null;
        }
        return FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Waits for another process's save of the file to end. */
    private static FileLock lock(FileChannel current) throws IOException {
        return current == null ? null : current.lock();
    }

    /** {@code .<name>.<random>.tmp} (content) or {@code .<name>.bak.<random>.tmp} (backup) beside the file. */
    private static Path tempPath(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + "." + kind
                + ThreadLocalRandom.current().nextLong(1L << 62) + TEMP_SUFFIX);
    }

    private static boolean isTempOf(Path entry, String prefix) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
        if (middle.startsWith("bak.")) {
            middle = middle.substring(4);
        }
        return !middle.isEmpty() && middle.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Deletes the temporary files of this file that no live save holds (its lock is released when its process
     * dies). Called with the file's lock held: a backup link to the file itself is then nobody's.
     */
    private static void removeOrphans(Path target) {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
                entry -> isTempOf(entry, prefix))) {
            for (Path entry : entries) {
                if (Files.exists(target) && Files.isSameFile(entry, target)) {
                    // Opening it would release this process's lock on the file (POSIX locks are per file).
                    Files.deleteIfExists(entry);
                    continue;
                }
                boolean orphan;
                try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    orphan = lock != null;
                } catch (OverlappingFileLockException | IOException e) {
                    orphan = false; // held in this JVM, or already gone
                }
                if (orphan) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up never fails a save or a load: what is left goes next time.
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory (Windows cannot open one); the rename is done regardless.
        }
    }
}
