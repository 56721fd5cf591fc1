package org.kasten.ui.viewmodel;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A small typed key-value file (Java properties, UTF-8); reading a missing or broken file gives defaults. */
public final class Settings {

    private final Path file;
    private final Properties values = new Properties();

    /** Loads {@code file} if it exists. */
    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // a broken state file only costs the remembered layout
            }
        }
    }

    /** A string, or {@code fallback} when absent. */
    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** A number, or {@code fallback} when absent or not a number. */
    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A list stored as {@code key.0}, {@code key.1} ... */
    public List<String> getList(String key) {
        List<String> list = new ArrayList<>();
        for (int i = 0; values.containsKey(key + "." + i); i++) {
            list.add(values.getProperty(key + "." + i));
        }
        return list;
    }

    /** Sets a value (null removes it). */
    public void put(String key, Object value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, String.valueOf(value));
        }
    }

    /** Replaces a list. */
    public void putList(String key, List<String> list) {
        values.keySet().removeIf(k -> k.toString().startsWith(key + "."));
        for (int i = 0; i < list.size(); i++) {
            values.setProperty(key + "." + i, list.get(i));
        }
    }

    /** Writes the file (creating its folder); failures are ignored, state is a convenience. */
    public boolean save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "Kasten window state");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
