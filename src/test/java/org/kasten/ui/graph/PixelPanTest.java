package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A picture moved by {@link PixelPan} and patched along the strips it uncovered is the picture drawn from scratch
 * at the new offset.
 */
class PixelPanTest {

    private static final int W = 120;
    private static final int H = 90;
    private static final int WHITE = 0xffffff;

    /** A graph-like scene: many long translucent lines (some dashed) crossing the picture and past it, then nodes. */
    private static void scene(PixelRaster r, double ox, double oy) {
        r.clear(WHITE);
        Random random = new Random(7);
        double[] x = new double[60], y = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = -150 + random.nextDouble() * 420;
            y[i] = -120 + random.nextDouble() * 330;
        }
        for (int e = 0; e < 300; e++) {
            int a = random.nextInt(x.length), b = random.nextInt(x.length);
            r.line(x[a] + ox, y[a] + oy, x[b] + ox, y[b] + oy, 1.2, 0x24292f, 0.14, e % 7 == 0 ? 4 : 0);
        }
        for (int i = 0; i < x.length; i++) {
            switch (i % 3) {
                case 0 -> r.disc(x[i] + ox, y[i] + oy, 3 + i % 9, 0x4e79a7, 1);
                case 1 -> r.ring(x[i] + ox, y[i] + oy, 4 + i % 5, 1.4, 0x6e7781, 0.8);
                default -> r.square(x[i] + ox, y[i] + oy, 3.4, 0xf28e2b, 0.6);
            }
        }
    }

    /** The largest difference of one colour channel between two pictures. */
    private static int largestDifference(PixelRaster a, PixelRaster b) {
        int most = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = a.rgb(x, y), q = b.rgb(x, y);
                for (int s = 0; s < 24; s += 8) {
                    most = Math.max(most, Math.abs((p >> s & 0xff) - (q >> s & 0xff)));
                }
            }
        }
        return most;
    }

    private static PixelRaster raster() {
        PixelRaster r = new PixelRaster();
        r.resize(W, H, 1);
        return r;
    }

    @Test
    void aPannedAndPatchedPictureIsThePictureDrawnAtTheNewOffset() {
        PixelPan pan = new PixelPan();
        PixelRaster panned = raster();
        double ox = 0.37, oy = -0.21; // a fractional start, as after zooming
        scene(panned, ox, oy);
        int[][] moves = {{4, 3}, {-4, -3}, {4, -3}, {-4, 3}, {7, 0}, {0, -5}, {0, 6}, {-1, 0}, {1, 1}, {-30, 20}};
        for (int[] m : moves) {
            ox += m[0];
            oy += m[1];
            double nx = ox, ny = oy;
            assertThat(pan.pan(panned, m[0], m[1], strip -> scene(strip, nx, ny))).isTrue();
            PixelRaster fresh = raster();
            scene(fresh, ox, oy);
            assertThat(largestDifference(panned, fresh)).as("after the move by %d, %d", m[0], m[1]).isLessThanOrEqualTo(2);
        }
    }
}
