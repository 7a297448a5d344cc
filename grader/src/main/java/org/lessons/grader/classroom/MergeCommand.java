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
        List<ShardManifest> shares = checkShares();
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
        new ShardManifest(Shard.ALL, shares.get(0).classDigest(),
                shares.stream().flatMap(share -> share.learners().stream()).sorted().toList()).write(out);
        spec.commandLine().getErr().println(from.size() + " learners merged into " + out.resolve(ClassOutputs.CSV)
                + " and " + out.resolve(ClassOutputs.HTML));
        return 0;
    }

    /**
     * The shares' manifests, once it is sure that they are every share of one class, each once, each graded to its
     * end: otherwise the merged grades would leave learners out, or grade a learner twice, without a word.
     */
    private List<ShardManifest> checkShares() {
        List<ShardManifest> shares = new java.util.ArrayList<>();
        Map<Integer, Path> given = new HashMap<>();
        for (Path shard : shards) {
            ShardManifest share = ShardManifest.read(shard).orElseThrow(() -> usage("no " + ShardManifest.FILE + " in "
                    + shard + ": it is not the --out folder of a grade-class run; pass each shard's --out folder"));
            ShardManifest first = shares.isEmpty() ? share : shares.get(0);
            if (share.shard().count() != first.shard().count() || !share.classDigest().equals(first.classDigest())) {
                throw usage(shard + " is share " + share.shard() + " of another class than " + shards.get(0) + " (share "
                        + first.shard() + "): the class folder or N changed between the runs; grade every share of one "
                        + "class folder with the same N, then merge");
            }
            Path twice = given.putIfAbsent(share.shard().index(), shard);
            if (twice != null) {
                throw usage("share " + share.shard() + " is given twice, " + twice + " and " + shard);
            }
            ClassResults results = new ClassResults(shard);
            for (String learner : share.learners()) {
                if (!results.graded(learner) && !Files.isRegularFile(results.of(learner).resolve(ClassResults.ERROR))) {
                    throw usage("learner '" + learner + "' of share " + share.shard() + " (" + shard + ") has no grade: "
                            + "that run did not finish; run it again (it goes on where it stopped), then merge");
                }
            }
            shares.add(share);
        }
        List<String> missing = java.util.stream.IntStream.rangeClosed(1, shares.get(0).shard().count())
                .filter(k -> !given.containsKey(k)).mapToObj(k -> k + "/" + shares.get(0).shard().count()).toList();
        if (!missing.isEmpty()) {
            throw usage("share " + String.join(", ", missing) + " missing: pass the --out folder of every share");
        }
        return shares;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
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
