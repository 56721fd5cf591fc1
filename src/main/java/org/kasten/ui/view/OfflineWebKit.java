package org.kasten.ui.view;

/**
 * WebKit as Kasten uses it: pages that never load anything from the network (their Content-Security-Policy
 * allows only {@code kasten:} and {@code data:} images, and web links open in the browser). JavaFX's WebKit hands
 * every resource a page asks for (an attachment's image included) to its HTTP/2 loader first, whose class builds
 * a {@code java.net.http.HttpClient} on first use: the TLS context, the security providers and the trusted
 * certificates, and a selector thread, all on the JavaFX thread while the first note loads (docs/performance.md,
 * "Session 14"). The loader only ever takes {@code http:} and {@code https:} addresses, which Kasten's pages never
 * load, so it is turned off and WebKit's own loader, which served every other address anyway, takes all.
 */
final class OfflineWebKit {

    /** JavaFX's switch for WebKit's HTTP/2 loader, read once when WebKit first loads a resource. */
    static final String HTTP2_LOADER = "com.sun.webkit.useHTTP2Loader";

    private OfflineWebKit() {
    }

    /** Turns the HTTP/2 loader off unless it was set on the command line; call before the first page loads. */
    static void configure() {
        if (System.getProperty(HTTP2_LOADER) == null) {
            System.setProperty(HTTP2_LOADER, "false");
        }
    }
}
