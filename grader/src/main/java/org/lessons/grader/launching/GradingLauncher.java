package org.lessons.grader.launching;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
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
     *
     * @param progress told about each outcome as soon as it is known
     */
    public List<CheckOutcome> grade(Submission submission, Set<String> tasks, Consumer<CheckOutcome> progress) {
        LauncherDiscoveryRequest request = request()
                .selectors(selectPackage(CHECKS_PACKAGE))
                .filters(onlyTasks(tasks))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .configurationParameter("junit.platform.output.capture.stdout", "false")
                .build();
        OutcomeCollector collector = new OutcomeCollector(progress);
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getStore().put(Namespace.create(SubmissionResolver.NAMESPACE), SubmissionResolver.KEY, submission);
            session.getLauncher().execute(request, collector);
        }
        return collector.outcomes();
    }

    private static PostDiscoveryFilter onlyTasks(Set<String> tasks) {
        return descriptor -> {
            // Only @Graded methods and the classes that hold them are checks: other tests in the package (the
            // grader's own self-tests, when they are on the classpath) would otherwise run, and grading from
            // inside them would recurse without end. Test templates are containers, so containers count too.
            Optional<ClassSource> type = descriptor.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast);
            if (type.isPresent()) {
                return holdsChecks(type.get()) ? FilterResult.included("checks") : FilterResult.excluded("not a check");
            }
            if (descriptor.getSource().filter(MethodSource.class::isInstance).isEmpty()) {
                return FilterResult.included("an engine");
            }
            Optional<String> task = taskOf(descriptor);
            return task.isPresent() && (tasks.isEmpty() || tasks.contains(task.get()))
                    ? FilterResult.included("task " + task.get())
                    : FilterResult.excluded("another task");
        };
    }

    private static boolean holdsChecks(ClassSource source) {
        try {
            return java.util.Arrays.stream(source.getJavaClass().getDeclaredMethods())
                    .anyMatch(method -> method.isAnnotationPresent(Graded.class));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Optional<String> taskOf(TestDescriptor descriptor) {
        return descriptor.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getJavaMethod().getAnnotation(Graded.class))
                .map(Graded::task);
    }
}
