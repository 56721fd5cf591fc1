package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Byte-level decoding: BOMs, strict UTF-8, the windows-1252 fallback, and any input without a crash. */
class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void utf8BomIsRemoved() {
        DecodedText decoded = decoder.decode(bytes(0xEF, 0xBB, 0xBF, 'h', 0xC3, 0xA9));

        assertThat(decoded).isEqualTo(new DecodedText("hé", "UTF-8", 0, java.util.List.of()));
    }

    @Test
    void utf16LittleEndianWithBom() {
        DecodedText decoded = decoder.decode(bytes(0xFF, 0xFE, 'h', 0, 0xE9, 0, 0x3D, 0xD8, 0x00, 0xDE));

        assertThat(decoded.text()).isEqualTo("hé😀");
        assertThat(decoded.charset()).isEqualTo("UTF-16LE");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void utf16BigEndianWithBom() {
        DecodedText decoded = decoder.decode(bytes(0xFE, 0xFF, 0, 'h', 0, 0xE9));

        assertThat(decoded.text()).isEqualTo("hé");
        assertThat(decoded.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void plainUtf8() {
        DecodedText decoded = decoder.decode(bytes('a', 0xE2, 0x80, 0x93, 'b'));

        assertThat(decoded).isEqualTo(new DecodedText("a–b", "UTF-8", 0, java.util.List.of()));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() {
        DecodedText decoded = decoder.decode(bytes('c', 'a', 'f', 0xE9, ' ', 0x93, 'q', 0x94, ' ', 0x80, '5'));

        assertThat(decoded.text()).isEqualTo("café “q” €5");
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.warnings()).containsExactly("not valid UTF-8; read as windows-1252");
    }

    @Test
    void aFileThatIsNotUtf8IsNotTreatedForMojibake() {
        DecodedText decoded = decoder.decode(bytes(0xC3, 0xA9, ' ', 0xE9)); // "Ã© é" in windows-1252

        assertThat(decoded.text()).isEqualTo("Ã© é");
        assertThat(decoded.repairs()).isZero();
        assertThat(decoded.warnings()).containsExactly("not valid UTF-8; read as windows-1252");
    }

    @Test
    void utf16TextIsRepairedToo() {
        DecodedText decoded = decoder.decode(bytes(0xFF, 0xFE, 0xE2, 0, 0xAC, 0x20, 0x22, 0x21, 's', 0));

        assertThat(decoded.text()).isEqualTo("’s"); // "â€™s": E2 80 99 read as windows-1252
        assertThat(decoded.repairs()).isEqualTo(1);
    }

    @Test
    void utf8BomFollowedByInvalidUtf8FallsBackWithoutTheBom() {
        DecodedText decoded = decoder.decode(bytes(0xEF, 0xBB, 0xBF, 'n', 0xE9));

        assertThat(decoded.text()).isEqualTo("né");
        assertThat(decoded.charset()).isEqualTo("windows-1252");
    }

    @Test
    void emptyAndBomOnlyInputs() {
        assertThat(decoder.decode(new byte[0]).text()).isEmpty();
        assertThat(decoder.decode(bytes(0xEF, 0xBB, 0xBF)).text()).isEmpty();
        assertThat(decoder.decode(bytes(0xFF, 0xFE)).text()).isEmpty();
    }

    @Test
    void brokenUtf16AndUndefinedWindows1252BytesDoNotCrash() {
        assertThat(decoder.decode(bytes(0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b')).text()).startsWith("a");
        assertThat(decoder.decode(bytes('x', 0x81, 0x8D, 0x8F, 0x90, 0x9D)).text()).startsWith("x").hasSize(6);
    }

    @Test
    void arbitraryBytesNeverCrash() {
        Random random = new Random(42);
        for (int round = 0; round < 5_000; round++) {
            byte[] input = new byte[random.nextInt(64)];
            random.nextBytes(input);
            for (int i = 0; i < input.length; i++) {
                if (random.nextBoolean()) {
                    input[i] = (byte) (0x80 + random.nextInt(0x80)); // mostly bytes of the suspicious range
                }
            }

            DecodedText decoded = decoder.decode(input);

            assertThat(decoded.text()).isNotNull();
            assertThat(decoded.charset()).isIn("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252");
        }
    }

    /**
     * The repair's scan is skipped only where it could find nothing: random texts of clean and mis-encoded characters
     * (lone and side by side, code and emoji among them) decode to what the repair makes of the text, with as many
     * repairs.
     */
    @Test
    void theMojibakeScanIsSkippedOnlyWhereItWouldRepairNothing() {
        String[] parts = {"a", " ", "\n", "`", "é", "Ã", "©", "â", "€", "™", "’", "ğ", "Ÿ", "東", "\uD83D\uDE00", "—"};
        Random random = new Random(17);
        int repaired = 0;
        int skipped = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            byte[] utf8 = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            MojibakeRepair.Result expected = MojibakeRepair.repair(text.toString());
            DecodedText decoded = decoder.decode(utf8);
            assertThat(decoded.text()).as(text.toString()).isEqualTo(expected.text());
            assertThat(decoded.repairs()).as(text.toString()).isEqualTo(expected.repairs());
            repaired += expected.repairs() > 0 ? 1 : 0;
            skipped += TextDecoder.mayHoldMojibake(utf8, 0) ? 0 : 1;
        }
        assertThat(repaired).as("texts repaired").isGreaterThan(500);
        assertThat(skipped).as("texts not scanned").isGreaterThan(1_000);
        assertThat(TextDecoder.mayHoldMojibake("cafÃ©".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0)).isTrue();
        assertThat(TextDecoder.mayHoldMojibake("it’s — café".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0)).isFalse();
    }
}
