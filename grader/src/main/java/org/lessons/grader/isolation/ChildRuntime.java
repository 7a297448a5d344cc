package org.lessons.grader.isolation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.spi.ToolProvider;

/**
 * The Java runtime that child JVMs run on: an image linked from the grader's JDK with only the modules
 * that the harness and the kit need ({@link #MODULES}). {@code jdk.attach}, {@code jdk.management},
 * {@code jdk.unsupported} ({@code sun.misc.Unsafe}), {@code jdk.compiler} and {@code java.instrument}
 * are not in it, so no code in a child can load them, however it tries.
 *
 * <p>The image is linked once per JDK with {@code jlink} and cached; it keeps the JDK's default class-data
 * archive, so a child starts as fast as on the full JDK. Where {@code jlink} cannot link one, children run on
 * the grader's own JDK with {@code --limit-modules}, which hides the same modules but starts slower (the
 * JVM then maps no class-data archive).
 *
 * @param javaExecutable the {@code java} launcher of the image, or of the grader's JDK
 * @param options JVM options that the runtime needs ({@code --limit-modules} on the grader's JDK)
 * @param home the runtime's home directory, which a sandbox must make visible
 */
record ChildRuntime(Path javaExecutable, List<String> options, Path home) {

    /** What children may load: the kit's clock reads thread CPU times, the harness records with JFR. */
    static final List<String> MODULES = List.of("java.base", "java.management", "jdk.jfr");

    ChildRuntime {
        options = List.copyOf(options);
    }

    /** The runtime for children of the JDK whose launcher is {@code jdkJava}, linked into {@code cache} if need be. */
    static ChildRuntime prepare(Path jdkJava, Path cache) {
        Path jdkHome = jdkJava.toAbsolutePath().getParent().getParent();
        ChildRuntime limited = new ChildRuntime(jdkJava, List.of("--limit-modules", String.join(",", MODULES)), jdkHome);
        try {
            return linked(jdkJava, cache).orElse(limited);
        } catch (IOException | RuntimeException e) {
            return limited;
        }
    }

    private static Optional<ChildRuntime> linked(Path jdkJava, Path cache) throws IOException {
        CacheEntries kind = new CacheEntries(cache, "runtime-");
        Path image = cache.resolve(kind.prefix() + ArchiveKey.of(jdkJava, MODULES, List.of()).hex());
        Path java = image.resolve("bin").resolve(jdkJava.getFileName());
        if (Files.isExecutable(java)) {
            CacheEntries.used(image);
            return Optional.of(new ChildRuntime(java, List.of(), image));
        }
        Path jlinkTool = jdkJava.toAbsolutePath().getParent().resolve("jlink");
        Optional<ToolProvider> jlink = ToolProvider.findFirst("jlink");
        if (!Files.isExecutable(jlinkTool) && jlink.isEmpty()) {
            return Optional.empty();
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempDirectory(cache, "runtime-partial-");
        try {
            Path output = partial.resolve("image");
            List<String> arguments = List.of("--add-modules", String.join(",", MODULES), "--output", output.toString(),
                    "--strip-debug", "--no-header-files", "--no-man-pages", "--generate-cds-archive");
            int status = Files.isExecutable(jlinkTool) ? linkApart(jlinkTool, arguments, partial.resolve("jlink.log"))
                    : jlink.get().run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                            arguments.toArray(String[]::new));
            Path linkedJava = output.resolve("bin").resolve(jdkJava.getFileName());
            if (status != 0 || !Files.isExecutable(linkedJava)) {
                return Optional.empty();
            }
            try {
                Files.move(output, image, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isExecutable(java)) {
                    throw e;
                }
                // another grading linked the same image first: use theirs
            }
            kind.removeOthersThan(image);
            return Optional.of(new ChildRuntime(java, List.of(), image));
        } finally {
            WorkDirectory.wipe(partial);
        }
    }

    /**
     * Runs the JDK's {@code jlink} as a process of its own, its output into {@code log}: the class-data archive it
     * makes comes from a JVM that it starts, which in the grader's own process would print that JVM's warnings (on
     * JDK 25, a page of "[cds] Preload Warning" for the classes the image leaves out) into the grade's output.
     *
     * @return jlink's exit status; -1 when it did not end within {@link #LINK_LIMIT}
     */
    private static int linkApart(Path jlinkTool, List<String> arguments, Path log) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(jlinkTool.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(LINK_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    /** How long linking the image may take before children run on the grader's JDK instead. */
    private static final java.time.Duration LINK_LIMIT = java.time.Duration.ofMinutes(3);
}
