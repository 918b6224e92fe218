package io.gazette.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every {@link ImportFormat} bean, found by name or recognised from a file's first bytes. */
@ApplicationScoped
public class ImportFormats {

    private static final int HEAD = 4096;

    private final Instance<ImportFormat> formats;

    ImportFormats(Instance<ImportFormat> formats) {
        this.formats = formats;
    }

    public Optional<ImportFormat> named(String name) {
        return formats.stream().filter(format -> format.name().equals(name)).findFirst();
    }

    /** The names, sorted: what a user may type. */
    public List<String> names() {
        return formats.stream().map(ImportFormat::name).sorted().toList();
    }

    /** The one format that recognises the file; empty when none or more than one does. */
    public Optional<ImportFormat> recognise(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImportFormat> matching = formats.stream().filter(format -> format.recognizes(head)).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }
}
