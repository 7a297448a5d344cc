package org.lessons.grader.isolation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How child JVMs are started, beyond the options every child gets.
 *
 * @param harnessClasspath the classpath entries of the harness, the kit and Jackson, in order; the learner's
 *     classes come after them
 * @param options extra JVM options, such as the class-data archive to map
 * @param files files that the options name, which a sandboxed child must be able to read
 */
record ChildLaunch(List<Path> harnessClasspath, List<String> options, List<Path> files) {

    ChildLaunch {
        harnessClasspath = List.copyOf(harnessClasspath);
        options = List.copyOf(options);
        files = List.copyOf(files);
    }

    /** The harness's own classpath entries as they are, without an archive. */
    static ChildLaunch plain(List<Path> harnessClasspath) {
        return new ChildLaunch(harnessClasspath, List.of(), List.of());
    }

    /** The same classpath with more options. */
    ChildLaunch with(List<String> more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(more);
        return new ChildLaunch(harnessClasspath, all, files);
    }

    /** The same classpath with more options, which name {@code file}. */
    ChildLaunch with(List<String> more, Path file) {
        List<Path> named = new ArrayList<>(files);
        named.add(file);
        return new ChildLaunch(harnessClasspath, with(more).options(), named);
    }

    /** Everything a child of this launch reads besides the runtime and the learner's classes. */
    List<Path> readable() {
        List<Path> all = new ArrayList<>(harnessClasspath);
        all.addAll(files);
        return all;
    }
}
