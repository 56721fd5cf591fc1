package org.kasten.vault;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes %XX escapes in link URLs as UTF-8; unlike URLDecoder, '+' stays '+', and bad escapes stay as written. */
final class PercentDecoding {

    private PercentDecoding() {
    }

    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && hex(s, i + 1) >= 0 && hex(s, i + 2) >= 0) {
                bytes.write(hex(s, i + 1) * 16 + hex(s, i + 2));
                i += 3;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
                i++;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(String s, int i) {
        return i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
    }
}
