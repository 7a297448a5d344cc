package org.lessons.grader.courses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.lessons.grader.checks.GradingFixture;

/**
 * One run of a course script under {@code scripts/}, as an instructor or a platform runs it: with bash, in its own
 * working directory, with the environment given and the grader of this build on {@code GRADER_CLASSPATH}.
 *
 * @param exitCode the script's exit code
 * @param output what it printed on stdout and stderr, interleaved
 */
record Script(int exitCode, String output) {

    private static final Duration LIMIT = Duration.ofMinutes(4);

    /** Runs {@code scripts/<name>} with {@code arguments} in {@code directory}, its output kept in a file there. */
    static Script run(String name, Path directory, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", GradingFixture.root().resolve("scripts").resolve(name)
                .toString()));
        command.addAll(List.of(arguments));
        return command(command, directory, environment);
    }

    /** Runs {@code command} in {@code directory}, as {@link #run} runs a script. */
    static Script command(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        String name = command.get(command.size() > 1 && command.get(0).equals("bash") ? 1 : 0);
        Path log = Files.createTempFile(directory, "script-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("CI");
        builder.environment().remove("GITHUB_ACTIONS");
        builder.environment().remove("GITHUB_STEP_SUMMARY");
        builder.environment().put("GRADER_CLASSPATH", graderClasspath());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError(name + " did not end within " + LIMIT + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Script(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** This build's grader, kit and their libraries: the classpath of the JVM running the tests. */
    static String graderClasspath() {
        return System.getProperty("java.class.path");
    }
}
