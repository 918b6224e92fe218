package io.gazette.article;

import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.ArticlePatch;
import io.gazette.article.dto.FeaturedImage;
import io.gazette.author.Author;
import io.gazette.common.security.Actor;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import io.gazette.common.text.HtmlSanitizer;
import io.gazette.common.text.Texts;
import io.gazette.common.persistence.SluggedEntity;
import io.gazette.tag.Tag;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Article extends SluggedEntity {

    @Column(nullable = false, length = ArticleLimits.TITLE)
    public String title;

    @Column(length = ArticleLimits.EXCERPT)
    public String excerpt;

    /** Sanitised HTML. */
    @Column(nullable = false, length = ArticleLimits.BODY)
    public String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public Section section;

    @Column(nullable = false, length = ArticleLimits.LANGUAGE)
    public String language;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public ArticleStatus status = ArticleStatus.DRAFT;

    /** Credit for pieces with no registered author ("An international relations professor"). */
    @Column(length = ArticleLimits.BYLINE)
    public String byline;

    @Column(name = "featured_image_url", length = ArticleLimits.IMAGE_URL)
    public String featuredImageUrl;

    @Column(name = "featured_image_alt", length = ArticleLimits.IMAGE_ALT)
    public String featuredImageAlt;

    /**
     * Approved comments, kept in step by the comment service so cards read it without counting. Never
     * written by entity updates: an article saved from a stale copy must not undo a moderation.
     */
    @Column(name = "comment_count", nullable = false, updatable = false)
    public int commentCount;

    /** Shared by the articles that are translations of each other; null when it has none. */
    @Column(name = "translation_group_id")
    public Long translationGroupId;

    /** Closed by an editor; comments also close by age (gazette.comments.close-after-days). */
    @Column(name = "comments_closed", nullable = false)
    public boolean commentsClosed;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When a scheduled article goes up; set only while scheduled. */
    @Column(name = "publish_at")
    public Instant publishAt;

    /** When a published article comes down (embargo end, expiry). */
    @Column(name = "unpublish_at")
    public Instant unpublishAt;

    /** Username of whoever created it; authors may only work on their own. */
    @Column(length = 60)
    public String owner;

    /** Normalised text for search, written by ArticleSearchIndex only. */
    @Column(name = "search_title", length = ArticleLimits.TITLE)
    public String searchTitle;

    @Column(name = "search_lead", length = ArticleLimits.SEARCH_LEAD)
    public String searchLead;

    @Column(name = "search_body", length = ArticleLimits.BODY)
    public String searchBody;

    /** Registered authors in credit order, each with this piece's own role line where it has one. */
    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "author_order")
    public List<ArticleCredit> credits = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("name")
    public Set<Tag> tags = new LinkedHashSet<>();

    public List<Author> authors() {
        return credits.stream().map(credit -> credit.author).toList();
    }

    /** The article-specific role lines by author slug, in credit order. */
    public Map<String, String> authorRoles() {
        Map<String, String> roles = new LinkedHashMap<>();
        credits.stream().filter(credit -> credit.role != null).forEach(credit -> roles.put(credit.author.slug, credit.role));
        return roles;
    }

    /** Sets every content field from {@code input}; the caller has checked the language and resolved the credits. */
    public void replaceContent(ArticleInput input, String language, List<ArticleCredit> credits, Set<Tag> tags) {
        title = input.title().trim();
        excerpt = Texts.blankToNull(input.excerpt());
        body = HtmlSanitizer.clean(input.body());
        section = input.section();
        this.language = language;
        setCredits(credits);
        setTags(tags);
        byline = Texts.blankToNull(input.byline());
        FeaturedImage image = input.featuredImage();
        featuredImageUrl = image == null ? null : image.url().trim();
        featuredImageAlt = image == null ? null : Texts.blankToNull(image.alt());
    }

    /** Changes the fields the patch carries; a null language, credits or tags leaves them as they are. */
    public void applyPatch(ArticlePatch patch, String language, List<ArticleCredit> credits, Set<Tag> tags) {
        if (patch.title() != null) {
            title = patch.title().trim();
        }
        if (patch.excerpt() != null) {
            excerpt = Texts.blankToNull(patch.excerpt());
        }
        if (patch.body() != null) {
            body = HtmlSanitizer.clean(patch.body());
        }
        if (patch.section() != null) {
            section = patch.section();
        }
        if (language != null) {
            this.language = language;
        }
        if (credits != null) {
            setCredits(credits);
        }
        if (patch.byline() != null) {
            byline = Texts.blankToNull(patch.byline());
        }
        if (tags != null) {
            setTags(tags);
        }
        if (patch.featuredImage() != null) {
            boolean remove = patch.featuredImage().url() == null || patch.featuredImage().url().isBlank();
            featuredImageUrl = remove ? null : patch.featuredImage().url().trim();
            featuredImageAlt = remove ? null : Texts.blankToNull(patch.featuredImage().alt());
        }
    }

    private void setCredits(List<ArticleCredit> credits) {
        if (!credits.equals(this.credits)) {
            this.credits = credits;
            linksChanged();
        }
    }

    private void setTags(Set<Tag> tags) {
        if (!tags.equals(this.tags)) {
            this.tags = tags;
            linksChanged();
        }
    }

    /**
     * Credits and tags live in link tables, and with Hibernate's bytecode enhancement a changed collection
     * alone leaves the article row clean: no new version (so a stale ETag would still match) and no new
     * updatedAt. Clearing updatedAt makes the row dirty; EditTimestamps sets it again on update.
     */
    private void linksChanged() {
        if (id != null) {
            updatedAt = null;
        }
    }

    /** Authors may only work on their own articles, and only while in draft or in_review; a 403 otherwise. */
    public void requireEditableBy(Actor actor) {
        if (!actor.isAuthorOnly()) {
            return;
        }
        if (!actor.name().equals(owner)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Authors may only change their own articles");
        }
        if (!status.editableByAuthor()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Authors may only change articles in draft or in_review; this one is " + status);
        }
    }

    /** Moves to {@code target}; the caller has checked the move is allowed. publishedAt is set once, on first publication. */
    public void moveTo(ArticleStatus target, Instant now) {
        if (target == ArticleStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        if (target != ArticleStatus.SCHEDULED) {
            publishAt = null;
        }
        if (target != ArticleStatus.PUBLISHED && target != ArticleStatus.SCHEDULED) {
            unpublishAt = null;
        }
        status = target;
    }
}
