package io.gazette.article.query;

import com.fasterxml.jackson.annotation.JsonValue;
import io.gazette.article.ArticleStatus;
import io.gazette.common.api.QueryEnum;

/** The status= values of the article list: one workflow status, or all of them. */
public enum StatusFilter implements QueryEnum {
    DRAFT(ArticleStatus.DRAFT),
    IN_REVIEW(ArticleStatus.IN_REVIEW),
    SCHEDULED(ArticleStatus.SCHEDULED),
    PUBLISHED(ArticleStatus.PUBLISHED),
    UNPUBLISHED(ArticleStatus.UNPUBLISHED),
    ARCHIVED(ArticleStatus.ARCHIVED),
    ALL(null);

    /** Null for every status. */
    final ArticleStatus status;

    StatusFilter(ArticleStatus status) {
        this.status = status;
    }

    @Override
    @JsonValue
    public String value() {
        return status == null ? "all" : status.value();
    }
}
