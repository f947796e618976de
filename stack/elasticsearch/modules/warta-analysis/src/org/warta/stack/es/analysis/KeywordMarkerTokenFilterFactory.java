package org.warta.stack.es.analysis;

import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;

/** The {@code keyword_marker} token filter: {@code keywords}, {@code keywords_path}, {@code keywords_pattern}, {@code ignore_case}. */
final class KeywordMarkerTokenFilterFactory extends AbstractTokenFilterFactory {
    private final CharArraySet keywords;
    private final Pattern pattern;

    KeywordMarkerTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        boolean ignoreCase = settings.getAsBoolean("ignore_case", false);
        String patternString = settings.get("keywords_pattern");
        CharArraySet words = Analysis.getWordSet(env, settings, "keywords");
        if (patternString != null && words != null) {
            throw new IllegalArgumentException("cannot specify both `keywords_pattern` and `keywords` or `keywords_path`");
        }
        if (patternString == null && words == null) {
            throw new IllegalArgumentException("keyword filter requires either `keywords`, `keywords_path`, or `keywords_pattern` to be set");
        }
        pattern = patternString == null ? null : Pattern.compile(patternString);
        keywords = words == null ? null : new CharArraySet(words, ignoreCase);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        if (pattern != null) {
            return new PatternKeywordMarkerFilter(tokenStream, pattern);
        }
        return new SetKeywordMarkerFilter(tokenStream, keywords);
    }
}
