package org.kasten.app.cli;

import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Makes a command read an argument that looks like an option but is none of its own ({@code -research}) as a
 * positional argument: queries exclude words with {@code -}. Its own options ({@code --json}) stay options;
 * after {@code --} everything is an argument.
 */
final class UnknownOptionsAreArguments implements IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        spec.parser().unmatchedOptionsArePositionalParams(true);
        return spec;
    }
}
