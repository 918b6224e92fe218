package io.gazette.transfer.ndjson;

import io.agroal.api.AgroalDataSource;
import io.gazette.article.query.ArticleCounts;
import io.gazette.common.persistence.DatabaseKind;
import io.gazette.common.web.ContentChanged;
import io.gazette.event.PublicEvent;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.LanguageConfig;
import io.gazette.transfer.ImportFormat;
import io.gazette.transfer.ImportOptions;
import io.gazette.transfer.ImportProgress;
import io.gazette.transfer.ImportReport;
import io.quarkus.arc.Unremovable;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;

/**
 * Gazette's own NDJSON export, imported back (see {@link NdjsonImporter} for how records meet what the database holds).
 * Each batch is a transaction of the application's, so its public pages are purged on every instance as for any write.
 */
@ApplicationScoped
@Unremovable // looked up by name among the ImportFormat beans, by the import job and the command line
public class NdjsonImport implements ImportFormat {

    public static final String NAME = "ndjson";

    private final AgroalDataSource dataSource;
    private final DatabaseKind databaseKind;
    private final LanguageConfig languages;
    private final Event<ContentChanged> changed;
    private final Event<PublicEvent> events;
    private final Cache counts;

    NdjsonImport(AgroalDataSource dataSource, DatabaseKind databaseKind, LanguageConfig languages, Event<ContentChanged> changed,
                 Event<PublicEvent> events, @CacheName(ArticleCounts.CACHE) Cache counts) {
        this.events = events;
        this.dataSource = dataSource;
        this.databaseKind = databaseKind;
        this.languages = languages;
        this.changed = changed;
        this.counts = counts;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A Gazette export starts with its header record, whose first fields are always written in this order. */
    @Override
    public boolean recognizes(byte[] head) {
        return new String(head, StandardCharsets.UTF_8).startsWith("{\"type\":\"header\",\"format\":\"" + TransferSchema.FORMAT + "\"");
    }

    @Override
    public long countItems(Path file) {
        return importer().count(file);
    }

    @Override
    public ImportReport run(Path file, ImportOptions options, ImportProgress progress) {
        return importer().run(file, options, progress);
    }

    private NdjsonImporter importer() {
        return new NdjsonImporter(new ApplicationDatabase(), Set.copyOf(languages.languages()));
    }

    private final class ApplicationDatabase implements NdjsonImporter.Database {

        @Override
        public boolean postgres() {
            return databaseKind.isPostgres();
        }

        @Override
        public void inTransaction(NdjsonImporter.Work work) {
            Set<String> keys = QuarkusTransaction.requiringNew().call(() -> {
                Set<String> changedKeys;
                try (Connection connection = dataSource.getConnection()) {
                    changedKeys = work.run(connection);
                }
                if (!changedKeys.isEmpty()) {
                    changed.fire(new ContentChanged(changedKeys));
                    events.fire(PublicEvent.imported(NAME, changedKeys));
                }
                return changedKeys;
            });
            if (keys.contains(SurrogateKeys.ARTICLES)) {
                counts.invalidateAll().await().indefinitely();
            }
        }
    }
}
