package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.lessons.grader.Grading;
import org.lessons.grader.isolation.Sandbox;
import org.lessons.grader.scoring.Disclosure;

/**
 * Grades a share of a class, a bounded number of learners at once, each in its own work directory, through
 * {@link Grading#run} in this JVM (each grading starts its own sandboxed child JVMs). A learner whose grade is already
 * whole is skipped unless told to start again; a learner who cannot be graded, for whatever reason, gets an error
 * instead of a grade, and the batch goes on.
 *
 * <p>Gradings at once share nothing mutable: each {@link Grading#run} has its own launcher session (on a thread of its
 * own, holding its own submission), child JVM launcher, phase clock and work directory. What they share is stateless
 * (the JDK's compiler, a new task per compilation; the sandbox, detected per grading) or made for sharing: the
 * children's cache on disk (runtime image, staged classpath, class-data archive), whose entries are made aside and
 * moved into place atomically, as gradings of one build already do. The one figure they share is
 * {@code phases.graderCpuMillis} in each grade: the whole grader JVM's CPU time.
 *
 * @param settings how to grade
 * @param results where the results go
 * @param staging how a submission becomes sources
 */
record ClassGrading(Settings settings, ClassResults results, Staging staging) {

    /**
     * How to grade each learner.
     *
     * @param lessonSecond how long one lesson second lasts
     * @param tasks the task ids to grade; empty for all
     * @param work where each learner's work directory goes, {@code work/<learner>} ({@link Learner#workName}), removed when they are graded
     * @param jobs how many learners are graded at once
     * @param taskJobs how many tasks of one learner are graded at once
     * @param seed the seed of every learner's grading; empty for a new one each
     * @param sandbox whether the learner's code must run sandboxed
     * @param restart whether learners already graded are graded again
     */
    record Settings(Duration lessonSecond, Set<String> tasks, Path work, int jobs, int taskJobs, Optional<Long> seed,
                    Sandbox.Requirement sandbox, boolean restart) {
        Settings {
            Objects.requireNonNull(lessonSecond, "lessonSecond");
            tasks = Set.copyOf(tasks);
            work = work.toAbsolutePath().normalize();
            if (jobs < 1 || taskJobs < 1) {
                throw new IllegalArgumentException("grade at least one learner and one task at a time");
            }
        }
    }

    /** How many learners were graded, skipped, and could not be graded. */
    record Tally(int graded, int skipped, int failed) {
    }

    Tally grade(List<Learner> learners, IntFunction<Progress> progressFor) throws IOException, InterruptedException {
        List<Learner> todo = learners.stream().filter(learner -> settings.restart() || !results.graded(learner.id()))
                .toList();
        Progress progress = progressFor.apply(todo.size());
        List<Future<Boolean>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs());
        try {
            for (Learner learner : todo) {
                running.add(pool.submit(() -> gradeOne(learner, progress)));
            }
            int failed = 0;
            for (Future<Boolean> each : running) {
                try {
                    failed += each.get() ? 0 : 1;
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                }
            }
            return new Tally(todo.size() - failed, learners.size() - todo.size(), failed);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Grades one learner; true when they got a grade. Never throws for anything the submission does. */
    private boolean gradeOne(Learner learner, Progress progress) throws IOException {
        Path work = settings.work().resolve(learner.workName());
        String outcome;
        boolean graded = false;
        try {
            results.clear(learner.id());
            deleteTree(work);
            Staging.Staged staged = staging.stage(learner, work);
            Grading.Result result = Grading.run(new Grading.Options(staged.sourceRoot(), settings.lessonSecond(),
                    settings.tasks(), work.resolve("grading"), staged.root(), settings.taskJobs(),
                    settings.seed().orElseGet(() -> ThreadLocalRandom.current().nextLong(1, 1_000_000_000L)), true,
                    settings.sandbox(), Disclosure.FULL), check -> { });
            results.writeGrade(learner.id(), result);
            graded = true;
            outcome = result.grade().score() + "/" + result.grade().maxScore()
                    + (result.grade().confinement().sandboxed() ? "" : " (practice grade: not sandboxed)");
        } catch (UnusableSubmission e) {
            outcome = error(learner, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = error(learner, "grading was interrupted");
        } catch (Exception | StackOverflowError e) {
            outcome = error(learner, "the grader failed on this submission: " + e);
        } finally {
            deleteTree(work);
        }
        progress.finished(learner.id(), outcome);
        return graded;
    }

    private String error(Learner learner, String message) throws IOException {
        results.writeError(learner.id(), message);
        return "ERROR " + message;
    }

    /** Removes a work directory without following a link out of it; what cannot be removed stays. */
    private static void deleteTree(Path directory) {
        try {
            FileTree.delete(directory);
        } catch (IOException e) {
            // left for the next run's clean-up
        }
    }
}
