package org.warta.stack.es.analysis;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The analysis components of the distribution's analysis-common module that Warta uses.
 *
 * <p>The server itself already registers the {@code standard} analyzer and tokenizer, the {@code stop}
 * token filter (with {@code _indonesian_} and the other named stop word lists) and a pre-configured
 * {@code lowercase} filter; registering those names again would fail at startup, except
 * {@code lowercase}, which analysis-common also registers as a configurable filter.
 */
public final class WartaAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("indonesian", IndonesianAnalyzerProvider::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "stemmer", StemmerTokenFilterFactory::new,
            "stemmer_override", AnalysisPlugin.requiresAnalysisSettings(StemmerOverrideTokenFilterFactory::new),
            "keyword_marker", AnalysisPlugin.requiresAnalysisSettings(KeywordMarkerTokenFilterFactory::new),
            "lowercase", LowerCaseTokenFilterFactory::new,
            "asciifolding", AsciiFoldingTokenFilterFactory::new
        );
    }
}
