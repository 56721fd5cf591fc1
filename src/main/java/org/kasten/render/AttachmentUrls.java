package org.kasten.render;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.net.spi.URLStreamHandlerProvider;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.kasten.note.KastenUrl;
import org.kasten.note.NotePath;

/**
 * Serves the images of a page: {@code kasten://attachment/<path>} URLs (see {@link KastenUrl#attachment}) are
 * the only way a page loads a file, and they are answered here, for the Java networking that JavaFX's WebView
 * uses (registered as a {@link URLStreamHandlerProvider} in {@code META-INF/services}). A URL is served only
 * when it names an image file inside the vault being shown ({@link #serve}), by its real path: {@code ..},
 * absolute paths and symbolic links that lead out of the vault are refused, as is anything that is not a
 * regular image file. Pages carry no {@code file:} URL, and their Content-Security-Policy allows images only
 * from {@code kasten:} and {@code data:}.
 */
public final class AttachmentUrls extends URLStreamHandlerProvider {

    /** The image types a page may show, by extension. */
    static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "bmp", "image/bmp", "svg", "image/svg+xml", "webp", "image/webp",
            "avif", "image/avif", "ico", "image/x-icon");

    /** How a page's image of the vault starts, as the renderer writes it. */
    private static final String IMAGE_SOURCE = "src=\"" + KastenUrl.SCHEME + "attachment/";

    private static volatile Path vault;

    /** Attachments are served from the vault in folder {@code root} (the one the window shows) from now on. */
    static void serve(Path root) {
        vault = root.toAbsolutePath().normalize();
    }

    @Override
    public URLStreamHandler createURLStreamHandler(String protocol) {
        return "kasten".equals(protocol) ? new Handler() : null;
    }

    /**
     * {@code html} (a rendered page of the vault in {@code root}) with each of its images of the vault
     * ({@code src="kasten://attachment/…"}) given the version of its file as it is now ({@link KastenUrl#versioned}):
     * a hash of the vault's folder and the file's size and modification time. WebKit keeps an image by its address
     * for the whole session, so without it an image edited on disk, or another vault's image at the same path,
     * would show as first loaded. Called each time a page is handed out, after the page memo, so a page kept from
     * before the edit gets the new version too. A file that cannot be read keeps its address.
     */
    public static String versioned(String html, Path root) {
        int at = html.indexOf(IMAGE_SOURCE);
        if (at < 0) {
            return html;
        }
        Path vaultRoot = root.toAbsolutePath().normalize();
        long folder = vaultRoot.toString().hashCode();
        StringBuilder out = new StringBuilder(html.length() + 64);
        int copied = 0;
        while (at >= 0) {
            int start = at + "src=\"".length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            String url = html.substring(start, end);
            String version = version(url, vaultRoot, folder);
            if (version != null) {
                out.append(html, copied, start).append(KastenUrl.versioned(url, version));
                copied = end;
            }
            at = html.indexOf(IMAGE_SOURCE, end);
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** The version of the image {@code url} names now, or null when it is not a readable image of the vault. */
    private static String version(String url, Path root, long folder) {
        Optional<Path> file = url.indexOf('?') >= 0 ? Optional.empty() : image(url, root);
        if (file.isEmpty()) {
            return null;
        }
        try {
            BasicFileAttributes stamp = Files.readAttributes(file.get(), BasicFileAttributes.class);
            long hash = folder * 0x9E3779B97F4A7C15L + stamp.size();
            hash = hash * 0x9E3779B97F4A7C15L + stamp.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            return Long.toUnsignedString(hash ^ (hash >>> 29), 36);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * The file of the vault in {@code root} that {@code url} names, when it is an image inside the vault (by
     * its real path); empty otherwise.
     */
    static Optional<Path> image(String url, Path root) {
        Optional<KastenUrl> parsed = KastenUrl.parse(url).filter(u -> u.kind() == KastenUrl.Kind.ATTACHMENT);
        if (parsed.isEmpty() || root == null || parsed.get().anchor() != null) {
            return Optional.empty();
        }
        try {
            String relative = parsed.get().value();
            Path file = root.resolve(relative).normalize();
            if (relative.isEmpty() || Path.of(relative).isAbsolute() || !file.startsWith(root) || file.equals(root)
                    || !IMAGE_TYPES.containsKey(NotePath.of(relative).extension())) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            return real.startsWith(root.toRealPath()) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Opens {@code kasten://attachment/…} URLs; every other {@code kasten:} URL is not a resource. */
    private static final class Handler extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            Path file = image(url.toExternalForm(), vault)
                    .orElseThrow(() -> new FileNotFoundException("not an image of the vault: " + url));
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() throws IOException {
                    return Files.newInputStream(file);
                }

                @Override
                public String getContentType() {
                    return IMAGE_TYPES.get(NotePath.of(file.getFileName().toString()).extension());
                }

                @Override
                public long getContentLengthLong() {
                    try {
                        return Files.size(file);
                    } catch (IOException e) {
                        return -1;
                    }
                }
            };
        }
    }
}
