package io.gazette.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.article.ArticleRepository;
import io.gazette.article.editing.ArticleEditor;
import io.gazette.article.translation.ArticleTranslations;
import io.gazette.article.workflow.ArticleWorkflow;
import io.gazette.article.dto.ArticleInput;
import io.gazette.author.AuthorService;
import io.gazette.author.dto.AuthorInput;
import io.gazette.comment.CommentService;
import io.gazette.comment.CommentStatus;
import io.gazette.comment.dto.CommentInput;
import io.gazette.tag.TagService;
import io.gazette.tag.dto.TagInput;
import io.gazette.common.persistence.SchemaReady;
import io.gazette.common.security.Actor;
import io.gazette.common.security.CurrentActor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Fills an empty embedded database with the publication in shared/seed, through the same services
 * editors use. Off in the pg profile and in tests (gazette.demo-content).
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);
    private static final String CONTENT = "/demo/content.json";
    /** Who the demo's articles, revisions and moderation are recorded as. */
    public static final String ACTOR = "demo";

    /** An article, the slug of the article it translates (or null), and its approved comments. */
    record DemoArticle(ArticleInput article, String translationOf, List<CommentInput> comments) {
    }

    record DemoContent(List<AuthorInput> authors, List<TagInput> tags, List<DemoArticle> articles) {
    }

    private final DemoConfig config;
    private final ObjectMapper json;
    private final ArticleRepository articleRepository;
    private final AuthorService authors;
    private final TagService tags;
    private final ArticleEditor articles;
    private final ArticleWorkflow workflow;
    private final ArticleTranslations articleTranslations;
    private final CommentService comments;
    private final CurrentActor actors;
    private final Event<DemoContentLoading> loading;

    DemoContentLoader(DemoConfig config, ObjectMapper json, ArticleRepository articleRepository, AuthorService authors,
                      TagService tags, ArticleEditor articles, ArticleWorkflow workflow,
                      ArticleTranslations articleTranslations, CommentService comments, CurrentActor actors,
                      Event<DemoContentLoading> loading) {
        this.config = config;
        this.json = json;
        this.articleRepository = articleRepository;
        this.authors = authors;
        this.tags = tags;
        this.articles = articles;
        this.workflow = workflow;
        this.articleTranslations = articleTranslations;
        this.comments = comments;
        this.actors = actors;
        this.loading = loading;
    }

    @Transactional
    void onStart(@Observes @Priority(2) SchemaReady event) {
        if (!config.demoContent() || articleRepository.count() > 0) {
            return;
        }
        loading.fire(new DemoContentLoading());
        actors.runAs(Actor.system(ACTOR), () -> load(read()));
    }

    /** Creates and publishes the articles in file order, so the last one is the newest. */
    private void load(DemoContent content) {
        content.authors().forEach(authors::create);
        content.tags().forEach(tags::create);
        Map<String, String> translations = new LinkedHashMap<>();
        for (DemoArticle demo : content.articles()) {
            String slug = articles.create(demo.article()).slug();
            workflow.publish(slug);
            for (CommentInput comment : demo.comments()) {
                comments.moderate(comments.submit(slug, comment).id(), CommentStatus.APPROVED, ACTOR);
            }
            if (demo.translationOf() != null) {
                translations.put(slug, demo.translationOf());
            }
        }
        translations.forEach((translation, original) -> articleTranslations.link(original, translation));
        LOG.infof("Loaded demo content: %d articles, %d authors, %d tags",
                content.articles().size(), content.authors().size(), content.tags().size());
    }

    private DemoContent read() {
        try (InputStream in = DemoContentLoader.class.getResourceAsStream(CONTENT)) {
            return json.readValue(in, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo content " + CONTENT + " is unreadable", e);
        }
    }
}
