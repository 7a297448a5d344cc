package org.lessons.grader.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.lessons.kit.Job;

/**
 * Task lists the learner has not seen, drawn afresh for every grading from its seed: the same seed and purpose
 * always draw the same list, so a grading can be repeated.
 *
 * <p>Every list is made to catch what a fixed list lets through: its names are distinct letters, none of the
 * original's A to D (so a typed-in "B result" shows), not in alphabetical order (so results sorted by name come out
 * wrong), its durations are distinct multiples of half a
 * lesson second from 0.5 to 6, not in ascending order (so completion order is not argument order), with two of them
 * half a second apart, the longest at least two seconds longer than the shortest, and the longest at least 4.5 (so
 * a typed-in total of the original's 3 seconds shows).
 */
final class DrawnLists {

    private static final int MAX_HALF_SECONDS = 12;

    /** The longest task of every list waits at least this long (in half seconds): far from the original's 3 s. */
    private static final int LONGEST_AT_LEAST = 9;

    private DrawnLists() {
    }

    /** The list of {@code count} tasks (3 to 6) for {@code purpose}, such as {@code "run sections"}, in this grading. */
    static List<Job> draw(long seed, String purpose, int count) {
        if (count < 3 || count > 6) {
            throw new IllegalArgumentException("a drawn list has 3 to 6 tasks, not " + count);
        }
        Random random = new Random(seed * 31 + purpose.hashCode());
        while (true) {
            List<Job> jobs = named(random, durations(random, count));
            if (catches(jobs)) {
                return List.copyOf(jobs);
            }
        }
    }

    /**
     * Like {@link #draw}, with one task, at a place drawn too, named {@code name}: the task the lesson makes fail
     * (fix-2's and alter-3's B).
     */
    static List<Job> drawWith(long seed, String purpose, int count, String name) {
        Random random = new Random(seed * 31 + purpose.hashCode() + name.hashCode());
        for (long attempt = 0; ; attempt++) {
            List<Job> jobs = new ArrayList<>(draw(seed + attempt, purpose, count));
            int at = random.nextInt(count);
            jobs.set(at, Job.of(name, jobs.get(at).seconds()));
            if (catches(jobs)) {
                return List.copyOf(jobs);
            }
        }
    }

    /** Whether sorting by name, or by duration, changes the list: what a drawn list is for. */
    static boolean catches(List<Job> jobs) {
        List<Job> byName = jobs.stream().sorted(Comparator.comparing(Job::name)).toList();
        List<Job> byDuration = jobs.stream().sorted(Comparator.comparingDouble(Job::seconds)).toList();
        return !byName.equals(jobs) && !byDuration.equals(jobs);
    }

    private static List<Double> durations(Random random, int count) {
        while (true) {
            List<Integer> halves = new ArrayList<>();
            for (int half = 1; half <= MAX_HALF_SECONDS; half++) {
                halves.add(half);
            }
            Collections.shuffle(halves, random);
            List<Integer> chosen = halves.subList(0, count).stream().sorted().toList();
            boolean close = false;
            for (int i = 1; i < chosen.size(); i++) {
                close |= chosen.get(i) - chosen.get(i - 1) == 1;
            }
            int longest = chosen.get(chosen.size() - 1);
            boolean far = longest - chosen.get(0) >= 4 && longest >= LONGEST_AT_LEAST;
            if (close && far) {
                List<Double> seconds = new ArrayList<>(chosen.stream().map(half -> half / 2.0).toList());
                Collections.shuffle(seconds, random);
                return seconds;
            }
        }
    }

    private static List<Job> named(Random random, List<Double> durations) {
        List<Character> letters = new ArrayList<>();
        for (char letter = 'E'; letter <= 'Z'; letter++) {
            letters.add(letter);
        }
        Collections.shuffle(letters, random);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < durations.size(); i++) {
            jobs.add(Job.of(String.valueOf(letters.get(i)), durations.get(i)));
        }
        return jobs;
    }
}
