package io.gazette.tag;

import io.gazette.common.api.CountSort;
import io.gazette.common.api.IfMatch;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Versioned;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.Slugs;
import io.gazette.common.text.Texts;
import io.gazette.tag.dto.TagInput;
import io.gazette.tag.dto.TagNameInput;
import io.gazette.tag.dto.TagPatch;
import io.gazette.tag.dto.TagView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TagService {

    private final TagRepository tags;
    private final TagTranslation.Repository translations;
    private final Event<TagChanged> changed;

    TagService(TagRepository tags, TagTranslation.Repository translations, Event<TagChanged> changed) {
        this.tags = tags;
        this.translations = translations;
        this.changed = changed;
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
        Tag tag = tags.require(slug);
        return toView(tag, tags.publishedArticleCount(tag), translations.into(language, List.of(tag.id)).get(tag.id));
    }

    /** The tag's name in {@code language} where it has one, else as created, without counting its articles (feed titles). */
    public String displayName(String slug, String language) {
        Tag tag = tags.require(slug);
        TagTranslation translation = translations.into(language, List.of(tag.id)).get(tag.id);
        return translation == null ? tag.name : translation.name;
    }

    /** Tags by id as {@code GET /api/v1/tags/{slug}} shows them without a language; ids of deleted tags are absent. */
    public Map<Long, TagView> publicViews(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = tags.publishedArticleCounts(ids);
        return tags.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(t -> t.id, t -> toView(t, counts.getOrDefault(t.id, 0L))));
    }

    /** The tag as created (no translation) with its version, for staff who will write it next. */
    public Versioned<TagView> getVersioned(String slug, String language) {
        Tag tag = tags.require(slug);
        return new Versioned<>(toView(tag, tags.publishedArticleCount(tag), translations.into(language, List.of(tag.id)).get(tag.id)), tag.version);
    }

    @Transactional
    public TagView name(String slug, String language, TagNameInput input) {
        Tag tag = tags.require(slug);
        TagTranslation translation = translations.findByIdOptional(new TagTranslation.Key(tag.id, language)).orElseGet(() -> {
            TagTranslation created = new TagTranslation();
            created.key = new TagTranslation.Key(tag.id, language);
            return created;
        });
        translation.name = input.name().trim();
        translation.description = Texts.blankToNull(input.description());
        translations.persistAndFlush(translation);
        changed.fire(new TagChanged(tag.id, Set.copyOf(List.of(slug, tag.slug)), toView(tag)));
        return toView(tag, tags.publishedArticleCount(tag), translation);
    }

    @Transactional
    public void removeName(String slug, String language) {
        Tag tag = tags.require(slug);
        if (!translations.deleteById(new TagTranslation.Key(tag.id, language))) {
            throw ProblemException.notFound("name in '" + language + "' of tag", slug);
        }
    }

    @Transactional
    public Versioned<TagView> create(TagInput input) {
        Tag tag = new Tag();
        tag.slug = input.slug() != null ? input.slug() : Slugs.fromTitleOf("name", input.name());
        tags.requireFreeSlug(tag.slug, null);
        tag.name = input.name().trim();
        tag.description = Texts.blankToNull(input.description());
        tags.persistAndFlush(tag);
        changed.fire(new TagChanged(tag.id, Set.of(tag.slug), toView(tag, 0)));
        return new Versioned<>(toView(tag, 0), tag.version);
    }

    @Transactional
    public Versioned<TagView> replace(String slug, TagInput input, IfMatch ifMatch) {
        Tag tag = tags.requireCurrent(slug, ifMatch);
        tags.changeSlug(tag, input.slug());
        tag.name = input.name().trim();
        tag.description = Texts.blankToNull(input.description());
        tags.flush();
        TagView now = toView(tag);
        changed.fire(new TagChanged(tag.id, Set.copyOf(List.of(slug, tag.slug)), now));
        return new Versioned<>(now, tag.version);
    }

    @Transactional
    public Versioned<TagView> patch(String slug, TagPatch patch, IfMatch ifMatch) {
        Tag tag = tags.requireCurrent(slug, ifMatch);
        tags.changeSlug(tag, patch.slug());
        if (patch.name() != null) {
            tag.name = patch.name().trim();
        }
        if (patch.description() != null) {
            tag.description = Texts.blankToNull(patch.description());
        }
        tags.flush();
        TagView now = toView(tag);
        changed.fire(new TagChanged(tag.id, Set.copyOf(List.of(slug, tag.slug)), now));
        return new Versioned<>(now, tag.version);
    }

    @Transactional
    public void delete(String slug, IfMatch ifMatch) {
        Tag tag = tags.requireCurrent(slug, ifMatch);
        // Fired first: the articles that carry it are found, and the tag taken off them, while the links still exist
        changed.fire(new TagChanged(tag.id, Set.copyOf(List.of(slug, tag.slug)), null));
        tags.delete(tag);
        tags.flush();
    }

    private TagView toView(Tag tag) {
        return toView(tag, tags.publishedArticleCount(tag), null);
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
