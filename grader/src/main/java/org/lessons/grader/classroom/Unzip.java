package org.lessons.grader.classroom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Extracts a learner's zip safely: no entry may land outside the target (zip-slip), and the number of entries and the
 * bytes written are capped as they are read, whatever the zip's headers claim (a zip bomb stops at the cap).
 *
 * @param maxEntries how many entries a zip may hold
 * @param maxBytes how many bytes its entries may hold in all, uncompressed
 */
record Unzip(int maxEntries, long maxBytes) {

    /** Caps far above a lesson's sources and far below what hurts the machine. */
    static final Unzip CAPPED = new Unzip(10_000, 100L << 20);

    void extract(Path zip, Path target) throws UnusableSubmission, IOException {
        Path top = target.toAbsolutePath().normalize();
        Files.createDirectories(top);
        int entries = 0;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new UnusableSubmission("the zip holds more than " + maxEntries + " entries");
                }
                Path destination = top.resolve(entry.getName()).normalize();
                if (entry.getName().startsWith("/") || entry.getName().contains("\\")
                        || !destination.startsWith(top) || destination.equals(top)) {
                    throw new UnusableSubmission("the zip's entry '" + entry.getName()
                            + "' would land outside the submission's folder; zip the folder again without it");
                }
                try {
                    if (entry.isDirectory()) {
                        Files.createDirectories(destination);
                        continue;
                    }
                    Files.createDirectories(destination.getParent());
                    try (OutputStream out = Files.newOutputStream(destination)) {
                        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                            bytes += read;
                            if (bytes > maxBytes) {
                                throw new UnusableSubmission("the zip unpacks to more than " + (maxBytes >> 20)
                                        + " MiB");
                            }
                            out.write(buffer, 0, read);
                        }
                    }
                } catch (FileSystemException clash) {
                    // A file and a folder of one name (an entry "a" and an entry "a/b"): said without the grader's paths.
                    throw new UnusableSubmission("the zip's entry '" + entry.getName() + "' clashes with another entry"
                            + " (a file and a folder of the same name); zip the folder again", clash);
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new UnusableSubmission("not a readable zip: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new UnusableSubmission("an empty zip, or not a zip at all");
        }
    }
}
