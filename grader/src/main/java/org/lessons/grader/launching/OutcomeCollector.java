package org.lessons.grader.launching;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.lessons.grader.checks.Graded;
import org.lessons.grader.feedback.CheckFailure;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.feedback.Inconclusive;
import org.lessons.grader.feedback.Withheld;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Visibility;

/** Collects one {@link CheckOutcome} per finished grading check, with the figures it published; thread-safe. */
final class OutcomeCollector implements TestExecutionListener {

    private final List<CheckOutcome> outcomes = new ArrayList<>();
    private final Map<String, Map<String, String>> figures = new HashMap<>();
    private final Consumer<CheckOutcome> progress;

    OutcomeCollector(Consumer<CheckOutcome> progress) {
        this.progress = progress;
    }

    synchronized List<CheckOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        figures.computeIfAbsent(test.getUniqueId(), id -> new LinkedHashMap<>()).putAll(entry.getKeyValuePairs());
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        graded(test).ifPresent(graded -> record(test, graded, CheckOutcome.Status.FAILED,
                Optional.of(new Feedback("the check to run", "it was skipped: " + reason, "", "Report this to your instructor."))));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Optional<Graded> graded = graded(test);
        if (graded.isEmpty()) {
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        switch (result.getStatus()) {
            case SUCCESSFUL -> record(test, graded.get(), CheckOutcome.Status.PASSED, Optional.empty());
            case ABORTED -> aborted(test, graded.get(), thrown);
            case FAILED -> record(test, graded.get(), CheckOutcome.Status.FAILED,
                    Optional.of(thrown instanceof CheckFailure failure ? failure.feedback() : unexpected(thrown)));
        }
    }

    /**
     * A check that ended without a verdict: withheld when it is hidden until publishing and lacked its secret, else
     * not judged; a visible check cannot withhold its verdict.
     */
    private void aborted(TestIdentifier test, Graded graded, Throwable thrown) {
        if (thrown instanceof Withheld withheld && graded.visibility() == Visibility.AFTER_PUBLISHED) {
            record(test, graded, CheckOutcome.Status.WITHHELD, Optional.of(withheld.feedback()));
        } else {
            record(test, graded, CheckOutcome.Status.INCONCLUSIVE,
                    Optional.of(thrown instanceof Inconclusive inconclusive ? inconclusive.feedback() : unexpected(thrown)));
        }
    }

    private synchronized void record(TestIdentifier test, Graded graded, CheckOutcome.Status status, Optional<Feedback> feedback) {
        CheckOutcome outcome = new CheckOutcome(graded.task(), graded.id(), test.getDisplayName(), status, graded.points(), feedback,
                figures.getOrDefault(test.getUniqueId(), Map.of()), graded.visibility());
        outcomes.add(outcome);
        progress.accept(outcome);
    }

    /** A check that broke, rather than failed: still the learner's points lost, with the grader's cause named. */
    private static Feedback unexpected(Throwable thrown) {
        return new Feedback("the check to run to its verdict",
                "the grader could not finish this check: " + (thrown == null ? "unknown cause" : thrown),
                "", "Grade again; if this stays, report it to your instructor with target/grade.json.");
    }

    private static Optional<Graded> graded(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(OutcomeCollector::method)
                .map(method -> method.getAnnotation(Graded.class));
    }

    private static Method method(MethodSource source) {
        try {
            return source.getJavaMethod();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
