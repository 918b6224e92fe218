package io.gazette.comment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The articles comments are posted on, as this feature needs them; the article feature implements it. */
public interface CommentedArticles {

    Optional<CommentTarget> findPublished(String slug);

    Optional<CommentTarget> findAnyStatus(String slug);

    /** The given articles by id, in one statement. */
    Map<Long, CommentTarget> findByIds(Collection<Long> ids);

    /** Changes the article as an edit does (its version moves), within the current transaction. */
    void setCommentsClosed(long articleId, boolean closed);
}
