package io.gazette.comment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Rules for readers' comments ({@code gazette.comments.*}); the README lists each with its default. CommentRules checks the ranges when the service starts. */
@ConfigMapping(prefix = "gazette.comments")
public interface CommentConfig {

    /** Nesting levels a thread may have; top-level comments are level 1. */
    @WithDefault("3")
    int maxDepth();

    /** Longest commenter name; at most 100, the column size, so a larger value stops the start. */
    @WithDefault("100")
    int maxNameLength();

    /** Longest comment; at most 5000, the column size, so a larger value stops the start. */
    @WithDefault("5000")
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
