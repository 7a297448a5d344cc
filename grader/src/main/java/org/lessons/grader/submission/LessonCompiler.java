package org.lessons.grader.submission;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the files of several tasks in one javac pass, which costs little more than compiling one of them
 * (javac reads the platform's classes once, not once per task).
 *
 * <p>The pass stands for each task's own compilation only when that changes nothing: every file compiled, and
 * no compiled file names a type that another compiled file declares. Then {@link TaskCompiler} would have
 * compiled exactly each file's own classes, and a task gets those. Otherwise there is no result, and each task
 * is compiled on its own, so that a compile error, or a helper file that does not compile, still costs only
 * the tasks that use it.
 */
final class LessonCompiler {

    private final Path sourceRoot;
    private final List<Path> classpath;

    /** @param sourceRoot the copy of the lesson's sources to compile (see {@link LessonSources}) */
    LessonCompiler(Path sourceRoot, List<Path> classpath) {
        this.sourceRoot = sourceRoot;
        this.classpath = List.copyOf(classpath);
    }

    /** Whether a pass over {@code sourceFiles} can save anything: at least two of them exist, and there is a javac. */
    boolean compilesTogether(List<String> sourceFiles) {
        return sourceFiles.stream().map(sourceRoot::resolve).filter(Files::isRegularFile).limit(2).count() == 2
                && ToolProvider.getSystemJavaCompiler() != null;
    }

    /**
     * Compiles the {@code sourceFiles} that exist (relative to the source root) into {@code output}.
     *
     * @return every compiled class by its source file, or empty when the pass cannot stand for the tasks' own
     */
    Optional<CompiledTogether> compile(List<String> sourceFiles, Path output) {
        List<Path> sources = sourceFiles.stream().map(sourceRoot::resolve).filter(Files::isRegularFile).toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (!compilesTogether(sourceFiles)) {
            return Optional.empty();
        }
        TaskCompiler.clean(output);
        Map<String, String> owners = new HashMap<>();
        boolean[] unowned = new boolean[1];
        try (StandardJavaFileManager standard = javac.getStandardFileManager(null, Locale.ROOT, null);
             ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
                 @Override
                 public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                            FileObject sibling) throws IOException {
                     if (kind == JavaFileObject.Kind.CLASS) {
                         if (sibling == null) {
                             unowned[0] = true;
                         } else {
                             owners.put(className, sourceRoot.relativize(Path.of(sibling.toUri())).toString()
                                     .replace(java.io.File.separatorChar, '/'));
                         }
                     }
                     return super.getJavaFileForOutput(location, className, kind, sibling);
                 }
             }) {
            boolean ok = javac.getTask(new StringWriter(), files, diagnostic -> { }, TaskCompiler.options(sourceRoot,
                    classpath, output), null, standard.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok || unowned[0]) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> bySource = new HashMap<>();
        owners.forEach((className, source) -> bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(className));
        return namesAnotherFilesType(bySource) ? Optional.empty() : Optional.of(new CompiledTogether(output, bySource));
    }

    /**
     * Whether a compiled file contains, as a word, the name of a type that another compiled file declares (a
     * nested or local type's own name counts too). Compiled alone, such a file would have compiled the other
     * file with it, or failed without it. A word in a comment or a string counts as well: that only costs the
     * speed-up. A unicode escape could spell a name unseen, so a file with one counts as naming everything.
     */
    private boolean namesAnotherFilesType(Map<String, List<String>> bySource) {
        Map<String, Set<String>> declared = new HashMap<>();
        bySource.forEach((source, classNames) -> declared.put(source, simpleNames(classNames)));
        for (String source : bySource.keySet()) {
            String text = read(source);
            if (text.contains("\\u")) {
                return true;
            }
            Set<String> words = words(text);
            for (Map.Entry<String, Set<String>> other : declared.entrySet()) {
                if (!other.getKey().equals(source) && other.getValue().stream().anyMatch(words::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every part of the binary names' simple names: {@code asyncbasics.Run$Helper$1} gives Run and Helper. */
    private static Set<String> simpleNames(List<String> classNames) {
        Set<String> names = new HashSet<>();
        for (String className : classNames) {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            for (String part : simple.split("\\$")) {
                String name = part.replaceFirst("^\\d+", "");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * The words of a file's code: comments, string and character literals and text blocks left out (javac
     * looks no name up in them).
     */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                i = end(text.indexOf('\n', i), n);
            } else if (text.startsWith("/*", i)) {
                i = end(text.indexOf("*/", i + 2), n - 2) + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                i = endOfLiteral(text, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i + 1, String.valueOf(c));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                words.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return words;
    }

    private static int end(int found, int otherwise) {
        return found < 0 ? otherwise : found;
    }

    /** Where a literal that opened before {@code from} ends with {@code close}, a backslash escaping one character. */
    private static int endOfLiteral(String text, int from, String close) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\\') {
                i += 2;
            } else if (text.startsWith(close, i)) {
                return i + close.length();
            } else {
                i++;
            }
        }
        return text.length();
    }

    private String read(String source) {
        try {
            return new String(Files.readAllBytes(sourceRoot.resolve(source)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes of one pass over several files.
     *
     * @param output where the pass wrote its class files
     * @param classNamesBySource the binary name of every class compiled, by its source file ({@code asyncbasics/Run.java})
     */
    record CompiledTogether(Path output, Map<String, List<String>> classNamesBySource) {

        CompiledTogether {
            Map<String, List<String>> copy = new HashMap<>();
            classNamesBySource.forEach((source, names) -> copy.put(source, List.copyOf(names)));
            classNamesBySource = Map.copyOf(copy);
        }

        /** Whether the pass compiled {@code sourceFile}. */
        boolean compiled(String sourceFile) {
            return classNamesBySource.containsKey(sourceFile);
        }

        /** The classes of {@code sourceFile}, copied into {@code into} (emptied first), as a task's compilation. */
        Compilation copyOf(String sourceFile, Path into) {
            TaskCompiler.clean(into);
            try {
                for (String className : classNamesBySource.getOrDefault(sourceFile, List.of())) {
                    String file = className.replace('.', '/') + ".class";
                    Path target = into.resolve(file);
                    Files.createDirectories(target.getParent());
                    Files.copy(output.resolve(file), target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Compilation(into, TaskCompiler.classNames(into), List.of(), false);
        }
    }
}
