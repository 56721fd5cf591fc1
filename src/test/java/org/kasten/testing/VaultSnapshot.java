package org.kasten.testing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a vault folder holds, for checking that Kasten left it alone: every entry's name (dot-folders and
 * links included, links not followed), kind, size, modification time and content digest, and the folder's own
 * modification time. Two snapshots are equal when nothing was written, created, renamed or deleted.
 */
public record VaultSnapshot(Map<String, String> entries) {

    /** Records {@code root} and everything under it. */
    public static VaultSnapshot of(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                entries.put(name(root, dir) + "/", "folder modified " + attrs.lastModifiedTime());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String what = attrs.isSymbolicLink() ? "link to " + Files.readSymbolicLink(file)
                        : attrs.isRegularFile() ? "file " + attrs.size() + " bytes sha-256 " + digest(Files.readAllBytes(file))
                        : "other";
                entries.put(name(root, file), what + " modified " + attrs.lastModifiedTime());
                return FileVisitResult.CONTINUE;
            }
        });
        return new VaultSnapshot(Map.copyOf(entries));
    }

    /** This snapshot without the entry {@code name} (a vault-relative path with {@code /}). */
    public VaultSnapshot without(String name) {
        Map<String, String> rest = new TreeMap<>(entries);
        rest.remove(name);
        return new VaultSnapshot(Map.copyOf(rest));
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
