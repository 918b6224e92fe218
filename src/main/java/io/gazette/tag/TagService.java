package io.gazette.tag;

import io.gazette.article.query.ArticleCounts;
import io.gazette.article.editing.ArticleSearchIndex;
import io.gazette.common.api.CountSort;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.IfMatch;
import io.gazette.common.api.Versioned;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.Slugs;
import io.gazette.common.text.Texts;
import io.gazette.tag.dto.TagInput;
import io.gazette.tag.dto.TagNameInput;
import io.gazette.tag.dto.TagPatch;
import io.gazette.tag.dto.TagView;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TagService {

    private final TagRepository tags;
    private final ArticleSearchIndex searchIndex;
    private final TagTranslation.Repository translations;

    TagService(TagRepository tags, ArticleSearchIndex searchIndex, TagTranslation.Repository translations) {
        this.tags = tags;
        this.searchIndex = searchIndex;
        this.translations = translations;
    }

    /** Tags with names in {@code language} where a translation exists (null: as created). */
    public PagedList<TagView> list(PageRequest page, CountSort sort, String language) {
        List<Tag> found = tags.page(sort, page.offset(), page.size());
        List<Long> ids = found.stream().map(t -> t.id).toList();
        Map<Long, Long> counts = tags.publishedArticleCounts(ids);
        Map<Long, TagTranslation> names = translations.into(language, ids);
        List<TagView> items = found.stream().map(t -> toView(t, counts.getOrDefault(t.id, 0L), names.get(t.id))).toList();
        return new PagedList<>(items, PageMeta.of(page, tags.count()));
    }

    public TagView get(String slug, String language) {
        Tag tag = find(slug);
        return toView(tag, articleCount(tag), translations.into(language, List.of(tag.id)).get(tag.id));
    }

    /** The tag as created (no translation) with its version, for staff who will write it next. */
    public Versioned<TagView> getVersioned(String slug, String language) {
        Tag tag = find(slug);
        return new Versioned<>(toView(tag, articleCount(tag), translations.into(language, List.of(tag.id)).get(tag.id)), tag.version);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public TagView name(String slug, String language, TagNameInput input) {
        Tag tag = find(slug);
        TagTranslation translation = translations.findByIdOptional(new TagTranslation.Key(tag.id, language)).orElseGet(() -> {
            TagTranslation created = new TagTranslation();
            created.key = new TagTranslation.Key(tag.id, language);
            return created;
        });
        translation.name = input.name().trim();
        translation.description = Texts.blankToNull(input.description());
        translations.persistAndFlush(translation);
        return toView(tag, articleCount(tag), translation);
    }

    @Transactional
    public void removeName(String slug, String language) {
        Tag tag = find(slug);
        if (!translations.deleteById(new TagTranslation.Key(tag.id, language))) {
            throw ProblemException.notFound("name in '" + language + "' of tag", slug);
        }
    }

    @Transactional
    public Versioned<TagView> create(TagInput input) {
        Tag tag = new Tag();
        tag.slug = input.slug() != null ? input.slug() : Slugs.fromTitleOf("name", input.name());
        requireFreeSlug(tag.slug, null);
        tag.name = input.name().trim();
        tag.description = Texts.blankToNull(input.description());
        tags.persistAndFlush(tag);
        return new Versioned<>(toView(tag, 0), tag.version);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public Versioned<TagView> replace(String slug, TagInput input, IfMatch ifMatch) {
        Tag tag = findCurrent(slug, ifMatch);
        String newSlug = input.slug() != null ? input.slug() : tag.slug;
        requireFreeSlug(newSlug, tag.id);
        tag.slug = newSlug;
        tag.name = input.name().trim();
        tag.description = Texts.blankToNull(input.description());
        tags.flush();
        searchIndex.refreshArticlesWith(tag);
        return new Versioned<>(toView(tag), tag.version);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public Versioned<TagView> patch(String slug, TagPatch patch, IfMatch ifMatch) {
        Tag tag = findCurrent(slug, ifMatch);
        if (patch.slug() != null) {
            requireFreeSlug(patch.slug(), tag.id);
            tag.slug = patch.slug();
        }
        if (patch.name() != null) {
            tag.name = patch.name().trim();
        }
        if (patch.description() != null) {
            tag.description = Texts.blankToNull(patch.description());
        }
        tags.flush();
        searchIndex.refreshArticlesWith(tag);
        return new Versioned<>(toView(tag), tag.version);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public void delete(String slug, IfMatch ifMatch) {
        tags.delete(findCurrent(slug, ifMatch));
        tags.flush();
    }

    private Tag findCurrent(String slug, IfMatch ifMatch) {
        Tag tag = find(slug);
        ifMatch.check(tag.version);
        return tag;
    }

    private Tag find(String slug) {
        return tags.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("tag", slug));
    }

    private void requireFreeSlug(String slug, Long ownId) {
        tags.findBySlug(slug).filter(existing -> !existing.id.equals(ownId)).ifPresent(existing -> {
            throw ProblemException.conflict("A tag with slug '" + slug + "' already exists");
        });
    }


    private long articleCount(Tag tag) {
        return tags.publishedArticleCounts(List.of(tag.id)).getOrDefault(tag.id, 0L);
    }

    private TagView toView(Tag tag) {
        return toView(tag, articleCount(tag), null);
    }

    private static TagView toView(Tag tag, long articleCount) {
        return toView(tag, articleCount, null);
    }

    private static TagView toView(Tag tag, long articleCount, TagTranslation translation) {
        return translation == null
                ? new TagView(tag.id, tag.slug, tag.name, tag.description, articleCount)
                : new TagView(tag.id, tag.slug, translation.name, translation.description, articleCount);
    }
}
