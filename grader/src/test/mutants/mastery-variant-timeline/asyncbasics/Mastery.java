package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Correct, written differently: a timeline keyed by finishing time, each moment keeping its tasks in start order. */
public final class Mastery {

    private Mastery() {
    }

    public static List<String> predict(List<Job> jobs) {
        TreeMap<Double, List<String>> timeline = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (Job job : jobs) {
            lines.add("  Task " + job.name() + " starting...");
            String seconds = LessonTime.describe(job.seconds());
            timeline.computeIfAbsent(job.seconds(), at -> new ArrayList<>())
                    .add("  Task " + job.name() + " done after " + seconds);
        }
        for (List<String> finishing : timeline.values()) {
            lines.addAll(finishing);
        }
        return lines;
    }
}
