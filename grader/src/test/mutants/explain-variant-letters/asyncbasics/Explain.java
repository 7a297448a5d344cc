package asyncbasics;

import java.util.Map;
import java.util.TreeMap;

/** Correct, written differently: lower-case letters, put one by one into a TreeMap from a string. */
public final class Explain {

    private static final String MY_LETTERS = "bcdac";

    private Explain() {
    }

    public static Map<Integer, Character> answers() {
        Map<Integer, Character> answers = new TreeMap<>();
        for (int question = 1; question <= MY_LETTERS.length(); question++) {
            answers.put(question, MY_LETTERS.charAt(question - 1));
        }
        return answers;
    }
}
