package org.lessons.grader.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code shard.json} in a {@code grade-class} run's results folder: which share of which class the run grades, and
 * its learners, so that {@code merge} can tell that the folders it is given are the shares of one class, every one of
 * them, each once, and each graded to its end.
 *
 * @param shard the share, {@code K/N}
 * @param classDigest a digest of the whole class's learner ids: the same for every share of one class folder
 * @param learners the ids of this share's learners
 */
record ShardManifest(Shard shard, String classDigest, List<String> learners) {

    static final String FILE = "shard.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    ShardManifest {
        learners = List.copyOf(learners);
    }

    /** The manifest of {@code shard} of the class whose learners, sorted by id, are {@code whole}. */
    static ShardManifest of(Shard shard, List<Learner> whole) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Learner learner : whole) {
                digest.update(learner.id().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return new ShardManifest(shard, HexFormat.of().formatHex(digest.digest()),
                    shard.of(whole).stream().map(Learner::id).toList());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    void write(Path folder) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("shard", shard.toString());
        root.put("class", classDigest);
        learners.forEach(root.putArray("learners")::add);
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "shard", ".json.tmp");
        JSON.writeValue(temporary.toFile(), root);
        Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest in {@code folder}; empty when there is none or it cannot be read. */
    static Optional<ShardManifest> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<String> learners = new ArrayList<>();
            root.path("learners").forEach(id -> learners.add(id.asText()));
            String digest = root.path("class").asText("");
            return digest.isEmpty() ? Optional.empty()
                    : Optional.of(new ShardManifest(Shard.parse(root.path("shard").asText("")), digest, learners));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
