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
import java.util.Map;
import java.util.Optional;

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
