package io.gazette.article.dto;

import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the caller may see it: the public Article, or with a staff key the ArticleEditorView; view tells which. */
@Schema(name = "ArticleForViewer", description = "An article as the caller may see it: the public Article, or with a staff key the ArticleEditorView; view tells which.",
        oneOf = {ArticleView.class, ArticleEditorView.class}, discriminatorProperty = Representation.PROPERTY,
        discriminatorMapping = {
                @DiscriminatorMapping(value = Representation.PUBLIC, schema = ArticleView.class),
                @DiscriminatorMapping(value = Representation.EDITOR, schema = ArticleEditorView.class)})
public sealed interface ArticleForViewer permits ArticleView, ArticleEditorView {
}
