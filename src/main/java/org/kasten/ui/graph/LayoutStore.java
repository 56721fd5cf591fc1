package org.kasten.ui.graph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers a vault's graph layout (node key to position) in one file of Kasten's cache folder, so reopening
 * the graph starts from where it settled. The file is derived data: a missing, damaged or foreign file reads as
 * nothing remembered, and a failed write is ignored.
 */
public final class LayoutStore {

    private static final int MAGIC = 0x4B474C31; // "KGL1"
    private static final int MAX_NODES = 5_000_000;
    private final Path file;

    public LayoutStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The remembered positions, by {@link GraphData#key}; empty when there are none. */
    public Map<String, double[]> load() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                return Map.of();
            }
            int n = in.readInt();
            if (n < 0 || n > MAX_NODES) {
                return Map.of();
            }
            Map<String, double[]> positions = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                float x = in.readFloat();
                float y = in.readFloat();
                if (Float.isFinite(x) && Float.isFinite(y)) {
                    positions.put(key, new double[] {x, y});
                }
            }
            return positions;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Saves the positions of every node of {@code graph} ({@code xy} as {@link GraphLayout#positions}). */
    public boolean save(GraphData graph, float[] xy) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeInt(graph.size());
                for (int i = 0; i < graph.size(); i++) {
                    out.writeUTF(graph.key(i).length() > 20_000 ? graph.key(i).substring(0, 20_000) : graph.key(i));
                    out.writeFloat(xy[2 * i]);
                    out.writeFloat(xy[2 * i + 1]);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
