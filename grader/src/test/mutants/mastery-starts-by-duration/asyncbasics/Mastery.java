package asyncbasics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Known wrong: the start lines are sorted by duration too, as if the shortest task started first. */
public final class Mastery {

    private Mastery() {
    }

    public static List<String> predict(List<Job> jobs) {
        List<Job> byDuration = jobs.stream().sorted(Comparator.comparingDouble(Job::seconds)).toList();
        List<String> lines = new ArrayList<>();
        byDuration.forEach(job -> lines.add("Task " + job.name() + " starting..."));
        byDuration.forEach(job -> lines.add("Task " + job.name() + " done after " + LessonTime.describe(job.seconds())));
        return lines;
    }
}
