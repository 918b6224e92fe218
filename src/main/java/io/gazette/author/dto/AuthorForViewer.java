package io.gazette.author.dto;

import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as the caller may see it: the public Author, or with a staff key the AuthorEditorView; view tells which. */
@Schema(name = "AuthorForViewer", description = "An author as the caller may see it: the public Author, or with a staff key the AuthorEditorView; view tells which.",
        oneOf = {AuthorView.class, AuthorEditorView.class}, discriminatorProperty = Representation.PROPERTY,
        discriminatorMapping = {
                @DiscriminatorMapping(value = Representation.PUBLIC, schema = AuthorView.class),
                @DiscriminatorMapping(value = Representation.EDITOR, schema = AuthorEditorView.class)})
public sealed interface AuthorForViewer permits AuthorView, AuthorEditorView {
}
