package io.gazette.transfer.wordpress;

import io.gazette.article.Section;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** How a WordPress export maps onto Gazette (README: Moving in and out, and Settings). */
@ConfigMapping(prefix = "gazette.import.wordpress")
public interface WordPressConfig {

    /**
     * Category slug (as WordPress writes it, percent-decoded) to section: {@code opinion=opinion},
     * {@code interviews=interview}. A post's first mapped category is its section; every other category is a tag.
     */
    Map<String, Section> sections();

    /** The section of a post none of whose categories is mapped. */
    @WithDefault("news")
    Section defaultSection();

    /** The language of posts without a Polylang or WPML language. */
    @WithDefault("en")
    String language();

    /** The custom field (post meta key) whose value is the author's role line on that post. */
    @WithDefault("author_role")
    String roleField();

    /** The custom field whose value credits a post by byline alone, with no registered author. */
    @WithDefault("byline")
    String bylineField();

    /** Posts per transaction: a failure loses (and retries one by one) at most this many. */
    @WithDefault("100")
    int batchSize();
}
