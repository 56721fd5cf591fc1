package org.kasten.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.Warning;
import org.kasten.vault.VaultScanner;

/**
 * {@code kasten check}'s answers kept beside the parse cache (outside the vault), so a check of a vault whose
 * files have not changed since the last one lists the folder and prints the stored answer, without reading the
 * notes or building the graph (seconds on a vault of many same-named notes). An answer is stored under a key of
 * every note's path, size and modification time, every attachment's path, the scan's warnings, and the program
 * itself (its jar, or its class folder's newest file): any change there and the answer is made again. The time
 * in the answer ({@code loaded in … ms}, {@code "millis"}) is left out of what is stored and put in when printed.
 */
public final class CheckReports {

    /** Bumped when what a stored answer holds changes shape. */
    private static final int FORMAT = 2;

    private final Path folder;
    private final Path root;
    private final Path real;
    private final VaultScanner.Scan scan;
    private final Path store;
    private final String key;

    private CheckReports(Path folder, Path root, Path real, VaultScanner.Scan scan, Path store, String key) {
        this.folder = folder;
        this.root = root;
        this.real = real;
        this.scan = scan;
        this.store = store;
        this.key = key;
    }

    /** Lists the vault at {@code folder}; a folder that is missing or unreadable gives a one-line message. */
    public static CheckReports look(Path folder) throws VaultException {
        Path root = VaultFolders.readable(folder);
        Path real = VaultFolders.read(folder, root::toRealPath);
        VaultScanner.Scan scan = VaultFolders.read(folder, () -> new VaultScanner().scan(real));
        Path parseCache = VaultFolders.parseCache(root);
        String program = programStamp();
        Path store = parseCache == null || program == null ? null
                : parseCache.resolveSibling(parseCache.getFileName() + ".check");
        return new CheckReports(folder, root, real, scan, store, store == null ? null : key(scan, program));
    }

    /** The answer stored for {@code kind} (a file suffix such as "txt") of these files, if there is one. */
    public Optional<Stored> stored(String kind) {
        if (store == null) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file(kind), StandardCharsets.UTF_8);
            int first = text.indexOf('\n');
            int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
            if (second < 0 || !text.substring(0, first).equals(key)) {
                return Optional.empty();
            }
            int at = Integer.parseInt(text.substring(first + 1, second));
            String answer = text.substring(second + 1);
            return at < 0 || at > answer.length() ? Optional.empty() : Optional.of(new Stored(answer, at));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none yet, or unreadable: the answer is made again
        }
    }

    /**
     * Keeps {@code answer} for {@code kind}; {@code time} is the text standing for the time in it (found once,
     * left out). Nothing is kept when the cache folder cannot be written.
     */
    public void store(String kind, String answer, String time) {
        int at = answer.indexOf(time);
        if (store == null || at < 0) {
            return;
        }
        String stored = answer.substring(0, at) + answer.substring(at + time.length());
        try {
            Files.createDirectories(store.getParent());
            Path temp = Files.createTempFile(store.getParent(), store.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, key + "\n" + at + "\n" + stored, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file(kind), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file(kind), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // the answer is made again next time
        }
    }

    /** Reads the vault's notes (from the parse cache when it holds them) and builds its link graph. */
    public WorkspaceLinks links(Progress progress) throws VaultException {
        return WorkspaceLinks.open(folder, root, real, scan, progress);
    }

    private Path file(String kind) {
        return store.resolveSibling(store.getFileName() + "." + kind);
    }

    /** A stored answer: its text without the time, and where the time goes. */
    public record Stored(String answer, int timeAt) {

        /** The answer with {@code time} put back. */
        public String with(String time) {
            return answer.substring(0, timeAt) + time + answer.substring(timeAt);
        }
    }

    private static String key(VaultScanner.Scan scan, String program) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder line = new StringBuilder().append(FORMAT).append('\n').append(program).append('\n')
                .append(scan.notesDigest()).append('\n');
        for (NotePath attachment : scan.attachments()) {
            line.append('a').append(attachment.value()).append('\n');
            if (line.length() > 8192) {
                digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
                line.setLength(0);
            }
        }
        for (Warning warning : scan.warnings()) {
            line.append('w').append(warning).append('\n');
        }
        digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The program's own files as a stamp: its jar's size and time, the runtime image's for an installed program,
     * or the number and newest time of the files of a class folder; null when it cannot be told.
     */
    private static String programStamp() {
        try {
            CodeSource source = CheckReports.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            String scheme = source.getLocation().getProtocol();
            Path code = scheme.equals("jrt") ? Path.of(System.getProperty("java.home"), "lib", "modules")
                    : scheme.equals("file") ? Path.of(source.getLocation().toURI()) : null;
            if (code == null) {
                return null;
            }
            BasicFileAttributes attrs = Files.readAttributes(code, BasicFileAttributes.class);
            if (attrs.isRegularFile()) {
                return code + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis();
            }
            long newest = 0;
            long count = 0;
            try (Stream<Path> files = Files.walk(code)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
                    count++;
                }
            }
            return code + " " + count + " " + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
