package io.gazette.transfer.wordpress;

import java.util.List;
import java.util.Map;

/** One element of a WordPress export that the import handles: an author, a term or an item (post, page, attachment). */
sealed interface WxrEntry {

    /** A {@code wp:author} of the channel. */
    record Author(String id, String login, String email, String displayName, String firstName, String lastName)
            implements WxrEntry {
    }

    /** A {@code wp:category}, {@code wp:tag} or {@code wp:term} of the channel; taxonomy category, post_tag, language, ... */
    record Term(String taxonomy, String slug, String name, String description) implements WxrEntry {
    }

    /** A {@code <category domain nicename>} on an item: the item's terms. */
    record ItemTerm(String domain, String slug, String name) {
    }

    /** An {@code item}: a post, page, attachment, menu item or any other post type, with its comments. */
    record Item(String id, String type, String status, String title, String link, String guid, String content,
                String excerpt, String creator, String dateGmt, String modifiedGmt, String name, String commentStatus,
                String attachmentUrl, List<ItemTerm> terms, Map<String, String> meta, List<Comment> comments)
            implements WxrEntry {
    }

    /** A {@code wp:comment} of an item. */
    record Comment(String id, String author, String email, String ip, String dateGmt, String content, String approved,
                   String type, String parent) {
    }
}
