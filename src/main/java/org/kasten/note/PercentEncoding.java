package org.kasten.note;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one percent-encoding of Kasten, for Markdown link URLs ({@code [a](My%20Note.md)}) and for its own
 * {@link KastenUrl}s alike. It lives in {@code note}, the lowest package, because {@code kasten://} URLs are
 * read by the window as well as written by the renderer.
 */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    /** Percent-encodes one URL component as UTF-8 (spaces as {@code %20}, never {@code +}). */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8; unlike {@link java.net.URLDecoder}, {@code +} stays {@code +} and a
     * bad escape ({@code 100%}, {@code %zz}) stays as written while the good ones around it are decoded. Never
     * throws; bytes that are not UTF-8 become U+FFFD.
     */
    public static String decode(String s) {
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
