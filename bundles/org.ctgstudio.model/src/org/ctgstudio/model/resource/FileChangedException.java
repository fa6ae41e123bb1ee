package org.ctgstudio.model.resource;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Saving was refused because the file changed on disk since it was loaded (another editor, another program, a
 * version-control update): the file is untouched. Saving again with {@link CtgResource#OPTION_OVERWRITE_CHANGED_FILE}
 * replaces it anyway, once the user has agreed.
 */
public class FileChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public FileChangedException(Path file) {
        super(Texts.format("save.changedOnDisk", file));
        this.file = file;
    }

    /** The file that changed. */
    public Path file() {
        return file;
    }
}
