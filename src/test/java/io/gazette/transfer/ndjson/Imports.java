package io.gazette.transfer.ndjson;

import io.agroal.api.AgroalDataSource;
import io.gazette.transfer.ImportFormat;
import io.gazette.transfer.ImportOptions;
import io.gazette.transfer.ImportProgress;
import io.gazette.transfer.ImportReport;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' one way into the NDJSON import. Until the import job endpoint (POST /api/v1/imports, another branch of
 * issue 14) is here, it calls the ImportFormat bean in the test's application; switch {@link #run} to the endpoint then.
 */
final class Imports {

    private Imports() {
    }

    static ImportReport run(Path file) {
        return run(file, false);
    }

    static ImportReport run(Path file, boolean dryRun) {
        return format().run(file, new ImportOptions(dryRun), ImportProgress.NONE);
    }

    static long count(Path file) {
        return format().countItems(file);
    }

    private static ImportFormat format() {
        return Arc.container().select(ImportFormat.class).stream().filter(format -> format.name().equals("ndjson")).findFirst().orElseThrow();
    }

    static Path file(String content) {
        try {
            Path file = Files.createTempFile("gazette-import-", ".ndjson");
            file.toFile().deleteOnExit();
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes everything an export holds and counts ids from 1 again, as a fresh database would (the site row stays,
     * unset, as its migration made it).
     */
    static void emptyDatabase() {
        try (Connection connection = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : new String[] {"import_reference", "redirect", "article_comment", "article_revision", "article_tag", "article_author", "article",
                    "tag_translation", "tag", "author", "api_key", "account", "site_label", "idempotent_request"}) {
                statement.executeUpdate("delete from " + table);
            }
            for (String table : new String[] {"redirect", "article_comment", "article_revision", "article", "tag", "author", "api_key", "account"}) {
                statement.execute("alter table " + table + " alter column id restart with 1");
            }
            statement.executeUpdate("update site set name = null, description = null, url = null, logo_url = null, default_language = null, version = 0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
