package io.gazette.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The WordPress export in src/test/resources/wordpress, made this test's own: another site address, and the post
 * slugs, author logins and tag slugs prefixed with the run's name, so that tests importing it never meet each
 * other's articles. The prefix is ASCII, so the Persian slug stays a percent-encoded Unicode slug.
 */
public final class WxrFixture {

    public static final String SITE = "strategic-council.example.org";

    private WxrFixture() {
    }

    public static String text(String name) {
        try (InputStream in = WxrFixture.class.getResourceAsStream("/wordpress/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Strategic Council export as the run {@code run} (lowercase letters, digits, hyphens) has it. */
    public static String forRun(String run) {
        return text("strategic-council.xml")
                .replace(SITE, run + ".example.org")
                .replace("<wp:post_name><![CDATA[", "<wp:post_name><![CDATA[" + run + "-")
                .replace("<wp:author_login><![CDATA[", "<wp:author_login><![CDATA[" + run + "-")
                .replace("<dc:creator><![CDATA[", "<dc:creator><![CDATA[" + run + "-")
                .replace("domain=\"post_tag\" nicename=\"", "domain=\"post_tag\" nicename=\"" + run + "-")
                .replace("<wp:tag_slug><![CDATA[", "<wp:tag_slug><![CDATA[" + run + "-");
    }

    public static Path file(String text) {
        try {
            Path file = Files.createTempFile("gazette-test-", ".xml");
            file.toFile().deleteOnExit();
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path forRunFile(String run, UnaryOperator<String> change) {
        return file(change.apply(forRun(run)));
    }
}
