package org.lessons.grader.isolation;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.Scenario;
import org.lessons.grader.phases.PhaseClock;
import org.lessons.grader.phases.Ticker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox is really on: a child that tries to write into the project, reach the network, read the project or
 * the environment, or leave a process behind, fails to. These programs use what the allow-list of learner code
 * forbids, so they are run here straight in a child JVM, as if the allow-list had been slipped past.
 *
 * <p>Where bubblewrap cannot run, these tests are skipped, unless the {@code CI} environment variable is set:
 * CI ({@code .ci/run}) installs bubblewrap, so there a missing sandbox fails them.
 */
class SandboxTests {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    /** The project's root: the sandbox must neither see it nor write into it. */
    private static final Path PROJECT = Path.of(System.getProperty("lesson.root", "..")).toAbsolutePath().normalize();

    private final Sandbox sandbox = Bubblewrap.detect();
    private Path classes;
    private ServerSocket server;

    @BeforeEach
    void needsTheSandbox() throws IOException {
        boolean ci = !System.getenv().getOrDefault("CI", "").isBlank();
        if (ci && !sandbox.confines()) {
            fail("CI must run the sandbox, and this machine cannot: " + sandbox.description());
        }
        assumeTrue(sandbox.confines(), sandbox.description());
        // Under the build's target directory, which others may read, so that the throwaway user id is used as in a
        // grading, rather than a temporary directory that only its owner can read.
        classes = Files.createDirectories(Path.of("target", "sandbox-tests", UUID.randomUUID().toString())
                .toAbsolutePath());
        server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        server.setSoTimeout(300);
    }

    @AfterEach
    void closeTheServer() throws IOException {
        if (server != null) {
            server.close();
        }
        if (classes != null) {
            WorkDirectory.wipe(classes);
        }
    }

    private ChildRun run(String body) throws IOException {
        ChildRun run = attempt(body);
        assertThat(run.ending()).as(run.stderrTail()).isInstanceOf(RunEnding.Returned.class);
        return run;
    }

