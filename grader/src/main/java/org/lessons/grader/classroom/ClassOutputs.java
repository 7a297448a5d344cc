package org.lessons.grader.classroom;

import java.io.IOException;
import java.util.List;

/** Writes the class's own outputs, {@code grades.csv} and {@code class.html}, from every learner in a results folder. */
final class ClassOutputs {

    static final String CSV = "grades.csv";
    static final String HTML = "class.html";

    private ClassOutputs() {
    }

    static void write(ClassResults results) throws IOException {
        List<LearnerRow> rows = results.rows();
        GradesCsv.write(rows, results.folder().resolve(CSV));
        ClassReport.write(rows, results.folder().resolve(HTML));
    }
}
