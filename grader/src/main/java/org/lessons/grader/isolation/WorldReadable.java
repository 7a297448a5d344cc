package org.lessons.grader.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that a sandboxed child, running as a throwaway user, must read: temporary files are made readable
 * by their owner only, so what the grader stages for children is opened up to everyone (to read, never to
 * write). A file system without POSIX permissions is left as it is.
 */
final class WorldReadable {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private WorldReadable() {
    }

    /** Lets everyone read {@code file}; returns it. */
    static Path file(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return file;
    }

    /**
     * Whether a user other than the owner can reach and read {@code path}: every directory above it lets
     * others pass, and it lets others read (and list, for a directory). Unknown (no POSIX permissions) is no.
     */
    static boolean byOthers(Path path) {
        try {
            Path absolute = path.toAbsolutePath().normalize();
            for (Path up = absolute.getParent(); up != null; up = up.getParent()) {
                if (!Files.getPosixFilePermissions(up).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            Set<PosixFilePermission> own = Files.getPosixFilePermissions(absolute);
            return own.contains(PosixFilePermission.OTHERS_READ)
                    && (!Files.isDirectory(absolute) || own.contains(PosixFilePermission.OTHERS_EXECUTE));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
