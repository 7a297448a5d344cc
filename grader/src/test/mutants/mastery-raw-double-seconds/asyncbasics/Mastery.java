package asyncbasics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lessons.kit.Job;

/** Known wrong: the seconds printed as a raw double, "2.0 seconds" and "1.0 seconds". */
public final class Mastery {

    private Mastery() {
    }

    public static List<String> predict(List<Job> jobs) {
        List<String> lines = new ArrayList<>();
        jobs.forEach(job -> lines.add("Task " + job.name() + " starting..."));
        jobs.stream().sorted(Comparator.comparingDouble(Job::seconds))
                .forEach(job -> lines.add("Task " + job.name() + " done after " + job.seconds() + " seconds"));
        return lines;
    }
}
