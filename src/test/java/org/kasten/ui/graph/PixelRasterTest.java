package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link PixelRaster} puts on which pixels: lines, dashes, discs, rings, squares, blending, clipping. */
class PixelRasterTest {

    private static final int WHITE = 0xffffff;
    private static final int RED = 0xff0000;

    private static PixelRaster raster(int w, int h) {
        PixelRaster r = new PixelRaster();
        r.resize(w, h, 1);
        r.clear(WHITE);
        return r;
    }

    @Test
    void aLineColoursThePixelsBetweenItsEndsAndNothingElse() {
        PixelRaster r = raster(40, 30);
        r.line(5, 10.5, 35, 10.5, 1, RED, 1, 0);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                boolean on = y == 10 && x >= 5 && x < 35;
                assertThat(r.rgb(x, y)).as("pixel %d, %d", x, y).isEqualTo(on ? RED : WHITE);
            }
        }
    }

    @Test
    void aSteepLineCoversEveryRowOnceInAll() {
        PixelRaster r = raster(30, 40);
        r.line(3, 2, 20, 37, 1, RED, 1, 0);
        for (int y = 3; y < 36; y++) {
            double red = 0;
            for (int x = 0; x < 30; x++) {
                red += 1 - (r.rgb(x, y) & 0xff) / 255.0; // white to red: blue falls with coverage
            }
            double expected = Math.hypot(17, 35) / 35; // a 1-wide band crosses a row over this many pixels' area
            assertThat(red).as("row %d's share of the line", y).isBetween(expected - 0.05, expected + 0.05);
        }
        assertThat(r.rgb(25, 5)).as("far from the line").isEqualTo(WHITE);
    }

    @Test
    void aDashedLineLeavesGapsOfTheDashLength() {
        PixelRaster r = raster(40, 5);
        r.line(0, 2.5, 40, 2.5, 1, RED, 1, 4);
        StringBuilder row = new StringBuilder();
        for (int x = 0; x < 40; x++) {
            row.append(r.rgb(x, 2) == RED ? '#' : r.rgb(x, 2) == WHITE ? '.' : '?');
        }
        assertThat(row.toString()).isEqualTo("####....####....####....####....####....");
    }

    @Test
    void translucentColoursBlendOverWhatIsThere() {
        PixelRaster r = raster(10, 10);
        r.line(0, 5.5, 10, 5.5, 1, 0x000000, 0.5, 0);
        assertThat(r.rgb(3, 5)).as("half black over white").isEqualTo(0x7f7f7f);
        r.line(0, 5.5, 10, 5.5, 1, 0x000000, 0.5, 0);
        assertThat(r.rgb(3, 5)).as("a second line over the first darkens it").isEqualTo(0x3f3f3f);
    }

    @Test
    void aDiscIsFullInsideAntialiasedAtItsRimAndAbsentOutside() {
        PixelRaster r = raster(40, 40);
        r.disc(20, 20, 8, RED, 1);
        assertThat(r.rgb(20, 20)).isEqualTo(RED);
        assertThat(r.rgb(13, 19)).as("just inside the rim").isEqualTo(RED);
        assertThat(r.rgb(29, 20)).as("outside").isEqualTo(WHITE);
        assertThat(r.rgb(20, 30)).as("outside").isEqualTo(WHITE);
        int rim = r.rgb(14, 14); // the pixel the circle crosses diagonally
        assertThat(rim).as("partly covered on the rim").isNotIn(RED, WHITE);
        assertThat(rim >> 16).isEqualTo(0xff);
    }

    @Test
    void aRingLeavesItsMiddleAlone() {
        PixelRaster r = raster(40, 40);
        r.ring(20, 20, 10, 2, RED, 1);
        assertThat(r.rgb(20, 20)).isEqualTo(WHITE);
        assertThat(r.rgb(20, 13)).as("6.5 from the middle: inside the band from 8 to 10").isEqualTo(WHITE);
        assertThat(r.rgb(20, 11)).as("8.5 from the middle: in the band").isEqualTo(RED);
        assertThat(r.rgb(20, 8)).as("11.5 from the middle").isEqualTo(WHITE);
        assertThat(r.rgb(20, 5)).isEqualTo(WHITE);
    }

    @Test
    void aSquareCoversItsPixelsAndShadesThoseItHalfCovers() {
        PixelRaster r = raster(20, 20);
        r.square(10, 10, 6, RED, 1);
        assertThat(r.rgb(7, 7)).isEqualTo(RED);
        assertThat(r.rgb(12, 12)).isEqualTo(RED);
        assertThat(r.rgb(13, 10)).isEqualTo(WHITE);
        r.square(5, 15.5, 2, RED, 1); // from y 14.5 to 16.5: rows 14 and 16 half covered
        assertThat(r.rgb(4, 15)).isEqualTo(RED);
        assertThat(r.rgb(4, 14)).isNotIn(RED, WHITE);
    }

    @Test
    void shapesPartlyOrWhollyOutsideThePictureAreCutAtItsEdge() {
        PixelRaster r = raster(20, 20);
        r.line(-1e6, 10.5, 1e6, 10.5, 1, RED, 1, 0);
        r.line(-50, -50, -10, 300, 1, RED, 1, 0);
        r.disc(-3, 5, 5, RED, 1);
        r.disc(500, 5, 50, RED, 1);
        r.ring(10, 10, 1e4, 1, RED, 1);
        r.disc(18, 18, 6, RED, 1); // over the right and bottom edges
        assertThat(r.rgb(0, 10)).isEqualTo(RED);
        assertThat(r.rgb(19, 10)).isEqualTo(RED);
        assertThat(r.rgb(0, 5)).isEqualTo(RED);
        assertThat(r.rgb(19, 5)).isEqualTo(WHITE);
        assertThat(r.rgb(10, 3)).isEqualTo(WHITE);
        assertThat(r.rgb(19, 19)).isEqualTo(RED);
        assertThat(r.rgb(19, 13)).isEqualTo(RED);
        assertThat(r.rgb(12, 19)).isNotEqualTo(WHITE);
        assertThat(r.rgb(19, 14)).as("the row below, from its left: nothing spills over the edge").isEqualTo(RED);
        assertThat(r.rgb(0, 19)).isEqualTo(WHITE);
    }

    @Test
    void bandsOrRegionsDrawnApartMakeTheSamePictureAsTheWhole() {
        PixelRaster whole = raster(60, 50);
        PixelRaster banded = raster(60, 50);
        PixelRaster tiled = raster(60, 50);
        PixelRaster[] parts = new PixelRaster[6];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = new PixelRaster();
        }
        parts[0].band(banded, 0, 23);
        parts[1].band(banded, 23, 50);
        for (int k = 0; k < 4; k++) { // four quarters
            parts[2 + k].region(tiled, k % 2 == 0 ? 0 : 27, k < 2 ? 0 : 23, k % 2 == 0 ? 27 : 60, k < 2 ? 23 : 50);
        }
        PixelRaster[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(whole), java.util.Arrays.stream(parts))
                .toArray(PixelRaster[]::new);
        for (PixelRaster r : all) {
            r.clear(WHITE);
            r.line(2, 3, 57, 46, 1.3, 0x336699, 0.4, 0); // translucent: a pixel drawn twice would show
            r.line(27.2, -5, 26.6, 60, 1, 0x336699, 0.4, 4); // along the split between the columns
            r.line(-10, 22.7, 70, 23.4, 0.8, RED, 0.5, 0); // along the split between the rows
            r.disc(27, 23, 6.5, RED, 0.6);
            r.ring(44, 22, 5, 1.4, 0x000000, 0.7);
            r.square(26.5, 40, 3.3, 0x00ff00, 0.5);
        }
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 60; x++) {
                assertThat(banded.rgb(x, y)).as("pixel %d, %d in bands", x, y).isEqualTo(whole.rgb(x, y));
                assertThat(tiled.rgb(x, y)).as("pixel %d, %d in quarters", x, y).isEqualTo(whole.rgb(x, y));
            }
        }
        assertThat(whole.rgb(27, 23)).isNotEqualTo(WHITE);
    }

    @Test
    void atTwoPixelsAUnitShapesAreDrawnTwiceAsLarge() {
        PixelRaster r = new PixelRaster();
        r.resize(40, 40, 2);
        r.clear(WHITE);
        r.disc(10, 10, 4, RED, 1);
        assertThat(r.rgb(20, 13)).as("7 pixels from the centre, inside the 8-pixel radius").isEqualTo(RED);
        assertThat(r.rgb(20, 10)).as("10 pixels away").isEqualTo(WHITE);
    }
}
