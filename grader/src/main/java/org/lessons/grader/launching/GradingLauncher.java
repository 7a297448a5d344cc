package org.lessons.grader.launching;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherFactory;
import org.lessons.grader.checks.Graded;
import org.lessons.grader.checks.SubmissionResolver;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.submission.Submission;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Discovers the grading checks in {@code org.lessons.grader.checks}, keeps those of the chosen
 * tasks, and runs them against a submission in one launcher session.
 */
public final class GradingLauncher {

    private static final String CHECKS_PACKAGE = "org.lessons.grader.checks";

    /**
     * Runs the checks of {@code tasks} (every task when empty) and returns their outcomes in order.
     * Only methods annotated {@link Graded} in classes named {@code *Checks} run, whatever else shares
     * their package (the grader's own tests do).
     *
     * @param parallelism how many tasks are graded at once (1 grades one task after another); the
     *     checks of one task always run one after another
     * @param progress told about each outcome as soon as it is known, from any thread
     */
    public List<CheckOutcome> grade(Submission submission, Set<String> tasks, int parallelism,
                                    Consumer<CheckOutcome> progress) {
        LauncherDiscoveryRequest request = request()
                .selectors(selectPackage(CHECKS_PACKAGE))
                .filters(includeClassNamePatterns(Pattern.quote(CHECKS_PACKAGE) + "\\.[A-Za-z0-9]+Checks"), onlyTasks(tasks))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", Boolean.toString(parallelism > 1))
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.executor-service", "FORK_JOIN_POOL")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism",
                        Integer.toString(Math.max(1, parallelism)))
                .configurationParameter("junit.platform.output.capture.stdout", "false")
                // A task's checks run, and so are reported, in the order of its points table (their @Order).
                .configurationParameter("junit.jupiter.testmethod.order.default",
                        "org.junit.jupiter.api.MethodOrderer$OrderAnnotation")
                .build();
        OutcomeCollector collector = new OutcomeCollector(progress);
        // A thread of its own: a launcher started from inside another launcher's test (the grader's
        // own suite) must not share that thread's in-progress store values.
        Thread thread = new Thread(() -> {
            try (LauncherSession session = LauncherFactory.openSession()) {
                session.getStore().put(Namespace.create(SubmissionResolver.NAMESPACE), SubmissionResolver.KEY, submission);
                session.getLauncher().execute(request, collector);
            }
        }, "grader-launcher");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading", e);
        }
        return collector.outcomes();
    }

    private static PostDiscoveryFilter onlyTasks(Set<String> tasks) {
        return descriptor -> {
            boolean method = descriptor.getSource().filter(MethodSource.class::isInstance).isPresent();
            if (!method) {
                return FilterResult.included("a class or engine");
            }
            Optional<String> task = taskOf(descriptor);
            if (task.isEmpty()) {
                return FilterResult.excluded("not a grading check (no @Graded)");
            }
            return tasks.isEmpty() || tasks.contains(task.get())
                    ? FilterResult.included("task " + task.get())
                    : FilterResult.excluded("another task");
        };
    }

    private static Optional<String> taskOf(TestDescriptor descriptor) {
        return descriptor.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getJavaMethod().getAnnotation(Graded.class))
                .map(Graded::task);
    }
}
