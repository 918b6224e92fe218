package io.gazette.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;

/** Every {@code gazette.*} setting; the README lists each with its default. */
@ConfigMapping(prefix = "gazette")
public interface GazetteConfig {

    /** Bearer token that editors send; without it no write is possible. Env: GAZETTE_ADMIN_TOKEN. */
    Optional<String> adminToken();

    /** Directory of the embedded H2 database files. Env: GAZETTE_DATA_DIR. */
    @WithDefault("./data")
    String dataDir();

    /** Loads the demo publication into an empty database at startup. */
    @WithDefault("false")
    boolean demoContent();

    /** Key that signs list cursors and preview links; set it when several instances serve one database. Env: GAZETTE_SIGNING_KEY. */
    Optional<String> signingKey();

    /** How long a draft preview link works. */
    @WithDefault("24H")
    java.time.Duration previewLinkTtl();

    /** How often the scheduler publishes due articles and takes down expired ones. */
    @WithDefault("10s")
    String scheduleEvery();

    Comments comments();

    Cors cors();

    /** Browsers on other origins: anyone may read (and post a reader's comment); credentials only from these origins. */
    interface Cors {
        /** Origins of the editorial front ends (e.g. https://admin.example.com) that may send Authorization. Env: GAZETTE_CORS_EDITOR_ORIGINS. */
        Optional<List<String>> editorOrigins();

        /** How long a browser may reuse a preflight answer (Chrome caps it at 2 hours). */
        @WithDefault("2H")
        java.time.Duration maxAge();
    }

    /** Rules for readers' comments. */
    interface Comments {
        /** Nesting levels a thread may have; top-level comments are level 1. */
        @WithDefault("3")
        int maxDepth();

        /** Longest commenter name; at most 100, the column size, so a larger value stops the start. */
        @WithDefault("100")
        @Min(1) @Max(100)
        int maxNameLength();

        /** Longest comment; at most 5000, the column size, so a larger value stops the start. */
        @WithDefault("5000")
        @Min(1) @Max(5000)
        int maxBodyLength();

        /** More links than this in a body stores the comment as spam. */
        @WithDefault("2")
        int maxLinks();

        /** Words (matched case- and spelling-variant-insensitively) that store a comment as spam. */
        Optional<List<String>> blockedWords();

        /** Comments close this many days after publication; 0 keeps them open. */
        @WithDefault("0")
        int closeAfterDays();

        /** The same body from the same email within this many minutes is a 409. */
        @WithDefault("10")
        int duplicateWindowMinutes();

        RateLimit rateLimit();

        /** Comments one client address, and one email, may post per period (shared by instances on PostgreSQL). */
        interface RateLimit {
            @WithDefault("10")
            int perAddress();

            @WithDefault("5")
            int perEmail();

            @WithDefault("10M")
            java.time.Duration period();
        }

        /** Key of the HMAC that stores client addresses; random per start when absent. Env: GAZETTE_COMMENTS_ADDRESS_KEY. */
        Optional<String> addressKey();
    }

    /** Languages an article may be written in (BCP 47 tags). */
    @WithDefault("en,es,fa,ar")
    List<String> languages();
}
