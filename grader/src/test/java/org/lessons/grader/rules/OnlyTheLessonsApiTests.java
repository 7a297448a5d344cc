package org.lessons.grader.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.rules.ForbiddenUse.Kind;
import org.lessons.grader.rules.ForbiddenUse.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OnlyTheLessonsApiTests {

    @TempDir
    Path directory;

    /** Compiles {@code source} as {@code demo/Task.java} (with the kit on the class path) and checks it. */
    private List<ForbiddenUse> check(String source) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src/demo"));
        Path file = sources.resolve("Task.java");
        Files.writeString(file, "package demo;\n" + source);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        String kit = Path.of(org.lessons.kit.EventLoop.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-proc:none",
                "-nowarn", "-g", "-classpath", kit, "-d", classes.toString(), file.toString());
        assertThat(status).as("fixture compiles").isZero();
        return OnlyTheLessonsApi.check(classes, "demo");
    }

    @Test
    void acceptsWhatTheCompilerMakesOfLambdasRecordsEnumsSwitchesAndStringConcatenation() throws IOException {
        List<ForbiddenUse> uses = check("""
                import java.io.Serializable;
                import java.math.BigDecimal;
                import java.text.NumberFormat;
                import java.time.Duration;
                import java.util.List;
                import java.util.Locale;
                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.atomic.AtomicInteger;
                import java.util.function.Supplier;
                import java.util.stream.Collectors;
                import org.lessons.kit.EventLoop;
                import org.lessons.kit.Job;
                class Task {
                    enum Colour { RED, GREEN }
                    record Result(String name, double seconds) implements Serializable { }
                    static CompletableFuture<List<String>> run(List<Job> jobs, Colour colour) {
                        assert jobs != null;
                        AtomicInteger count = new AtomicInteger();
                        String kind = switch (colour) { case RED -> "r"; case GREEN -> "g"; };
                        switch (kind) { case "r" -> count.incrementAndGet(); default -> count.decrementAndGet(); }
                        Supplier<String> name = () -> new Result("A", 1).toString() + kind + count.get();
                        Object some = name;
                        if (some instanceof Supplier<?> supplier && supplier.get().hashCode() == new Result("A", 1).hashCode()) {
                            System.err.println(Task.class.getSimpleName() + some.getClass().getName());
                        }
                        System.out.printf(Locale.ROOT, "%s %s %s%n", BigDecimal.ONE, Duration.ofSeconds(2),
                                NumberFormat.getInstance(Locale.ROOT).format(1.5));
                        Runnable anonymous = new Runnable() { public void run() { System.out.println(Colour.valueOf("RED")); } };
                        anonymous.run();
                        Thread helper = new Thread(() -> System.out.println(Thread.currentThread().getName()));
                        helper.setDaemon(true);
                        helper.start();
                        return EventLoop.sleep(1).thenApply(ignored -> jobs.stream().map(Job::name)
                                .map(String::toUpperCase).collect(Collectors.toList()));
                    }
                }
                """);

        assertThat(uses).isEmpty();
    }

    @Test
    void findsAFieldReadByReflectionInsideALambdaAtItsLine() throws IOException {
        List<ForbiddenUse> uses = check("""
                import java.util.function.Supplier;
                class Task {
                    static Supplier<Object> steal(Object channel) {
                        return () -> {
                            try {
                                java.lang.reflect.Field token = channel.getClass().getDeclaredField("token");
                                token.setAccessible(true);
                                return token.get(channel);
                            } catch (ReflectiveOperationException e) {
                                return null;
                            }
                        };
                    }
                }
                """);

        assertThat(uses).extracting(ForbiddenUse::kind, ForbiddenUse::target, ForbiddenUse::where, ForbiddenUse::reason)
                .containsExactly(
                        tuple(Kind.CALL, "java.lang.Class.getDeclaredField", "demo/Task.java:7", Reason.REFLECTION),
                        tuple(Kind.CALL, "java.lang.reflect.Field.setAccessible", "demo/Task.java:8", Reason.REFLECTION),
                        tuple(Kind.CALL, "java.lang.reflect.Field.get", "demo/Task.java:9", Reason.REFLECTION));
    }

    @Test
    void findsEveryDirectClockReadButNotLessonTime() throws IOException {
        List<ForbiddenUse> uses = check("""
                import java.time.*;
                class Task {
                    static Object[] times() {
                        Object nanos = System.nanoTime();
                        Object millis = System.currentTimeMillis();
                        Object instant = Instant.now();
                        Object local = LocalDateTime.now();
                        Object clock = Clock.systemUTC();
                        Object date = new java.util.Date();
                        Object lessonTime = org.lessons.kit.EventLoop.time();
                        Object fixed = Instant.ofEpochSecond(3);
                        return new Object[] {nanos, millis, instant, local, clock, date, lessonTime, fixed};
                    }
                }
                """);

        assertThat(uses).extracting(ForbiddenUse::target, ForbiddenUse::reason).containsExactly(
                tuple("java.lang.System.nanoTime", Reason.CLOCK),
                tuple("java.lang.System.currentTimeMillis", Reason.CLOCK),
                tuple("java.time.Instant.now", Reason.CLOCK),
                tuple("java.time.LocalDateTime.now", Reason.CLOCK),
                tuple("java.time.Clock.systemUTC", Reason.CLOCK),
                tuple("java.util.Date", Reason.CLOCK));
    }

    @Test
    void findsWhatEndsOrChangesTheJvmAndWhatStartsProcesses() throws IOException {
        List<ForbiddenUse> uses = check("""
                class Task {
                    static void escape() throws Exception {
                        System.setErr(System.out);
                        System.exit(3);
                        Runtime.getRuntime().halt(7);
                        new ProcessBuilder("sh", "-c", "sleep 100 &").start();
                        ProcessHandle.current().pid();
                        System.setProperty("lesson.clock", "real");
                        System.getenv("HOME");
                    }
                }
                """);

        assertThat(uses).extracting(ForbiddenUse::target, ForbiddenUse::reason).containsExactly(
                tuple("java.lang.System.setErr", Reason.JVM_CONTROL),
                tuple("java.lang.System.exit", Reason.JVM_CONTROL),
                tuple("java.lang.Runtime.getRuntime", Reason.JVM_CONTROL),
                tuple("java.lang.ProcessBuilder.start", Reason.PROCESSES),
                tuple("java.lang.ProcessHandle.current", Reason.PROCESSES),
                tuple("java.lang.System.setProperty", Reason.JVM_CONTROL),
                tuple("java.lang.System.getenv", Reason.JVM_CONTROL));
    }

    @Test
    void allowsPrintingThroughSystemOutButNoFileOrRawStream() throws IOException {
        List<ForbiddenUse> uses = check("""
                import java.io.*;
                class Task {
                    static void print() throws IOException {
                        PrintStream out = System.out;
                        out.println("fine");
                        System.err.printf("%d%n", 1);
                        System.out.flush();
                        new PrintStream(new FileOutputStream(FileDescriptor.out)).println("raw");
                        java.nio.file.Files.writeString(java.nio.file.Path.of("grade.json"), "{}");
                        System.out.close();
                        System.in.read();
                    }
                }
                """);

        assertThat(uses).extracting(ForbiddenUse::kind, ForbiddenUse::target, ForbiddenUse::where).containsExactly(
                tuple(Kind.CONSTRUCTOR, "java.io.FileOutputStream", "demo/Task.java:9"),
                tuple(Kind.CALL, "java.nio.file.Files.writeString", "demo/Task.java:10"),
                tuple(Kind.CALL, "java.io.PrintStream.close", "demo/Task.java:11"),
                tuple(Kind.CALL, "java.io.InputStream.read", "demo/Task.java:12"),
                tuple(Kind.TYPE, "java.io.IOException", "demo/Task.java"));
        assertThat(uses).extracting(ForbiddenUse::reason).containsOnly(Reason.FILES_AND_STREAMS);
    }

    @Test
    void findsAForbiddenMethodThatALearnersClassInheritsFromThePlatform() throws IOException {
        List<ForbiddenUse> uses = check("""
                class Task extends Thread {
                    @Override
                    public void run() {
                        stop();
                    }
                }
                """);

        assertThat(uses).extracting(ForbiddenUse::target, ForbiddenUse::where, ForbiddenUse::reason)
                .containsExactly(tuple("java.lang.Thread.stop", "demo/Task.java:5", Reason.OTHER_THREADS));
    }

    @Test
    void findsOtherThreadsJvmInternalsAndPackagesTheLessonDoesNotNeed() throws IOException {
        List<ForbiddenUse> uses = check("""
                class Task {
                    static Object[] reach() throws Exception {
                        Object stacks = Thread.getAllStackTraces();
                        Object group = Thread.currentThread().getThreadGroup();
                        Object runtime = java.lang.management.ManagementFactory.getRuntimeMXBean();
                        Object unsafe = sun.misc.Unsafe.class;
                        Object uri = java.net.URI.create("http://example.org");
                        Object loader = Thread.currentThread().getContextClassLoader();
                        return new Object[] {stacks, group, runtime, unsafe, uri, loader};
                    }
                }
                """);

        assertThat(uses).extracting(ForbiddenUse::target, ForbiddenUse::reason).containsExactly(
                tuple("java.lang.Thread.getAllStackTraces", Reason.OTHER_THREADS),
                tuple("java.lang.Thread.getThreadGroup", Reason.OTHER_THREADS),
                tuple("java.lang.management.ManagementFactory.getRuntimeMXBean", Reason.JVM_INTERNALS),
                tuple("sun.misc.Unsafe", Reason.JVM_INTERNALS),
                tuple("java.net.URI.create", Reason.NOT_IN_LESSON),
                tuple("java.lang.Thread.getContextClassLoader", Reason.CLASS_LOADING));
    }

    @Test
    void aCallOfAnAllowedClassWithAParameterOfAForbiddenTypeIsForbiddenToo() throws IOException {
        List<ForbiddenUse> uses = check("""
                class Task {
                    static Object trace(Throwable failure) {
                        failure.printStackTrace((java.io.PrintWriter) null);
                        return Thread.currentThread().getStackTrace();
                    }
                }
                """);

        assertThat(uses).extracting(ForbiddenUse::target, ForbiddenUse::where, ForbiddenUse::reason).containsExactly(
                tuple("java.lang.Throwable.printStackTrace", "demo/Task.java:4", Reason.FILES_AND_STREAMS));
    }
}
