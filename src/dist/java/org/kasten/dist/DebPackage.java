package org.kasten.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code .deb} (jpackage {@code --type deb} from the app image), installed to {@code /opt/kasten}: jpackage's
 * menu entry replaced by Kasten's ({@code src/dist/linux/kasten.desktop}: "Open with Kasten" for folders), and its
 * install scripts extended ({@code postinst}, {@code prerm}) to put {@code kasten} on the PATH and the icon in the
 * desktop's icon theme (SVG and PNG sizes). jpackage needs {@code fakeroot} and {@code dpkg-deb}: when they are
 * missing and apt-get can install them (as root), the build installs them and says so; otherwise the .deb is
 * skipped with one line saying why, and {@code target/dist/deb-skipped.txt} records it for the tests.
 */
final class DebPackage {

    private static final List<String> TOOLS = List.of("fakeroot", "dpkg-deb");
    private final Path project;
    private final Path dist;
    private final Path work;
    private final Path image;

    DebPackage(Path project, Path dist, Path work, Path image) {
        this.project = project;
        this.dist = dist;
        this.work = work;
        this.image = image;
    }

    void build(List<String> common, List<String> options) throws IOException {
        Path skipped = dist.resolve("deb-skipped.txt");
        Files.deleteIfExists(skipped);
        String missing = missingTools();
        if (!missing.isEmpty()) {
            String reason = install(missing);
            if (reason != null) {
                System.out.println("dist: .deb SKIPPED: " + reason);
                Files.writeString(skipped, reason + "\n");
                return;
            }
        }
        Path resources = work.resolve("deb-resources");
        Tools.delete(resources);
        Tools.copyTree(project.resolve("src/dist/linux"), resources);
        try (var old = Files.list(dist)) {
            for (Path deb : old.filter(f -> f.toString().endsWith(".deb")).toList()) {
                Files.delete(deb);
            }
        }
        List<String> args = new java.util.ArrayList<>(common);
        args.addAll(List.of("--type", "deb", "--app-image", image.toString(), "--dest", dist.toString(),
                "--resource-dir", resources.toString(), "--install-dir", "/opt",
                "--license-file", project.resolve("LICENSE").toString()));
        args.addAll(options);
        Tools.tool("jpackage", args);
    }

    private static String missingTools() {
        return String.join(" ", TOOLS.stream().filter(t -> !Tools.onPath(t)).toList());
    }

    /** Installs fakeroot and dpkg-dev with apt-get; the reason it could not, or null when they are there now. */
    private static String install(String missing) {
        if (!Tools.onPath("apt-get")) {
            return missing + " missing and no apt-get to install them (install fakeroot and dpkg-dev)";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return missing + " missing; as root the build installs them (apt-get install fakeroot dpkg-dev)";
        }
        System.out.println("dist: " + missing + " missing for jpackage --type deb: apt-get install fakeroot dpkg-dev");
        Map<String, String> quiet = Map.of("DEBIAN_FRONTEND", "noninteractive");
        List<String> install = List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", "fakeroot", "dpkg-dev");
        if (Tools.process(install, quiet) != 0) {
            Tools.process(List.of("apt-get", "update", "-q"), quiet);
            Tools.process(install, quiet);
        }
        String still = missingTools();
        return still.isEmpty() ? null : still + " still missing after apt-get install fakeroot dpkg-dev";
    }
}
