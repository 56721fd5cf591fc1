package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick NFC answer (note.NfcInert) leaves NFC text alone and sends the rest to the normaliser. */
class KeysNfcTest {

    @Test
    void textInNfcIsTheSameInstanceAndOtherTextIsNormalised() {
        String plain = "Caf\u00e9 \u2014 \u201cquoted\u201d \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac, \u0440\u0443\u0441\u0441\u043a\u0438\u0439\u2026";
        assertThat(Keys.nfc(plain)).isSameAs(plain);
        assertThat(org.kasten.note.NfcInert.all(plain.toCharArray())).isTrue();

        assertThat(Keys.nfc("Cafe\u0301")).isEqualTo("Caf\u00e9"); // a combining accent joins the letter before it
        assertThat(org.kasten.note.NfcInert.all("Cafe\u0301")).isFalse();
        assertThat(Keys.nfc("\u212b and \u2126")).isEqualTo("\u00c5 and \u03a9"); // Angstrom and Ohm signs: singletons
        assertThat(org.kasten.note.NfcInert.all("\u2000")).as("en quad: becomes en space").isFalse();
    }
}
