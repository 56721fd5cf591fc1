package org.kasten.render;

import java.util.Set;
import java.util.function.Supplier;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;

/** Registers one of Kasten's inline parsers for the characters that can start its syntax. */
final class InlineParserFactory implements InlineParserExtensionFactory {

    private final CharSequence characters;
    private final Supplier<InlineParserExtension> parser;

    InlineParserFactory(CharSequence characters, Supplier<InlineParserExtension> parser) {
        this.characters = characters;
        this.parser = parser;
    }

    @Override
    public CharSequence getCharacters() {
        return characters;
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
        return parser.get();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
