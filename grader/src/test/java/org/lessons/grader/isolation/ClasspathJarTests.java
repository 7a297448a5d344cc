package org.lessons.grader.isolation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClasspathJarTests {

    @Test
    void aDirectoryIsPackedWithItsPathsAsEntryNames(@TempDir Path directory) throws Exception {
        Path classes = Files.createDirectories(directory.resolve("classes/org/example"));
        Files.writeString(classes.resolve("Harness.class"), "bytes");

        Path jar = ClasspathJar.of(directory.resolve("classes"), directory.resolve("cache/classpath-0.jar"));

        try (JarFile packed = new JarFile(jar.toFile())) {
            assertThat(packed.getEntry("org/example/Harness.class")).isNotNull();
            assertThat(new String(packed.getInputStream(packed.getEntry("org/example/Harness.class")).readAllBytes()))
                    .isEqualTo("bytes");
        }
        assertThat(Files.list(jar.getParent())).containsExactly(jar);
    }

    @Test
    void onlyClassFilesArePackedSoTheGradersResourcesNeverReachAChild(@TempDir Path directory) throws Exception {
        Path classes = Files.createDirectories(directory.resolve("classes/org/example"));
        Files.writeString(classes.resolve("Harness.class"), "bytes");
        Path instructor = Files.createDirectories(directory.resolve("classes/instructor"));
        Files.writeString(instructor.resolve("explain-key.properties"), "1=B");

        Path jar = ClasspathJar.of(directory.resolve("classes"), directory.resolve("classpath-0.jar"));

        try (JarFile packed = new JarFile(jar.toFile())) {
            assertThat(packed.stream().map(entry -> entry.getName())).containsExactly("org/example/Harness.class");
        }
    }

    @Test
    void anExistingJarIsKeptAsItIsBecauseAnArchiveWasMadeWithIt(@TempDir Path directory) throws Exception {
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "bytes");
        Path jar = ClasspathJar.of(classes, directory.resolve("classpath-0.jar"));
        FileTime made = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(jar, made);

        ClasspathJar.of(classes, jar);

        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(made);
    }
}
