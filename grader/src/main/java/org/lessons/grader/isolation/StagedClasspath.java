package org.lessons.grader.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's classpath (the grader's classes, the kit, Jackson) as jars in one directory of the cache that
 * any user may read: a sandboxed child runs as a throwaway user who cannot read the grader's home or Maven's
 * repository. Directories are packed into jars ({@link ClasspathJar}), jars are copied. Staged once per content,
 * under a {@link ArchiveKey} of the entries, and never rewritten while a grading may use them.
 */
final class StagedClasspath {

    private StagedClasspath() {
    }

    /** The staged jars of {@code entries}, in their order, under {@code cache}. */
    static List<Path> of(List<Path> entries, Path cache) throws IOException {
        CacheEntries kind = new CacheEntries(cache, "classpath-");
        Path home = cache.resolve(kind.prefix() + ArchiveKey.ofClasspath(entries).hex());
        boolean fresh = !Files.isDirectory(home);
        Files.createDirectories(home);
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            Path jar = home.resolve(i + "-" + name(entry));
            jars.add(Files.isDirectory(entry) ? ClasspathJar.of(entry, jar) : ClasspathJar.copyOf(entry, jar));
        }
        CacheEntries.used(home);
        if (fresh) {
            kind.removeOthersThan(home);
        }
        return jars;
    }

    private static String name(Path entry) {
        String name = entry.getFileName() == null ? "classes" : entry.getFileName().toString();
        return name.endsWith(".jar") ? name : name + ".jar";
    }
}
