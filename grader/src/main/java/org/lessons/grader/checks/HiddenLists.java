package org.lessons.grader.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.lessons.kit.Job;

/**
 * The task lists the mastery check predicts, made up from the grading's seed so that a failure can be
 * reproduced: the same seed always gives the same lists.
 *
 * <p>Every seed gives five lists, in this order: four tasks of distinct durations, out of order;
 * three tasks of distinct durations with a 1-second and a half-second task, out of order; five
 * tasks in two pairs of equal duration plus one more, out of order; three tasks that all wait
 * equally long; and a single task. Names are distinct letters within a list; durations are
 * multiples of half a second from 0.5 to 3, so a real run orders them without doubt.
 *
 * @param seed the seed the lists came from
 * @param lists the lists
 */
record HiddenLists(long seed, List<List<Job>> lists) {

    /** The Maven property that fixes the grading's seed; unset or blank means a new random seed per grading. */
    static final String SEED_PROPERTY = "grade.seed";

    private static final List<Double> DURATIONS = List.of(0.5, 1.0, 1.5, 2.0, 2.5, 3.0);

    HiddenLists {
        lists = lists.stream().map(List::copyOf).toList();
    }

    static HiddenLists of(long seed) {
        Random random = new Random(seed);
        List<List<Job>> lists = new ArrayList<>();
        lists.add(outOfOrder(random, named(random, distinct(random, 4))));
        List<Double> withOneAndAHalf = new ArrayList<>(List.of(1.0, random.nextBoolean() ? 0.5 : 1.5));
        withOneAndAHalf.add(pick(random, DURATIONS.stream().filter(d -> !withOneAndAHalf.contains(d)).toList()));
        lists.add(outOfOrder(random, named(random, withOneAndAHalf)));
        List<Double> three = distinct(random, 3);
        lists.add(outOfOrder(random, named(random, List.of(three.get(0), three.get(0), three.get(1), three.get(1),
                three.get(2)))));
        double equal = pick(random, DURATIONS);
        lists.add(named(random, List.of(equal, equal, equal)));
        lists.add(named(random, List.of(pick(random, DURATIONS))));
        return new HiddenLists(seed, lists);
    }

    /** The longest wait of all the lists, in lesson seconds. */
    double longest() {
        return lists.stream().flatMap(List::stream).mapToDouble(Job::seconds).max().orElse(0);
    }

    /** A list as a learner would write it: {@code [K 2, Q 0.5]}. */
    static String describe(List<Job> jobs) {
        return jobs.stream().map(job -> job.name() + " " + seconds(job.seconds()))
                .reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
    }

    static String seconds(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    private static List<Double> distinct(Random random, int count) {
        List<Double> durations = new ArrayList<>(DURATIONS);
        Collections.shuffle(durations, random);
        return List.copyOf(durations.subList(0, count));
    }

    private static double pick(Random random, List<Double> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<Job> named(Random random, List<Double> durations) {
        List<Character> letters = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            letters.add(c);
        }
        Collections.shuffle(letters, random);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < durations.size(); i++) {
            jobs.add(Job.of(String.valueOf(letters.get(i)), durations.get(i)));
        }
        return jobs;
    }

    /** The jobs shuffled until shortest-first is not their argument order. */
    private static List<Job> outOfOrder(Random random, List<Job> jobs) {
        List<Job> shuffled = new ArrayList<>(jobs);
        List<Job> sorted = jobs.stream().sorted(Comparator.comparingDouble(Job::seconds)).toList();
        do {
            Collections.shuffle(shuffled, random);
        } while (shuffled.stream().map(Job::seconds).toList().equals(sorted.stream().map(Job::seconds).toList()));
        return shuffled;
    }
}
