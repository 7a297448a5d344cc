package org.lessons.grader.isolation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveKeyTests {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final List<String> OPTIONS = List.of("-Xmx192m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path directory;
    private Path classes;
    private Path jar;

    @BeforeEach
    void classpath() throws Exception {
        classes = Files.createDirectories(directory.resolve("classes/org/example")).getParent().getParent();
        Files.writeString(classes.resolve("org/example/Harness.class"), "version 1");
        jar = Files.writeString(directory.resolve("library.jar"), "a jar");
    }

    private ArchiveKey key() {
        return ArchiveKey.of(JAVA, OPTIONS, List.of(classes, jar));
    }

    @Test
    void theSameJdkOptionsAndClasspathGiveTheSameKey() {
        assertThat(key()).isEqualTo(key());
        assertThat(key().hex()).matches("[0-9a-f]{24}");
    }

    @Test
    void aChangedClassInAClasspathDirectoryGivesAnotherKey() throws Exception {
        ArchiveKey before = key();
        Files.writeString(classes.resolve("org/example/Harness.class"), "version 2, longer");

        assertThat(key()).isNotEqualTo(before);
    }

    @Test
    void aRebuiltJarOfTheSameSizeGivesAnotherKey() throws Exception {
        ArchiveKey before = key();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));

        assertThat(key()).isNotEqualTo(before);
    }

    @Test
    void otherJvmOptionsGiveAnotherKey() {
        assertThat(ArchiveKey.of(JAVA, List.of("-Xmx192m"), List.of(classes, jar))).isNotEqualTo(key());
    }

    @Test
    void anotherClasspathOrderGivesAnotherKey() {
        assertThat(ArchiveKey.of(JAVA, OPTIONS, List.of(jar, classes))).isNotEqualTo(key());
    }
}
