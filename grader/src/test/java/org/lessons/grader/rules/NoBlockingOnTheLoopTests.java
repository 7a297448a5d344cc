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

class NoBlockingOnTheLoopTests {

    @TempDir
    Path directory;

    private List<FoundCall> check(String source) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src/demo"));
        Path file = sources.resolve("Task.java");
        Files.writeString(file, "package demo;\n" + source);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "--release", "17", "-g", "-d", classes.toString(), file.toString());
        assertThat(status).as("fixture compiles").isZero();
        return NoBlockingOnTheLoop.check(classes);
    }

    @Test
    void findsThreadSleepInsideALambda() throws IOException {
        List<FoundCall> calls = check("""
                import java.util.concurrent.CompletableFuture;
                class Task {
                    static CompletableFuture<Void> run() {
                        return CompletableFuture.completedFuture(null).thenRun(() -> {
                            try { Thread.sleep(5); } catch (InterruptedException e) { }
                        });
                    }
                }
                """);

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.target()).isEqualTo("Thread.sleep");
            assertThat(call.where()).isEqualTo("demo/Task.java:6");
        });
    }

    @Test
    void findsASleepHiddenInAHelperReachedThroughAMethodReference() throws IOException {
        List<FoundCall> calls = check("""
                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.TimeUnit;
                class Task {
                    static CompletableFuture<Long> run() {
                        return CompletableFuture.completedFuture(5L).thenApply(Task::nap);
                    }
                    private static long nap(long millis) {
                        try { TimeUnit.MILLISECONDS.sleep(millis); } catch (InterruptedException e) { }
                        return millis;
                    }
                }
                """);

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.target()).isEqualTo("TimeUnit.sleep");
            assertThat(call.origin()).isEqualTo("Task.nap");
        });
    }

    @Test
    void findsAMethodReferenceToABlockingMethodItself() throws IOException {
        List<FoundCall> calls = check("""
                import java.util.concurrent.locks.LockSupport;
                class Task {
                    static Runnable parker() {
                        return LockSupport::park;
                    }
                }
                """);

        assertThat(calls).extracting(FoundCall::target).containsExactly("LockSupport.park");
    }

    @Test
    void findsBlockingWaitsInAnonymousClasses() throws IOException {
        List<FoundCall> calls = check("""
                import java.util.concurrent.CountDownLatch;
                import java.util.function.Supplier;
                class Task {
                    static Supplier<String> run(CountDownLatch latch) {
                        Runnable sleeper = new Runnable() {
                            public void run() { try { Thread.sleep(1); } catch (InterruptedException e) { } }
                        };
                        return new Supplier<>() {
                            public String get() {
                                try { latch.await(); } catch (InterruptedException e) { }
                                return "done";
                            }
                        };
                    }
                }
                """);

        assertThat(calls).extracting(FoundCall::target)
                .containsExactlyInAnyOrder("Thread.sleep", "CountDownLatch.await");
    }

    @Test
    void leavesJoiningAGatheredFutureToTheRuntimeDetector() throws IOException {
        List<FoundCall> calls = check("""
                import java.util.List;
                import java.util.concurrent.CompletableFuture;
                class Task {
                    static CompletableFuture<List<String>> gather(List<CompletableFuture<String>> futures) {
                        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                                .thenApply(ignored -> futures.stream().map(CompletableFuture::join).toList());
                    }
                }
                """);

        assertThat(calls).isEmpty();
    }

    @Test
    void failsLoudlyWhenArchUnitImportsNoneOfTheClassFiles() throws IOException {
        Path classes = Files.createDirectories(directory.resolve("unreadable"));
        Files.write(classes.resolve("Task.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});

        assertThatThrownBy(() -> NoBlockingOnTheLoop.check(classes))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ArchUnit imported none of the 1 class files");
    }
}
