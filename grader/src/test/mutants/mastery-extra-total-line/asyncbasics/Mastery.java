package asyncbasics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Known wrong: a total line at the end, which the tasks themselves never print. */
public final class Mastery {

    private Mastery() {
    }

    public static List<String> predict(List<Job> jobs) {
        List<String> lines = new ArrayList<>();
        jobs.forEach(job -> lines.add("Task " + job.name() + " starting..."));
        jobs.stream().sorted(Comparator.comparingDouble(Job::seconds))
                .forEach(job -> lines.add("Task " + job.name() + " done after " + LessonTime.describe(job.seconds())));
        double longest = jobs.stream().mapToDouble(Job::seconds).max().orElse(0);
        lines.add("Concurrent total: ~" + LessonTime.describe(longest));
        return lines;
    }
}
