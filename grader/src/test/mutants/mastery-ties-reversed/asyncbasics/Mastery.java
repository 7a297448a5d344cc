package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Known wrong: among equal durations the last started finishes first (an insertion that puts ties in front). */
public final class Mastery {

    private Mastery() {
    }

    public static List<String> predict(List<Job> jobs) {
        List<String> lines = new ArrayList<>();
        List<Job> finished = new ArrayList<>();
        for (Job job : jobs) {
            lines.add("Task " + job.name() + " starting...");
            int at = 0;
            while (at < finished.size() && finished.get(at).seconds() < job.seconds()) {
                at++;
            }
            finished.add(at, job);
        }
        finished.forEach(job -> lines.add("Task " + job.name() + " done after " + LessonTime.describe(job.seconds())));
        return lines;
    }
}
