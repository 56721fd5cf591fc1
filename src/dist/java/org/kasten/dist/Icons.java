package org.kasten.dist;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Kasten's icon, drawn from one list of shapes (a box of index cards on a rounded square) as SVG, as PNGs in the
 * desktop's sizes, and as the Windows {@code .ico} and macOS {@code .icns} that jpackage wants there.
 */
final class Icons {

    /** A rounded rectangle in a 256 x 256 square, with its colour. */
    private record Shape(int x, int y, int width, int height, int radius, String rgb) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(8, 8, 240, 240, 52, "2b5d6b"),     // the square
            new Shape(66, 46, 124, 120, 10, "c9dde3"),   // the back card
            new Shape(54, 66, 148, 110, 10, "e3eff2"),   // the middle card
            new Shape(42, 86, 172, 100, 10, "ffffff"),   // the front card
            new Shape(30, 138, 196, 88, 14, "f2b33d"),   // the box
            new Shape(100, 162, 56, 16, 6, "2b5d6b"));   // its label slot

    /** The PNG sizes the desktop's icon theme gets (hicolor). */
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private Icons() {
    }

    /** Writes kasten.svg, kasten-N.png for each size, kasten.ico and kasten.icns into {@code folder}. */
    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder svg = new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\n");
        for (Shape s : SHAPES) {
            svg.append(String.format("  <rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"%d\" fill=\"#%s\"/>%n",
                    s.x, s.y, s.width, s.height, s.radius, s.rgb));
        }
        Files.writeString(folder.resolve("kasten.svg"), svg.append("</svg>\n"));
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            pngs.put(size, png(size));
            Files.write(folder.resolve("kasten-" + size + ".png"), pngs.get(size));
        }
        Files.write(folder.resolve("kasten.ico"), ico(pngs, List.of(16, 24, 32, 48, 64, 256)));
        Files.write(folder.resolve("kasten.icns"), icns(pngs));
    }

    private static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        for (Shape s : SHAPES) {
            g.setColor(new Color(Integer.parseInt(s.rgb, 16)));
            g.fill(new RoundRectangle2D.Double(s.x, s.y, s.width, s.height, 2.0 * s.radius, 2.0 * s.radius));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An .ico holding PNG images (Windows Vista and later read those). */
    private static byte[] ico(Map<Integer, byte[]> pngs, List<Integer> sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(sizes.size());
        int offset = 6 + 16 * sizes.size();
        for (int size : sizes) {
            bytes.write(size >= 256 ? 0 : size);
            bytes.write(size >= 256 ? 0 : size);
            bytes.write(0);
            bytes.write(0);
            out.short16(1);
            out.short16(32);
            out.int32(pngs.get(size).length);
            out.int32(offset);
            offset += pngs.get(size).length;
        }
        for (int size : sizes) {
            bytes.write(pngs.get(size));
        }
        return bytes.toByteArray();
    }

    /** An .icns holding PNG images under their size's type code. */
    private static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<Integer, String> types = Map.of(16, "icp4", 32, "icp5", 64, "icp6", 128, "ic07", 256, "ic08", 512, "ic09");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (int size : SIZES) {
            if (types.containsKey(size)) {
                out.writeBytes(types.get(size));
                out.writeInt(8 + pngs.get(size).length);
                out.write(pngs.get(size));
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream out) {
        void short16(int v) {
            out.write(v & 0xff);
            out.write((v >> 8) & 0xff);
        }

        void int32(int v) {
            short16(v & 0xffff);
            short16((v >>> 16) & 0xffff);
        }
    }
}