    private ChildRun attempt(String body) throws IOException {
        Path source = classes.resolve("src/asyncbasics/Escape.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package asyncbasics;
                import java.nio.file.*;
                public class Escape {
                    public static void main(String[] args) throws Exception {
                        %s
                    }
                    static void attempt(String what, java.util.concurrent.Callable<Object> action) {
                        try {
                            System.out.println(what + ": " + action.call());
                        } catch (Throwable e) {
                            System.out.println(what + ": refused (" + e.getClass().getSimpleName() + ")");
                        }
                    }
                }
                """.formatted(body));
        Path out = Files.createDirectories(classes.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                out.toString(), source.toString());
        assertThat(status).isZero();
        ChildJvm jvm = ChildJvm.forThisJvm(Duration.ofMillis(100), classes.resolve("work"),
                new PhaseClock(Ticker.system()), sandbox, Optional.empty());
        return jvm.run(new Scenario("asyncbasics.Escape", "main", Scenario.Call.MAIN, null,
                List.of("asyncbasics.Escape")), out, LIMIT);
    }

    private static List<String> printed(ChildRun run) {
        return run.out().stream().map(ChildEvent.Line::text).toList();
    }

    @Test
    void aChildCannotWriteIntoTheProjectNorSeeIt() throws IOException {
        Path planted = PROJECT.resolve("grader/target/planted-" + UUID.randomUUID() + ".txt");

        ChildRun run = run("""
                attempt("write", () -> Files.writeString(Path.of("%s"), "forged"));
                attempt("sees the project", () -> Files.exists(Path.of("%s")));
                attempt("sees the home directory", () -> Files.exists(Path.of("/root")) || Files.exists(Path.of("/home")));
                attempt("writes its own /tmp", () -> Files.writeString(Path.of("/tmp/mine.txt"), "ok") != null);
                """.formatted(planted, PROJECT.resolve("pom.xml")));

        assertThat(planted).as("the file, on this machine").doesNotExist();
        assertThat(printed(run)).hasSize(4);
        if (!PROJECT.startsWith("/tmp")) {
            // Under /tmp, the project's path lies in the child's own /tmp, where a write lands and is gone with it.
            assertThat(printed(run).get(0)).startsWith("write: refused");
        }
        assertThat(printed(run).subList(1, 4)).containsExactly("sees the project: false",
                "sees the home directory: false", "writes its own /tmp: true");
    }

    @Test
    void aChildHasNoTerminalToTypeIntoAndNoDeviceToFill() throws IOException {
        ChildRun run = run("""
                attempt("terminal", () -> Files.exists(Path.of("/dev/tty")) || Files.exists(Path.of("/dev/pts")));
                attempt("write in /dev", () -> Files.writeString(Path.of("/dev/filler"), "x") != null);
                attempt("random", () -> new java.security.SecureRandom().nextInt() != 0 || true);
                """);

        assertThat(printed(run)).hasSize(3);
        assertThat(printed(run).get(0)).isEqualTo("terminal: false");
        assertThat(printed(run).get(1)).startsWith("write in /dev: refused");
        assertThat(printed(run).get(2)).isEqualTo("random: true");
    }

    @Test
    void aChildsOnlyWritablePlaceIsCapped() throws IOException {
        ChildRun run = run("""
                attempt("fill /tmp", () -> {
                    byte[] megabyte = new byte[1 << 20];
                    try (var out = Files.newOutputStream(Path.of("/tmp/big"))) {
                        for (int i = 0; i < 1024; i++) {
                            out.write(megabyte);
                        }
                    }
                    return "wrote a gigabyte";
                });
                """);

        assertThat(printed(run)).containsExactly("fill /tmp: refused (IOException)");
    }

    @Test
    void aChildCannotStartThreadsWithoutEnd() throws IOException {
        // As root, the kernel caps only a throwaway user id's processes, which needs files others may read.
        assumeTrue(((Bubblewrap) sandbox).capsTasksFor(List.of(classes)), "the grader runs as root in a directory "
                + "others cannot read: the sandbox runs as root, whose processes the kernel does not cap");
        ChildRun run = attempt("""
                int started = 0;
                try {
                    for (; started < 5_000; started++) {
                        Thread thread = new Thread(() -> {
                            try {
                                Thread.sleep(60_000);
                            } catch (InterruptedException e) {
                                return;
                            }
                        });
                        thread.setDaemon(true);
                        thread.start();
                    }
                } catch (Throwable e) {
                    System.out.println("stopped after " + started);
                }
                System.out.println("started " + started);
                """);

        // The cap stops it: the JVM either ends (out of memory: unable to create a thread) or says so.
        assertThat(printed(run)).doesNotContain("started 5000");
        assertThat(run.ending() instanceof RunEnding.OutOfMemory || run.ending() instanceof RunEnding.Halted
                || printed(run).stream().anyMatch(line -> line.startsWith("stopped after"))).isTrue();
    }

    @Test
    void aChildCannotReachTheNetworkEvenOnThisMachine() throws IOException {
        ChildRun run = run("""
                attempt("connect", () -> { new java.net.Socket("127.0.0.1", %d).close(); return "connected"; });
                """.formatted(server.getLocalPort()));

        assertThat(printed(run)).containsExactly("connect: refused (ConnectException)");
        try {
            server.accept().close();
            fail("the sandboxed child reached a server on this machine");
        } catch (SocketTimeoutException expected) {
            // nobody came
        }
    }

    @Test
    void noProcessAChildStartsOutlivesIt() throws IOException {
        String marker = "4" + (System.nanoTime() % 100_000) + ".25";

        ChildRun run = run("""
                attempt("fork", () -> new ProcessBuilder("/bin/sh", "-c", "(sleep %s &) ; exit 0").start().waitFor());
                attempt("environment", () -> System.getenv().size());
                """.formatted(marker));

        assertThat(printed(run)).containsExactly("fork: 0", "environment: 0");
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(marker))
                .peek(ProcessHandle::destroyForcibly)
                .toList()).as("processes left behind").isEmpty();
    }

    @Test
    void aChildCannotLoadTheModulesThatReachIntoOtherJvms() throws IOException {
        ChildRun run = run("""
                for (String module : new String[] {"jdk.attach", "jdk.management", "jdk.unsupported", "jdk.compiler",
                        "java.instrument"}) {
                    attempt(module, () -> ModuleLayer.boot().findModule(module).isPresent());
                }
                attempt("Unsafe", () -> Class.forName("sun.misc.Unsafe"));
                """);

        assertThat(printed(run)).containsExactly("jdk.attach: false", "jdk.management: false",
                "jdk.unsupported: false", "jdk.compiler: false", "java.instrument: false",
                "Unsafe: refused (ClassNotFoundException)");
    }
}
