package org.lessons.grader.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The explain task's answer key: for each question, the right letter and why. It is instructor-only, a resource
 * ({@value #RESOURCE}) that the student template leaves out, so a practice grader has none.
 *
 * @param answers the key's answers by question number
 */
public record ExplainKey(Map<Integer, Answer> answers) {

    /** Where the key is on the grader's classpath. */
    public static final String RESOURCE = "/instructor/explain-key.properties";

    /**
     * One question's key.
     *
     * @param letter the right option's letter, A to D
     * @param why one or two sentences on why it is right and the others are not
     */
    public record Answer(char letter, String why) {
        public Answer {
            if (letter < 'A' || letter > 'D' || why.isBlank()) {
                throw new IllegalArgumentException("an answer is a letter A to D and a reason, not " + letter);
            }
        }
    }

    public ExplainKey {
        answers = Map.copyOf(answers);
    }

    /** The key on the classpath, or none where the grader was shipped without it (the student template). */
    public static Optional<ExplainKey> load() {
        try (InputStream in = ExplainKey.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<Integer, Answer> answers = new TreeMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.matches("\\d+")) {
                    answers.put(Integer.parseInt(name), new Answer(properties.getProperty(name).strip().charAt(0),
                            properties.getProperty(name + ".why", "")));
                }
            }
            return Optional.of(new ExplainKey(answers));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the explain task's key " + RESOURCE, e);
        }
    }

    /** The key of question {@code number}; a key without it is a broken key. */
    public Answer answer(int number) {
        Answer answer = answers.get(number);
        if (answer == null) {
            throw new IllegalStateException("the explain key " + RESOURCE + " has no answer to question " + number);
        }
        return answer;
    }
}
