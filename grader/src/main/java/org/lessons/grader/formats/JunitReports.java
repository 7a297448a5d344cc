package org.lessons.grader.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.TaskGrade;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code junit/TEST-<task>.xml}: one legacy Surefire-style JUnit XML report per task, one {@code testcase} per check,
 * as GitHub's test-report actions read them. A failed check is a {@code failure} whose message is the feedback's
 * measured line and whose text is the whole feedback; a check that could not be judged is an {@code error}. The XML
 * is made by the JDK's DOM and serializer, so every text is escaped; characters XML 1.0 cannot hold are shown escaped.
 */
final class JunitReports implements ResultFile {

    @Override
    public String path() {
        return "junit/TEST-<task>.xml";
    }

    @Override
    public void write(GradedSubmission graded, CourseEnvironment environment, Path directory) throws IOException {
        List<NumberedCheck> checks = NumberedCheck.of(graded.grade());
        for (TaskGrade task : graded.grade().tasks()) {
            List<NumberedCheck> own = checks.stream().filter(c -> c.task().equals(task)).toList();
            ResultFile.writeAtomically(directory.resolve("junit").resolve("TEST-" + task.id() + ".xml"),
                    xml(task, own));
        }
    }

    static byte[] xml(TaskGrade task, List<NumberedCheck> checks) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element suite = document.createElement("testsuite");
            document.appendChild(suite);
            suite.setAttribute("name", "asyncbasics." + task.id());
            suite.setAttribute("tests", Integer.toString(checks.size()));
            suite.setAttribute("failures", Long.toString(count(checks, CheckOutcome.Status.FAILED)));
            suite.setAttribute("errors", Long.toString(count(checks, CheckOutcome.Status.INCONCLUSIVE)));
            suite.setAttribute("skipped", Long.toString(count(checks, CheckOutcome.Status.WITHHELD)));
            suite.setAttribute("time", "0");
            for (NumberedCheck numbered : checks) {
                CheckOutcome check = numbered.check();
                Element testcase = document.createElement("testcase");
                testcase.setAttribute("name", xmlText(numbered.number() + " " + check.name()
                        + String.format(Locale.ROOT, " (%d/%d)", check.points(), check.maxPoints())));
                testcase.setAttribute("classname", "asyncbasics." + task.id());
                testcase.setAttribute("time", "0");
                if (check.status() == CheckOutcome.Status.WITHHELD) {
                    Element skipped = document.createElement("skipped");
                    skipped.setAttribute("message", CourseWording.status(check.status()));
                    testcase.appendChild(skipped);
                } else if (!check.passed()) {
                    boolean failed = check.status() == CheckOutcome.Status.FAILED;
                    Element problem = document.createElement(failed ? "failure" : "error");
                    String message = check.feedback().map(f -> f.measured()).orElse(CourseWording.status(check.status()));
                    problem.setAttribute("message", xmlText(Escape.clip(message, 2_000)));
                    problem.setAttribute("type", failed ? "failed" : "inconclusive");
                    problem.setTextContent(xmlText(Escape.clip(Escape.lines(numbered.feedback()), 8_000)));
                    testcase.appendChild(problem);
                }
                suite.appendChild(testcase);
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("the JDK could not write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static long count(List<NumberedCheck> checks, CheckOutcome.Status status) {
        return checks.stream().filter(c -> c.check().status() == status).count();
    }

    /** {@code text} with every character XML 1.0 cannot hold (control characters, lone surrogates) escaped. */
    static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                kept.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\t' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                kept.append(c);
            } else {
                kept.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return kept.toString();
    }
}
