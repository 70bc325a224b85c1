package net.safeskill.lms.catalogue.infrastructure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The catalogue's analyzers (中文分词):
 * <ul>
 * <li>{@value #CHINESE}: Lucene smartcn (HMM word segmentation), for word-level relevance — 动火作业 is the words
 * 动火 + 作业;</li>
 * <li>{@value #CJK_INDEX}: every CJK character and every pair of adjacent characters (unigrams + bigrams), so that a
 * part of a word can be found: smartcn keeps 危险化学品 as one word, in which 化学 alone would never match;</li>
 * <li>{@value #CJK_QUERY}: the same text as bigrams only (a lone character stays a unigram); a phrase of a query
 * word's bigrams over the {@value #CJK_INDEX} field matches exactly the texts that contain the word as a
 * substring.</li>
 * </ul>
 * Used by the server (persistence.xml) and by the benchmark, so both analyse text the same way.
 */
public class CatalogueAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "chinese";
    public static final String CJK_INDEX = "cjk_index";
    public static final String CJK_QUERY = "cjk_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(chinese());
        context.analyzer(CJK_INDEX).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "true");
        context.analyzer(CJK_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "false");
    }

    /** The smartcn analyzer with its default stop words (punctuation). */
    public static Analyzer chinese() {
        return new SmartChineseAnalyzer();
    }
}
