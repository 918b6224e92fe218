package io.gazette.tag;

import io.gazette.article.ArticleCounts;
import io.gazette.article.ArticleSearchIndex;
import io.gazette.common.api.CountSort;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.Slugs;
import io.gazette.common.text.Texts;
import io.gazette.tag.dto.TagInput;
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

    TagService(TagRepository tags, ArticleSearchIndex searchIndex) {
        this.tags = tags;
        this.searchIndex = searchIndex;
    }

    public PagedList<TagView> list(PageRequest page, CountSort sort) {
        List<Tag> found = tags.page(sort, page.offset(), page.size());
        Map<Long, Long> counts = tags.publishedArticleCounts(found.stream().map(t -> t.id).toList());
        List<TagView> items = found.stream().map(t -> toView(t, counts.getOrDefault(t.id, 0L))).toList();
        return new PagedList<>(items, PageMeta.of(page, tags.count()));
    }

    public TagView get(String slug) {
        return toView(find(slug));
    }

    @Transactional
    public TagView create(TagInput input) {
        Tag tag = new Tag();
        tag.slug = input.slug() != null ? input.slug() : Slugs.fromTitleOf("name", input.name());
        requireFreeSlug(tag.slug, null);
        tag.name = input.name().trim();
        tag.description = Texts.blankToNull(input.description());
        tags.persistAndFlush(tag);
        return toView(tag, 0);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public TagView replace(String slug, TagInput input) {
        Tag tag = find(slug);
        String newSlug = input.slug() != null ? input.slug() : tag.slug;
        requireFreeSlug(newSlug, tag.id);
        tag.slug = newSlug;
        tag.name = input.name().trim();
        tag.description = Texts.blankToNull(input.description());
        tags.flush();
        searchIndex.refreshArticlesWith(tag);
        return toView(tag);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public TagView patch(String slug, TagPatch patch) {
        Tag tag = find(slug);
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
        return toView(tag);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public void delete(String slug) {
        tags.delete(find(slug));
    }

    private Tag find(String slug) {
        return tags.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("tag", slug));
    }

    private void requireFreeSlug(String slug, Long ownId) {
        tags.findBySlug(slug).filter(existing -> !existing.id.equals(ownId)).ifPresent(existing -> {
            throw ProblemException.conflict("A tag with slug '" + slug + "' already exists");
        });
    }


    private TagView toView(Tag tag) {
        return toView(tag, tags.publishedArticleCounts(List.of(tag.id)).getOrDefault(tag.id, 0L));
    }

    private static TagView toView(Tag tag, long articleCount) {
        return new TagView(tag.id, tag.slug, tag.name, tag.description, articleCount);
    }
}
