package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grade-class merge}: copies the learners of several shards' results folders into one and writes its
 * {@code grades.csv} and {@code class.html}, as one run over the whole class would have.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combines the results folders of 'grade-class --shard K/N' runs into one, with one grades.csv "
                + "and one class.html.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SHARD", description = "A results folder of one shard (its --out).")
    List<Path> shards;

    @Option(names = "--out", defaultValue = "class-grades",
            description = "The combined results folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ClassResults merged = new ClassResults(out);
        Files.createDirectories(merged.learners());
        Map<String, Path> from = new HashMap<>();
        for (Path shard : shards) {
            ClassResults results = new ClassResults(shard);
            if (!Files.isDirectory(results.learners())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no learners/ folder in " + shard
                        + "; pass the --out folder of each shard's grade-class run");
            }
            if (Files.isSameFile(results.learners(), merged.learners())) {
                continue;
            }
            try (Stream<Path> learners = Files.list(results.learners())) {
                for (Path learner : learners.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                        .sorted().toList()) {
                    String id = learner.getFileName().toString();
                    Path earlier = from.putIfAbsent(id, shard);
                    if (earlier != null) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "learner '" + id + "' is in both "
                                + earlier + " and " + shard + "; merge the shards of one --shard K/N split");
                    }
                    copyFiles(learner, merged.of(id));
                }
            }
        }
        ClassOutputs.write(merged);
        spec.commandLine().getErr().println(from.size() + " learners merged into " + out.resolve(ClassOutputs.CSV)
                + " and " + out.resolve(ClassOutputs.HTML));
        return 0;
    }

    /**
     * Puts a learner's results folder, every file and folder in it (never through a link), in place of what the
     * combined folder held for them, so that no result of an earlier merge outlives theirs.
     */
    private static void copyFiles(Path from, Path to) throws IOException {
        FileTree.delete(to);
        FileTree.copy(from, to);
    }
}
