package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec tables: mangled text that must be repaired, and correct (sometimes tricky) text that must stay. */
class MojibakeRepairTest {

    private final TextDecoder decoder = new TextDecoder();

    private DecodedText decode(String text) {
        return decoder.decode(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Ilya Sutskever â€“ We're moving          | Ilya Sutskever – We're moving                | 1
            SSIâ€™s strategy                         | SSI’s strategy                               | 1
            â€œWe are squarely an age of research companyâ€ | “We are squarely an age of research company” | 2
            ğ„ğğˆğ’ğğƒğ„ ğ‹ğˆğğŠğ’                          | 𝐄𝐏𝐈𝐒𝐎𝐃𝐄 𝐋𝐈𝐍𝐊𝐒                                | 12
            ğ’ğğğğ’ğğ‘ğ’                                | 𝐒𝐏𝐎𝐍𝐒𝐎𝐑𝐒                                     | 8
            ğ“ğˆğŒğ„ğ’ğ“ğ€ğŒğğ’                            | 𝐓𝐈𝐌𝐄𝐒𝐓𝐀𝐌𝐏𝐒                                   | 10
            cafÃ©                                     | café                                         | 1
            Ã¼ber                                     | über                                         | 1
            ðŸ˜€ smile                                 | 😀 smile                                     | 1
            TÃ¼rkÃ§e Ã§alÄ±ÅŸma                        | Türkçe çalışma                               | 5
            ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€                          | Привет, мир                                  | 9
            Ã…rhus                                    | Århus                                        | 1
            Ã–sterreich                               | Österreich                                   | 1
            3Ã—4 and hÃ´tel                           | 3×4 and hôtel                                | 2
            Ï€ â‰ˆ 3.14                              | π ≈ 3.14                                     | 2
            Â© 2024                                   | © 2024                                       | 1
            `voilÃ\u00A0 tout`                       | voilà tout                                   | 1
            PÃ… â€“ done                              | PÅ – done                                    | 2
            ULUDAĞ’DA â€“ Uludağ’da                    | ULUDAĞ’DA – Uludağ’da                        | 1
            """)
    void repairsMojibake(String mangled, String expected, int repairs) {
        DecodedText decoded = decode(unescapeNbsp(mangled));

        assertThat(decoded.text()).isEqualTo(expected);
        assertThat(decoded.repairs()).isEqualTo(repairs);
        assertThat(decoded.warnings()).containsExactly("repaired " + repairs + " mis-encoded characters (mojibake)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            café au lait, naïve, déjà vu, crème brûlée
            SÃO PAULO, NÃO, CORAÇÃO, ação
            Größe, „Größe“, Übermaß, Straße
            Çalışma ağı güçlü; ğüşiöç İstanbul Şişli
            Uludağ’da, ULUDAĞ’DA, Erdoğan’ın, İ’, Ç’, Ö“, Ü”
            €100, ½ cup, 5 °C, ±3, × 2, © 2024 Kasten, ® and ™
            Ω ≈ π, “quoted” and ‘single’ – dash — dash…
            emoji 😀 👍🏽 🇩🇪
            ¿Qué? ¡Sí! Ñandú, año
            Tiếng Việt, Ελληνικά, Русский, 日本語, العربية
            PÅ… (Danish capitals and an ellipsis)
            ÉTÉ… «ÉTÉ» CAFÉ\u00A0: (French capitals)
            IRMÃ” MAÇÃ… (Portuguese capitals and punctuation)
            VÝŠKA (Czech capitals)
            með, Þórður, Ðe (Icelandic)
            SÃ (a lone lead byte)
            """)
    void leavesCorrectTextAlone(String correct) {
        String text = unescapeNbsp(correct);

        DecodedText decoded = decode(text);

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.repairs()).isZero();
        assertThat(decoded.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ðŸ˜ x (😁 with its last byte dropped: 😁 😍 😏 😐 😝 all fit, so it stays)
            Ï€r² (π alone: one two-byte sequence giving Greek is too weak without stronger mojibake nearby)
            PÃ… done (Å, or Danish "PÃ…"? weak alone; repaired next to an en dash's mojibake, see above)
            ğ„ (one math letter: a guess with no neighbours, like the Turkish Uludağ’da)
            """)
    void leavesMojibakeAloneWhenUnsure(String mangled) {
        DecodedText decoded = decode(mangled);

        assertThat(decoded.text()).isEqualTo(mangled);
        assertThat(decoded.repairs()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Iâ€™m fine, but `tÃ©st` is how UTF-8 looks in Latin-1"     | "I’m fine, but `tÃ©st` is how UTF-8 looks in Latin-1"
            "``a ` â€“ b`` â€“ c"                                     | "``a ` â€“ b`` – c"
            "```\\nIâ€™m quoted\\n```\\nIâ€™m repaired"            | "```\\nIâ€™m quoted\\n```\\nI’m repaired"
            "~~~~ text\\nâ€“\\n~~~\\nstill code â€“"                 | "~~~~ text\\nâ€“\\n~~~\\nstill code â€“"
            "an unpaired ` backtick: Iâ€™m"                          | "an unpaired ` backtick: I’m"
            """)
    void leavesMarkdownCodeAlone(String input, String expected) {
        DecodedText decoded = decode(input.replace("\\n", "\n"));

        assertThat(decoded.text()).isEqualTo(expected.replace("\\n", "\n"));
    }

    private static String unescapeNbsp(String s) {
        return s.replace("\\u00A0", "\u00A0");
    }
}
