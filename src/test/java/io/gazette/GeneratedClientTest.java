package io.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.gazette.client.ApiClient;
import io.gazette.client.ApiException;
import io.gazette.client.ApiResponse;
import io.gazette.client.api.ArticlesApi;
import io.gazette.client.api.ArticlesApi.APIListArticlesRequest;
import io.gazette.client.api.AuthorsApi;
import io.gazette.client.api.CommentsApi;
import io.gazette.client.api.SiteApi;
import io.gazette.client.api.SiteApi.APIGetSiteRequest;
import io.gazette.client.model.Article;
import io.gazette.client.model.ArticleCard;
import io.gazette.client.model.ArticleEditorView;
import io.gazette.client.model.ArticleForViewer;
import io.gazette.client.model.ArticlePage;
import io.gazette.client.model.ArticlePatch;
import io.gazette.client.model.ArticleStatus;
import io.gazette.client.model.Author;
import io.gazette.client.model.AuthorEditorView;
import io.gazette.client.model.AuthorPage;
import io.gazette.client.model.CommentInput;
import io.gazette.client.model.CommentReceipt;
import io.gazette.client.model.CommentStatus;
import io.gazette.client.model.CommentThread;
import io.gazette.client.model.CommentThreadPage;
import io.gazette.client.model.ModerationInput;
import io.gazette.client.model.Section;
import io.gazette.client.model.Site;
import io.gazette.client.model.SiteSettings;
import io.gazette.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Drives the running service through the Java client that the build generates from openapi/openapi.yaml
 * (target/generated-test-sources/openapi-client): a response the generated types cannot read fails here.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource
    URI server;

    /** The generated client, strict: a property the spec does not declare is an error, not silently dropped. */
    private ApiClient client() {
        return new ApiClient()
                .setObjectMapper(ApiClient.createDefaultObjectMapper()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .setScheme(server.getScheme())
                .setHost(server.getHost())
                .setPort(server.getPort());
    }

    private ApiClient editor() {
        return client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TestData.EDITOR_TOKEN));
    }

    @Test
    void listsArticlesByLanguageTagAndSectionAndFollowsTheCursor() throws ApiException {
        String tag = TestData.tag();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            expected.add(TestData.article().tag(tag).with("section", "analysis").published());
        }
        TestData.article().tag(tag).with("section", "news").published();
        TestData.article().tag(tag).with("section", "analysis").with("language", "es").published();
        ArticlesApi articles = new ArticlesApi(client());
        APIListArticlesRequest.Builder query = APIListArticlesRequest.newBuilder()
                .lang("en").tag(List.of(tag)).section(List.of(Section.ANALYSIS))
                .fields(List.of("slug", "title", "section", "language", "publishedAt")).size(2);

        ArticlePage first = articles.listArticles(query.cursor("").build());
        ArticlePage second = articles.listArticles(query.cursor(first.getMeta().getNextCursor()).build());

        assertEquals(2, first.getItems().size());
        assertNotNull(first.getMeta().getNextCursor());
        assertEquals(1, second.getItems().size());
        assertNull(second.getMeta().getNextCursor());
        List<ArticleCard> cards = new ArrayList<>(first.getItems());
        cards.addAll(second.getItems());
        assertEquals(expected, new HashSet<>(cards.stream().map(ArticleCard::getSlug).toList()));
        for (ArticleCard card : cards) {
            assertEquals("Title of " + card.getSlug(), card.getTitle());
            assertEquals(Section.ANALYSIS, card.getSection());
            assertEquals("en", card.getLanguage());
            assertNotNull(card.getPublishedAt());
            assertNull(card.getExcerpt(), "a field left out of fields= is not sent");
        }
    }

    @Test
    void readsAnArticleBySlug() throws ApiException {
        String author = TestData.author();
        String tag = TestData.tag();
        String slug = TestData.article().author(author).tag(tag).with("section", "interview").published();

        Article article = new ArticlesApi(client()).getArticle(slug).getArticle();

        assertEquals(slug, article.getSlug());
        assertEquals("Title of " + slug, article.getTitle());
        assertEquals("<p>Body of " + slug + "</p>", article.getBody());
        assertEquals(Section.INTERVIEW, article.getSection());
        assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
        assertNotNull(article.getPublishedAt());
        assertEquals(author, article.getAuthors().get(0).getSlug());
        assertEquals(tag, article.getTags().get(0).getSlug());
        assertEquals(Article.ViewEnum.PUBLIC, article.getView());
    }

    @Test
    void submitsACommentThatIsListedOnceApproved() throws ApiException {
        String slug = TestData.article().published();
        CommentsApi readers = new CommentsApi(client());

        CommentReceipt receipt = readers.submitComment(slug, new CommentInput()
                .name("Reader").email(TestData.unique("reader") + "@mail.example").body("A fair point."), null);
        assertEquals(CommentStatus.PENDING, receipt.getStatus());
        assertTrue(readers.listArticleComments(slug, null, null).getItems().isEmpty());

        new CommentsApi(editor()).moderateComment(receipt.getId(),
                new ModerationInput().status(CommentStatus.APPROVED));
        CommentThreadPage threads = readers.listArticleComments(slug, 1, 20);

        assertEquals(1L, threads.getMeta().getTotalItems());
        CommentThread thread = threads.getItems().get(0);
        assertEquals(receipt.getId(), thread.getId());
        assertEquals("Reader", thread.getName());
        assertEquals("A fair point.", thread.getBody());
        assertFalse(thread.getStaff());
        assertNotNull(thread.getCreatedAt());
    }

    @Test
    void patchesAnArticleWithTheETagOfItsRead() throws ApiException {
        String slug = TestData.article().draft();
        ArticlesApi articles = new ArticlesApi(editor());
        ApiResponse<ArticleForViewer> read = articles.getArticleWithHttpInfo(slug);
        ArticleEditorView draft = read.getData().getArticleEditorView();
        assertEquals(ArticleStatus.DRAFT, draft.getStatus());
        assertEquals("admin", draft.getOwner());
        String etag = etag(read);

        ApiResponse<ArticleEditorView> patched = articles.updateArticleWithHttpInfo(slug, etag,
                new ArticlePatch().title("Patched through the generated client"));

        assertEquals(200, patched.getStatusCode());
        assertEquals("Patched through the generated client", patched.getData().getTitle());
        assertEquals(ArticleStatus.DRAFT, patched.getData().getStatus());
        assertNotEquals(etag, etag(patched));
        ApiException stale = assertThrows(ApiException.class,
                () -> articles.updateArticle(slug, etag, new ArticlePatch().title("Lost update")));
        assertEquals(412, stale.getCode());
    }

    @Test
    void readsAnAuthorAsAReaderAndAsAnEditor() throws ApiException {
        String slug = TestData.author();

        Author author = new AuthorsApi(client()).getAuthor(slug).getAuthor();
        AuthorEditorView editorView = new AuthorsApi(editor()).getAuthor(slug).getAuthorEditorView();

        assertEquals(Author.ViewEnum.PUBLIC, author.getView());
        assertEquals("Author " + slug, author.getName());
        assertEquals("Expert on international affairs", author.getRole());
        assertEquals(AuthorEditorView.ViewEnum.EDITOR, editorView.getView());
        assertEquals("Author " + slug, editorView.getName());
        assertEquals(slug + "@authors.example", editorView.getEmail());
        assertNotNull(editorView.getCreatedAt());
        assertNotNull(editorView.getVersion());
    }

    @Test
    void listsAuthorsInTheCallersView() throws ApiException {
        TestData.author();

        AuthorPage asReader = new AuthorsApi(client()).listAuthors(1, 100, null);
        AuthorPage asEditor = new AuthorsApi(editor()).listAuthors(1, 100, null);

        assertFalse(asReader.getItems().isEmpty());
        asReader.getItems().forEach(item -> assertEquals(Author.ViewEnum.PUBLIC, item.getAuthor().getView()));
        assertFalse(asEditor.getItems().isEmpty());
        asEditor.getItems().forEach(item -> assertNotNull(item.getAuthorEditorView().getEmail()));
    }

    @Test
    void readsTheSiteAsAReaderAndAsAnAdmin() throws ApiException {
        Site site = new SiteApi(client()).getSite(APIGetSiteRequest.newBuilder().build()).getSite();
        SiteSettings settings = new SiteApi(editor()).getSite(APIGetSiteRequest.newBuilder().build()).getSiteSettings();

        assertEquals(Site.ViewEnum.PUBLIC, site.getView());
        assertEquals(SiteSettings.ViewEnum.EDITOR, settings.getView());
        assertEquals(settings.getName(), site.getName());
        assertEquals(settings.getDefaultLanguage(), site.getDefaultLanguage());
    }

    private static String etag(ApiResponse<?> response) {
        List<String> values = response.getHeaders().get("ETag");
        assertNotNull(values, "no ETag header");
        return values.get(0);
    }
}
