package org.lessons.grader.harness;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source file each class was compiled from, read from the {@code SourceFile} attribute of its class file.
 * A stack trace element carries it; a flight recorder frame does not, and a class need not live in a file of its
 * own name (a second top-level class in {@code Run.java}).
 */
final class SourceFiles {

    private static final int MAGIC = 0xCAFEBABE;

    private final ClassLoader loader;
    private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

    SourceFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** The file {@code className} was compiled from, such as {@code Run.java}; empty when its class file says none. */
    Optional<String> of(String className) {
        return known.computeIfAbsent(className, this::read);
    }

    private Optional<String> read(String className) {
        InputStream stream = loader.getResourceAsStream(className.replace('.', '/') + ".class");
        if (stream == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            in.skipNBytes(4);
            String[] texts = constantTexts(in);
            in.skipNBytes(6);
            in.skipNBytes(2L * in.readUnsignedShort());
            skipMembers(in);
            skipMembers(in);
            for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
                String name = texts[in.readUnsignedShort()];
                int length = in.readInt();
                if ("SourceFile".equals(name)) {
                    return Optional.ofNullable(texts[in.readUnsignedShort()]);
                }
                in.skipNBytes(length & 0xFFFFFFFFL);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The constant pool's texts by index; other constants are skipped. */
    private static String[] constantTexts(DataInputStream in) throws IOException {
        String[] texts = new String[in.readUnsignedShort()];
        for (int i = 1; i < texts.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant tag " + tag);
            }
        }
        return texts;
    }

    /** Skips the fields or the methods, with their attributes. */
    private static void skipMembers(DataInputStream in) throws IOException {
        for (int members = in.readUnsignedShort(); members > 0; members--) {
            in.skipNBytes(6);
            for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
                in.skipNBytes(2);
                in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
            }
        }
    }
}
