package org.warta.stack.es.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/** The configurable {@code lowercase} token filter: {@code language} {@code greek}, {@code irish}, {@code turkish}. */
final class LowerCaseTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
    private final String language;

    LowerCaseTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        language = settings.get("language");
        if (language != null && !language.matches("greek|irish|turkish")) {
            throw new IllegalArgumentException("language [" + language + "] not support for lower case");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        if (language == null) {
            return new LowerCaseFilter(tokenStream);
        }
        return switch (language) {
            case "greek" -> new GreekLowerCaseFilter(tokenStream);
            case "irish" -> new IrishLowerCaseFilter(tokenStream);
            default -> new TurkishLowerCaseFilter(tokenStream);
        };
    }
}
