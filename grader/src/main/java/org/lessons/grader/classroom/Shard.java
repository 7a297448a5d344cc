package org.lessons.grader.classroom;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One share of a class, {@code K/N}: of the learners sorted by id, those whose position modulo {@code N} is
 * {@code K - 1}. Every learner falls in exactly one share, and shares differ in size by one at most.
 *
 * @param index the share, from 1 to {@code count}
 * @param count how many shares there are
 */
public record Shard(int index, int count) {

    /** The whole class in one share. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, such as 1/4; got " + index + "/" + count);
        }
    }

    /** Reads {@code K/N}, such as {@code 2/4}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is K/N, such as 1/4; got '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is K/N with whole numbers, such as 1/4; got '" + text + "'", e);
        }
    }

    /** This share of {@code learners}, which must be sorted by id. */
    public List<Learner> of(List<Learner> learners) {
        return IntStream.range(0, learners.size()).filter(i -> i % count == index - 1).mapToObj(learners::get).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
