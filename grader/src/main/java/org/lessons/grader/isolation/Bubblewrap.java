package org.lessons.grader.isolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A bubblewrap sandbox ({@code bwrap}, the sandbox Flatpak uses) for each child JVM. The child sees the system's
 * {@code /usr} read-only, the files it needs (the runtime, the harness, the learner's classes) read-only at their
 * own paths, a private size-capped {@code /tmp} as its only writable place and working directory, and nothing
 * else: not the project, not the home directory. It has no network, its own process tree (every process it
 * starts dies with it), an empty environment, a cap on processes and threads, and it dies with the grader.
 *
 * <p>When the grader runs as root, the sandbox runs as a throwaway user id of its own ({@code setpriv}), so that
 * the process cap applies and nothing in it has root's rights over any file; that needs the files it sees to be
 * readable by others. Otherwise it runs as the grader's user, mapped to {@code nobody} inside.
 *
 * @param bwrap the bubblewrap executable
 * @param root whether the grader runs as root
 * @param setpriv {@code setpriv}, when the grader runs as root and can hand the sandbox to a throwaway user id
 * @param prlimit {@code prlimit}, to cap processes and threads inside the sandbox
 * @param relay {@code bash}, to give the child a standard output of the sandbox's own (see {@link #confine})
 * @param env {@code env}, to clear the environment that bubblewrap leaves {@code PWD} in
 * @param disablesUserNamespaces whether this bubblewrap can forbid the sandbox new user namespaces (0.8 and later)
 */
public record Bubblewrap(Path bwrap, boolean root, Optional<Path> setpriv, Optional<Path> prlimit, Optional<Path> relay,
                         Optional<Path> env, boolean disablesUserNamespaces)
        implements Sandbox {

    /** The child's private {@code /tmp}: the flight recorder's files, and whatever the learner writes. */
    static final long TMP_BYTES = 128L << 20;

    /** Processes and threads the sandbox may have at once: a JVM needs about 30, the lesson's programs a few more. */
    static final int MAX_TASKS = 512;

    /** Throwaway user ids are drawn from here: far above any account's. */
    private static final int FIRST_THROWAWAY_ID = 1_000_000;

    /** The sandbox this machine can make, or why there is none; tried once with a real command. */
    public static Sandbox detect() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return new Unconfined("bubblewrap runs on Linux only");
        }
        Optional<Path> bwrap = onPath("bwrap");
        if (bwrap.isEmpty()) {
            return new Unconfined("bubblewrap is not installed; on Debian or Ubuntu: apt-get install bubblewrap");
        }
        boolean root = isRoot();
        Optional<Path> setpriv = root ? onPath("setpriv") : Optional.empty();
        String failure = "";
        for (boolean disablesUserNamespaces : List.of(true, false)) {
            Bubblewrap sandbox = new Bubblewrap(bwrap.get(), root, setpriv, onPath("prlimit"),
                    onPath("cat").flatMap(cat -> onPath("bash")), onPath("env"),
                    disablesUserNamespaces);
            Optional<Path> truth = onPath("true");
            if (truth.isEmpty()) {
                return new Unconfined("no 'true' command to try bubblewrap with");
            }
            failure = sandbox.tryOut(truth.get());
            if (failure.isEmpty()) {
                return sandbox;
            }
        }
        return new Unconfined("bubblewrap cannot make a sandbox here: " + failure);
    }

    @Override
    public List<String> confine(List<String> command, List<Path> readable, Path workDirectory) {
        boolean throwaway = throwaway(readable);
        List<String> confined = new ArrayList<>();
        if (throwaway) {
            String id = Integer.toString(FIRST_THROWAWAY_ID + ThreadLocalRandom.current().nextInt(1_000_000));
            confined.addAll(List.of(setpriv.get().toString(), "--reuid=" + id, "--regid=" + id, "--clear-groups", "--"));
        }
        confined.addAll(List.of(bwrap.toString(), "--unshare-all", "--unshare-user"));
        if (disablesUserNamespaces) {
            confined.add("--disable-userns");
        }
        if (!throwaway) {
            confined.addAll(List.of("--uid", "65534", "--gid", "65534"));
        }
        // No --new-session: a session of its own would put each child in a scheduling group of its own (the kernel's
        // autogroup), which made lesson time leak under load. The child has no terminal to reach instead: its streams
        // are pipes and its /dev holds no tty.
        confined.addAll(List.of("--die-with-parent", "--clearenv", "--ro-bind", "/usr", "/usr"));
        for (String top : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            systemDirectory(Path.of(top), confined);
        }
        confined.addAll(List.of("--proc", "/proc", "--size", "65536", "--tmpfs", "/dev"));
        for (String device : List.of("/dev/null", "/dev/zero", "/dev/random", "/dev/urandom")) {
            confined.addAll(List.of("--dev-bind", device, device));
        }
        confined.addAll(List.of("--remount-ro", "/dev", "--size", Long.toString(TMP_BYTES), "--tmpfs", "/tmp", "--chdir",
                "/tmp"));
        for (Path path : readable) {
            String at = path.toAbsolutePath().normalize().toString();
            confined.addAll(List.of("--ro-bind", at, at));
        }
        // The root that bubblewrap built (with the directories above those paths) is read-only too: only /tmp is
        // writable, and it is capped.
        confined.addAll(List.of("--remount-ro", "/"));
        prlimit.ifPresent(cap -> confined.addAll(List.of(cap.toString(), "--nproc=" + MAX_TASKS, "--")));
        // The child's standard output is a pipe of the sandbox's own, relayed to the grader's: a throwaway user may
        // not reopen the grader's pipe, and the harness reopens its own (/proc/self/fd/1) so that learner code that
        // closes standard output cannot cut the grade channel. pipefail keeps the child's exit code.
        relay.ifPresent(shell -> confined.addAll(List.of(shell.toString(), "-c", "set -o pipefail; \"$@\" | cat",
                "relay")));
        // bubblewrap sets PWD even with --clearenv: env -i leaves the child no variable at all.
        env.ifPresent(empty -> confined.addAll(List.of(empty.toString(), "-i")));
        confined.addAll(command);
        return List.copyOf(confined);
    }

    /**
     * Whether a child that reads {@code readable} runs as a throwaway user id: when the grader runs as root, and others
     * may read those files (bubblewrap then runs as that user and must open them); otherwise as root, mapped to
     * {@code nobody}, still without any capability.
     */
    boolean throwaway(List<Path> readable) {
        return root && setpriv.isPresent() && readable.stream().allMatch(WorldReadable::byOthers);
    }

    /**
     * Whether the process cap holds for a child that reads {@code readable}: the kernel does not apply it to root's
     * processes, so as root it holds only for a throwaway user id.
     */
    public boolean capsTasksFor(List<Path> readable) {
        return prlimit.isPresent() && (!root || throwaway(readable));
    }

    @Override
    public boolean confines() {
        return true;
    }

    @Override
    public String description() {
        String cap = prlimit.isEmpty() ? "" : ", at most " + MAX_TASKS + " processes and threads";
        return "bubblewrap sandbox (no network, read-only files, a private /tmp"
                + (!root ? cap : setpriv.isPresent() ? ", a throwaway user id" + cap + " where others may read the"
                + " grader's files" : "") + ")";
    }

    /** {@code /lib} and the like: a link into {@code /usr} on merged systems, a directory of its own on others. */
    private static void systemDirectory(Path top, List<String> confined) {
        try {
            if (Files.isSymbolicLink(top)) {
                confined.addAll(List.of("--symlink", Files.readSymbolicLink(top).toString(), top.toString()));
            } else if (Files.isDirectory(top)) {
                confined.addAll(List.of("--ro-bind", top.toString(), top.toString()));
            }
        } catch (IOException e) {
            // unreadable: the sandbox goes without it
        }
    }

    /** Runs {@code command} in the sandbox; empty when it worked, otherwise what bubblewrap said. */
    private String tryOut(Path command) {
        try {
            Process process = new ProcessBuilder(confine(List.of(command.toString()), List.of(), Path.of("/")))
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "it did not start within 20 s";
            }
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 ? "" : said.isEmpty() ? "exit code " + process.exitValue() : said.lines()
                    .findFirst().orElse("");
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Path> onPath(String name) {
        List<String> directories = new ArrayList<>(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        directories.addAll(List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)));
        return directories.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).findFirst();
    }
}
