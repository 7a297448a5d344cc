package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Known wrong: the done lines come in argument order, as if the tasks ran one after another. */
public final class Mastery {

    private Mastery() {
    }

    public static List<String> predict(List<Job> jobs) {
        List<String> lines = new ArrayList<>();
        jobs.forEach(job -> lines.add("Task " + job.name() + " starting..."));
        jobs.forEach(job -> lines.add("Task " + job.name() + " done after " + LessonTime.describe(job.seconds())));
        return lines;
    }
}
