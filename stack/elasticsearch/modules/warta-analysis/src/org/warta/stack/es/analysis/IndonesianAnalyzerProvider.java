package org.warta.stack.es.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/** The {@code indonesian} analyzer; options {@code stopwords}, {@code stopwords_path}, {@code stem_exclusion}. */
final class IndonesianAnalyzerProvider extends AbstractIndexAnalyzerProvider<IndonesianAnalyzer> {
    private final IndonesianAnalyzer analyzer;

    IndonesianAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        analyzer = new IndonesianAnalyzer(
            Analysis.parseStopWords(env, settings, IndonesianAnalyzer.getDefaultStopSet()),
            Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)
        );
    }

    @Override
    public IndonesianAnalyzer get() {
        return analyzer;
    }
}
