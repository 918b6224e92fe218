package io.gazette.article;

import io.gazette.author.Author;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/** An author credited on one article, with the role line for this piece when it is not the author's own (a row of article_author). */
@Embeddable
public class ArticleCredit {

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    public Author author;

    /** Null: the author's own role line applies. */
    @Column(name = "role", length = ArticleLimits.AUTHOR_ROLE)
    public String role;

    protected ArticleCredit() {
    }

    public ArticleCredit(Author author, String role) {
        this.author = author;
        this.role = role;
    }

    /** The role line shown beside the name on this article. */
    public String shownRole() {
        return role != null ? role : author.roleLine;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleCredit credit && Objects.equals(author, credit.author) && Objects.equals(role, credit.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(author, role);
    }
}
