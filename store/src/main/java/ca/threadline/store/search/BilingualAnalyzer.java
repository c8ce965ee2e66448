package ca.threadline.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analysis chain for Canadian English and French text, used at index and at query time.
 *
 * <pre>
 * StandardTokenizer        UAX#29 words; "l'heure" and "416-555-0199" split as a reader would
 * ElisionFilter            French articles: l' d' qu' j' n' s' t' m' c' jusqu' lorsqu' ... (' and ’)
 * LowerCaseFilter
 * ASCIIFoldingFilter       Montréal → montreal, Québec → quebec, naïve → naive (both directions)
 * KeywordRepeatFilter      keep the unstemmed word ...
 * EnglishMinimalStemFilter ... and its English plural-only stem (girls → girl)
 * KeywordRepeatFilter      keep those ...
 * FrenchLightStemFilter    ... and their light French stems (heures → heur, nouvelles → nouvel)
 * RemoveDuplicatesTokenFilter  one term per distinct form at a position
 * </pre>
 *
 * <p>Why one chain and not one per language: ads and job ads in Canada mix the two languages in
 * one text ("new in town / nouvelle en ville"), language detection on a 30-word ad is unreliable,
 * and investigators search in either language whatever the ad's language. Stacking the unstemmed
 * form and both light stems at the same position lets an English or a French query match either,
 * keeps phrase queries working (the forms share a position), and keeps one stored field, so that
 * highlighting marks exactly the words of the text. Light stemmers (plural and gender endings)
 * rather than Snowball/Porter: aggressive stems conflate words investigators keep apart, and the
 * unstemmed form is kept anyway. Accents are folded rather than kept as a second form because
 * ads drop and misplace accents freely ("montreal", "Montreál"). No stop words: phrases such as
 * "new in town" or "no questions asked" are what investigators search for, and BM25 already
 * weighs common words down. ICU is not needed: ASCII folding covers French and English letters.
 */
public final class BilingualAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream t = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    t = new LowerCaseFilter(t);
    t = new ASCIIFoldingFilter(t);
    t = new KeywordRepeatFilter(t);
    t = new EnglishMinimalStemFilter(t);
    t = new KeywordRepeatFilter(t);
    t = new FrenchLightStemFilter(t);
    t = new RemoveDuplicatesTokenFilter(t);
    return new TokenStreamComponents(source, t);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
