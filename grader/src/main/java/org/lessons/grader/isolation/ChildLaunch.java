package org.lessons.grader.isolation;

import java.nio.file.Path;
import java.util.List;

/**
 * How child JVMs are started, beyond the options every child gets.
 *
 * @param harnessClasspath the classpath entries of the harness, the kit and Jackson, in order; the learner's
 *     classes come after them
 * @param options extra JVM options, such as the class-data archive to map
 */
record ChildLaunch(List<Path> harnessClasspath, List<String> options) {

    ChildLaunch {
        harnessClasspath = List.copyOf(harnessClasspath);
        options = List.copyOf(options);
    }

    /** The harness's own classpath entries as they are, without an archive. */
    static ChildLaunch plain(List<Path> harnessClasspath) {
        return new ChildLaunch(harnessClasspath, List.of());
    }

    /** The same classpath with more options. */
    ChildLaunch with(List<String> more) {
        List<String> all = new java.util.ArrayList<>(options);
        all.addAll(more);
        return new ChildLaunch(harnessClasspath, all);
    }
}
