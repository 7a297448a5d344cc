package org.lessons.grader.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportedClassesTests {

    private static final String SLEEPER = """
            package demo;
            class Sleeper {
                static void nap() {
                    try { Thread.sleep(1); } catch (InterruptedException e) { }
                    System.exit(1);
                }
            }
            """;

    private static final String WAITER = """
            package demo;
            class Waiter {
                static void await(java.util.concurrent.CountDownLatch latch) throws InterruptedException {
                    latch.await();
                    new Thread(() -> { }).getThreadGroup();
                }
            }
            """;

    @TempDir
    Path directory;

    private Path compile(String name, String... sources) throws IOException {
        Path classes = Files.createDirectories(directory.resolve(name));
        Path src = Files.createDirectories(directory.resolve("src-" + name + "/demo"));
        List<String> arguments = new java.util.ArrayList<>(List.of("--release", "17", "-g", "-nowarn", "-d",
                classes.toString()));
        for (String source : sources) {
            String type = source.substring(source.indexOf("class ") + 6, source.indexOf(" {"));
            Path file = src.resolve(type + ".java");
            Files.writeString(file, source);
            arguments.add(file.toString());
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)))
                .as("fixture compiles").isZero();
        return classes;
    }

    @Test
    void eachTasksClassesInASharedImportGiveWhatTheirOwnImportGives() throws IOException {
        Path together = compile("together", SLEEPER, WAITER);
        ImportedClasses shared = ImportedClasses.of(together);

        assertThat(NoBlockingOnTheLoop.check(shared, List.of("demo.Sleeper")))
                .isEqualTo(NoBlockingOnTheLoop.check(compile("sleeper", SLEEPER)))
                .extracting(FoundCall::target).containsExactly("Thread.sleep");
        assertThat(NoBlockingOnTheLoop.check(shared, List.of("demo.Waiter")))
                .isEqualTo(NoBlockingOnTheLoop.check(compile("waiter", WAITER)))
                .extracting(FoundCall::target).containsExactly("CountDownLatch.await");
        assertThat(OnlyTheLessonsApi.check(shared, List.of("demo.Sleeper"), "demo"))
                .isEqualTo(OnlyTheLessonsApi.check(directory.resolve("sleeper"), "demo"))
                .extracting(ForbiddenUse::target).contains("java.lang.System.exit");
        assertThat(OnlyTheLessonsApi.check(shared, List.of("demo.Waiter"), "demo"))
                .isEqualTo(OnlyTheLessonsApi.check(directory.resolve("waiter"), "demo"))
                .extracting(ForbiddenUse::target).contains("java.lang.Thread.getThreadGroup")
                .doesNotContain("java.lang.System.exit");
    }

    @Test
    void aTaskWhoseClassesWereNotImportedIsAnErrorNotAPass() throws IOException {
        ImportedClasses shared = ImportedClasses.of(compile("together", SLEEPER));

        assertThatThrownBy(() -> NoBlockingOnTheLoop.check(shared, List.of("demo.Elsewhere")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("imported none");
    }
}
