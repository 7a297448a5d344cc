package org.lessons.grader.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lessons.grader.phases.Phase;
import org.lessons.grader.phases.PhaseClock;

/**
 * The class-data sharing archive of what every child JVM loads (the harness, the kit, Jackson): made once
 * per JDK, JVM options and classpath by a training run of the harness, cached under an {@link ArchiveKey},
 * and mapped by every later child instead of loading and verifying those classes again. The learner's
 * classes are never in it; they are loaded and verified as before.
 *
 * <p>Whatever goes wrong while making it, children start without it, exactly as they would otherwise,
 * and nothing is printed. A JDK that refuses to make one is remembered in the cache, so that the next
 * grading does not try again.
 */
final class ClassDataArchive {

    /** How long the training run may take; it needs well under a second. */
    private static final Duration TRAINING_LIMIT = Duration.ofSeconds(60);

    private static final String ARCHIVE = "child.jsa";
    private static final String REFUSED = "refused.txt";

    /** One run of the harness with the given launch settings, finished normally or not. */
    @FunctionalInterface
    interface Training {
        boolean finished(ChildLaunch launch, Duration limit);
    }

    private final Path javaExecutable;
    private final List<String> vmOptions;
    private final List<Path> harnessClasspath;
    private final Path cacheDirectory;
    private final PhaseClock clock;
    private ChildLaunch launch;

    /**
     * @param vmOptions the JVM options every child gets; an archive is made with them and used only with them
     * @param cacheDirectory where archives are kept, one directory per key
     */
    ClassDataArchive(Path javaExecutable, List<String> vmOptions, List<Path> harnessClasspath, Path cacheDirectory,
                     PhaseClock clock) {
        this.javaExecutable = javaExecutable;
        this.vmOptions = List.copyOf(vmOptions);
        this.harnessClasspath = List.copyOf(harnessClasspath);
        this.cacheDirectory = cacheDirectory;
        this.clock = clock;
    }

    /**
     * How to start children: with the archive when there is one or it can be made now (by {@code training}),
     * otherwise with the harness's classpath as it is. Decided once; callers meanwhile wait.
     */
    synchronized ChildLaunch launch(Training training) {
        if (launch == null) {
            launch = clock.time(Phase.CLASS_ARCHIVE, () -> find(training));
        }
        return launch;
    }

    private ChildLaunch find(Training training) {
        ChildLaunch plain = ChildLaunch.plain(harnessClasspath);
        try {
            Path home = cacheDirectory.resolve(ArchiveKey.of(javaExecutable, vmOptions, harnessClasspath).hex());
            if (Files.exists(home.resolve(REFUSED))) {
                return plain;
            }
            Files.createDirectories(home);
            ChildLaunch packed = ChildLaunch.plain(jars(home));
            Path archive = home.resolve(ARCHIVE);
            if (!Files.isRegularFile(archive) && !create(training, packed, home)) {
                return plain;
            }
            CacheEntries.used(home);
            // -Xshare:auto: an archive the JVM cannot map after all is skipped, never fatal; -Xlog:disable keeps
            // its warning (and any other) out of the child's streams.
            return packed.with(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:disable"), archive);
        } catch (IOException | RuntimeException e) {
            // No archive this time (an unwritable cache, a child that could not start): children start as before.
            return plain;
        }
    }

    /** The harness's classpath with every directory packed into a jar of its own under {@code home}. */
    private List<Path> jars(Path home) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < harnessClasspath.size(); i++) {
            Path entry = harnessClasspath.get(i);
            jars.add(Files.isDirectory(entry) ? ClasspathJar.of(entry, home.resolve("classpath-" + i + ".jar")) : entry);
        }
        return jars;
    }

    /** Makes the archive with a training run, checks that the JVM accepts it, and moves it into place. */
    private boolean create(Training training, ChildLaunch packed, Path home) throws IOException {
        Path made = Files.createTempFile(home, "child-", ".jsa.tmp");
        try {
            Files.delete(made);
            boolean finished = training.finished(packed.with(List.of("-XX:ArchiveClassesAtExit=" + made, "-Xlog:disable")),
                    TRAINING_LIMIT);
            if (!finished) {
                return false;
            }
            if (!Files.isRegularFile(made) || Files.size(made) == 0 || !accepted(packed, made)) {
                Files.writeString(home.resolve(REFUSED), "This JDK made no class-data archive that it accepts; "
                        + "child JVMs start without one. Delete this directory to try again.\n");
                return false;
            }
            Files.move(WorldReadable.file(made), home.resolve(ARCHIVE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            new CacheEntries(cacheDirectory, "").removeOthersThan(home);
            return true;
        } finally {
            Files.deleteIfExists(made);
        }
    }

    /** Whether a JVM with the children's options maps the archive; {@code -Xshare:on} makes a refusal fatal. */
    private boolean accepted(ChildLaunch packed, Path archive) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(vmOptions);
        command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:disable", "-cp",
                String.join(java.io.File.pathSeparator, packed.harnessClasspath().stream().map(Path::toString).toList()),
                "-version"));
        Process check = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!check.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                check.destroyForcibly();
                return false;
            }
            return check.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            check.destroyForcibly();
            return false;
        }
    }
}
