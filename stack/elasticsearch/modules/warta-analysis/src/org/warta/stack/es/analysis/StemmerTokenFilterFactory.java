package org.warta.stack.es.analysis;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@code stemmer} token filter for the languages Warta uses: {@code language} (or {@code name})
 * {@code indonesian}, {@code english}/{@code porter} (the default), {@code light_english}/{@code kstem},
 * {@code minimal_english} and {@code possessive_english}, as in analysis-common.
 */
final class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {
    private final UnaryOperator<TokenStream> stemmer;

    StemmerTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        String language = settings.get("language", settings.get("name", "porter"));
        stemmer = forLanguage(language);
    }

    private static UnaryOperator<TokenStream> forLanguage(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "indonesian" -> IndonesianStemFilter::new;
            case "english", "porter" -> PorterStemFilter::new;
            case "light_english", "lightenglish", "kstem" -> KStemFilter::new;
            case "minimal_english", "minimalenglish" -> EnglishMinimalStemFilter::new;
            case "possessive_english", "possessiveenglish" -> EnglishPossessiveFilter::new;
            default -> throw new IllegalArgumentException(
                "stemmer language [" + language + "] is not supported by this node (warta-analysis supports "
                    + "indonesian, english, porter, light_english, kstem, minimal_english, possessive_english)"
            );
        };
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
