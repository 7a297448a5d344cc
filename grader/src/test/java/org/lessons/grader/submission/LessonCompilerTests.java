package org.lessons.grader.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LessonCompilerTests {

    @TempDir
    Path directory;

    private Path sources() throws IOException {
        return Files.createDirectories(directory.resolve("src"));
    }

    private void write(String file, String text) throws IOException {
        Path path = directory.resolve("src").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private Optional<LessonCompiler.CompiledTogether> compileTogether(String... files) throws IOException {
        return new LessonCompiler(sources(), List.of()).compile(List.of(files), directory.resolve("together"));
    }

    private Compilation compileAlone(String file, String task) throws IOException {
        return new TaskCompiler(sources(), List.of(), new SourceLocator(sources(), directory))
                .compile(file, directory.resolve("alone").resolve(task));
    }

    @Test
    void eachTaskGetsExactlyTheClassesItsOwnCompilationWouldHave() throws IOException {
        write("les/A.java", """
                package les;
                // Mentions B only in a comment, and in a string: "B"
                class A { Runnable r = () -> { }; class Inner { } static String b() { return "B"; } }
                """);
        write("les/B.java", """
                package les;
                /** Not {@link A}. */
                class B { Object o = new Object() { }; }
                class Extra { }
                """);

        LessonCompiler.CompiledTogether together = compileTogether("les/A.java", "les/B.java", "les/Missing.java")
                .orElseThrow();

        for (String task : List.of("A", "B")) {
            Compilation alone = compileAlone("les/" + task + ".java", task);
            Compilation copied = together.copyOf("les/" + task + ".java", directory.resolve("copied").resolve(task));
            assertThat(copied.succeeded()).isTrue();
            assertThat(copied.classNames()).isEqualTo(alone.classNames());
            for (String name : alone.classNames()) {
                String file = name.replace('.', '/') + ".class";
                assertThat(copied.classes().resolve(file)).hasSameBinaryContentAs(alone.classes().resolve(file));
            }
        }
        assertThat(together.compiled("les/Missing.java")).isFalse();
    }

    @Test
    void aCompileErrorInOneFileLeavesOnlyThatFileToItsOwnCompilation() throws IOException {
        write("les/A.java", "package les;\nclass A { }\n");
        write("les/B.java", "package les;\nclass B { int x = ; }\n");
        write("les/C.java", "package les;\nclass C { }\n");

        LessonCompiler.CompiledTogether together = compileTogether("les/A.java", "les/B.java", "les/C.java")
                .orElseThrow();

        assertThat(together.compiled("les/A.java")).isTrue();
        assertThat(together.compiled("les/C.java")).isTrue();
        assertThat(together.compiled("les/B.java")).isFalse();
        assertThat(compileAlone("les/B.java", "B").errors()).singleElement()
                .satisfies(error -> assertThat(error.where()).endsWith("les/B.java:2"));
    }

    @Test
    void aCompileErrorLeavingOneFileLeavesThatFileToItsOwnCompilationToo() throws IOException {
        write("les/A.java", "package les;\nclass A { }\n");
        write("les/B.java", "package les;\nclass B { int x = ; }\n");

        assertThat(compileTogether("les/A.java", "les/B.java")).isEmpty();
        assertThat(compileAlone("les/A.java", "A").succeeded()).isTrue();
    }

    @Test
    void aFileThatUsesABrokenFilesTypeIsLeftToItsOwnCompilation() throws IOException {
        write("les/A.java", "package les;\nclass A { B b; }\n");
        write("les/B.java", "package les;\nclass B { int x = ; }\n");
        write("les/C.java", "package les;\nclass C { }\n");

        assertThat(compileTogether("les/A.java", "les/B.java", "les/C.java")).isEmpty();
        assertThat(compileAlone("les/A.java", "A").succeeded()).isFalse();
    }

    @Test
    void aFileThatNamesAnotherFilesTypeIsLeftToItsOwnCompilation() throws IOException {
        write("les/A.java", "package les;\nclass A { Object helper = new Helper(); }\n");
        write("les/B.java", "package les;\nclass B { }\n");
        write("les/Helper.java", "package les;\nclass Helper { }\n");

        assertThat(compileTogether("les/A.java", "les/B.java")).isEmpty();
        assertThat(compileAlone("les/A.java", "A").classNames()).containsExactly("les.A", "les.Helper");
    }

    @Test
    void aTypeDeclaredBesideAnotherTaskCountsAsThatFilesType() throws IOException {
        // Compiled alone, A cannot find Shared (javac looks for it in Shared.java); compiled together it could.
        write("les/A.java", "package les;\nclass A { Shared shared; }\n");
        write("les/B.java", "package les;\nclass B { }\nclass Shared { }\n");

        assertThat(compileTogether("les/A.java", "les/B.java")).isEmpty();
        assertThat(compileAlone("les/A.java", "A").succeeded()).isFalse();
    }

    @Test
    void aUnicodeEscapeThatCouldSpellANameLeavesEveryTaskToItsOwnCompilation() throws IOException {
        write("les/A.java", "package les;\nclass A { Object b = new \\u0042(); }\n");
        write("les/B.java", "package les;\nclass B { }\n");

        assertThat(compileTogether("les/A.java", "les/B.java")).isEmpty();
    }

    @Test
    void wordsLeaveOutCommentsStringsCharactersAndTextBlocks() {
        String code = """
                class A { // B here
                    /* C here */ String s = "D \\" E"; char c = '\\''; String t = \"""
                        F
                        \""";
                    G g;
                }
                """;

        assertThat(CodeWords.of(code)).contains("A", "String", "s", "c", "t", "G", "g")
                .doesNotContain("B", "C", "D", "E", "F");
    }
}
