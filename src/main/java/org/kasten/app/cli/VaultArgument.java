package org.kasten.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a VAULT argument. An empty one ({@code check ""}, an unset shell variable) is bad usage, not the current
 * folder, which {@code Path.of("")} would be.
 */
final class VaultArgument implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("the VAULT path is empty; give a folder ('.' for this one)");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("not a path: " + value);
        }
    }
}
