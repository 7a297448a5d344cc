package org.lessons.grader.observe;

import java.util.List;
import java.util.Objects;
import org.lessons.kit.Job;

/**
 * One run of learner code that the grader asks a child JVM to make.
 *
 * @param className the learner's class, such as {@code asyncbasics.Run}
 * @param method the static method to call; for {@link Call#ON_LOOP}, several may be named with commas:
 *     each then runs on its own loop under a "--- method ---" header, and the value holds one string per call
 * @param call how to call it
 * @param jobs the task list passed to it, for {@link Call#ON_LOOP} and {@link Call#DIRECT} calls with jobs
 * @param learnerClasses every class compiled from the learner's files: frames of these are "your code"
 * @param lateness lesson seconds past its deadline that every jump of the virtual clock lands (0: none), as on a
 *     slow machine, so that measured totals and the durations' sum or maximum differ
 * @param recordsBlocking whether the flight recorder records every blocking call of the loop thread in this run
 *     (it costs about half a CPU-second, so only runs that a runtime blocking check reads record)
 * @param lingerSeconds for {@link Call#ON_LOOP}: lesson seconds that the loop stays open after the method's future
 *     has completed (0: it closes at once), so that work the method left running shows what it does
 */
public record Scenario(String className, String method, Call call, List<Job> jobs, List<String> learnerClasses,
                       double lateness, boolean recordsBlocking, double lingerSeconds) {

    /** How the harness calls the learner's method. */
    public enum Call {
        /** {@code main(String[])}, as a learner runs the program. */
        MAIN,
        /** {@code EventLoop.run(() -> method(jobs))}: the method returns a future, run on a fresh loop. */
        ON_LOOP,
        /** {@code method(jobs)} or {@code method()} on the caller's thread, no loop started by the harness. */
        DIRECT,
        /** The grader's own reference: {@code jobs} run concurrently on the kit, for comparing predictions. */
        REFERENCE
    }

    public Scenario {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(call, "call");
        jobs = jobs == null ? null : List.copyOf(jobs);
        learnerClasses = learnerClasses == null ? List.of() : List.copyOf(learnerClasses);
        if (!(lateness >= 0 && lateness <= 60)) {
            throw new IllegalArgumentException("a lateness is 0 to 60 lesson seconds, got " + lateness);
        }
        if (!(lingerSeconds >= 0 && lingerSeconds <= 60)) {
            throw new IllegalArgumentException("a linger is 0 to 60 lesson seconds, got " + lingerSeconds);
        }
    }

    /** A scenario whose loop closes as soon as the method's future completes. */
    public Scenario(String className, String method, Call call, List<Job> jobs, List<String> learnerClasses,
                    double lateness, boolean recordsBlocking) {
        this(className, method, call, jobs, learnerClasses, lateness, recordsBlocking, 0);
    }

    /** A scenario on a clock without lateness. */
    public Scenario(String className, String method, Call call, List<Job> jobs, List<String> learnerClasses) {
        this(className, method, call, jobs, learnerClasses, 0, false);
    }

    /** The same scenario on a clock whose every jump lands {@code seconds} late. */
    public Scenario landingLate(double seconds) {
        return new Scenario(className, method, call, jobs, learnerClasses, seconds, recordsBlocking, lingerSeconds);
    }

    /** The same scenario, with the flight recorder recording every blocking call of the loop thread. */
    public Scenario recordingBlocking() {
        return new Scenario(className, method, call, jobs, learnerClasses, lateness, true, lingerSeconds);
    }

    /** The same scenario, its loop kept open {@code seconds} after the method's future completes. */
    public Scenario lingering(double seconds) {
        return new Scenario(className, method, call, jobs, learnerClasses, lateness, recordsBlocking, seconds);
    }

    /** A short label for reports: {@code Run.concurrent([A 2, B 1])}. */
    public String label() {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String args = call == Call.MAIN ? "" : jobs == null ? "" : jobs.stream()
                .map(job -> job.name() + " " + format(job.seconds()))
                .reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
        String late = (lateness == 0 ? "" : " on a clock " + format(lateness) + " s late at every wait")
                + (lingerSeconds == 0 ? "" : " on a loop kept open " + format(lingerSeconds) + " s after it returns");
        return (call == Call.REFERENCE ? "reference run " + args : simple + "." + method + "(" + args + ")") + late;
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    /** The same scenario for another set of learner classes. */
    public Scenario withLearnerClasses(List<String> classes) {
        return new Scenario(className, method, call, jobs, classes, lateness, recordsBlocking, lingerSeconds);
    }
}
