/**
 * Plain-Java Vietnamese/English text handling: normalisation, diacritic folding, teencode
 * expansion, sentence splitting, social-media token recognition and language identification
 * ({@link org.factdesk.text.LanguageIdentifier}: vi / en / other, also for Vietnamese typed without
 * diacritics, via {@link org.factdesk.text.VietnameseSyllables}). No Lucene imports here; the
 * Lucene {@code CharFilter}/{@code TokenFilter}/{@code Analyzer} wrappers belong in
 * {@code org.factdesk.text.analysis} and delegate to these classes.
 *
 * <p>Order of use for indexing: {@link org.factdesk.text.VietnameseNormalizer#normalizeWithOffsets}
 * (NFC, one tone-mark placement, invisible characters and odd spaces) &rarr;
 * {@link org.factdesk.text.VietnameseNormalizer#lowercase} &rarr;
 * {@link org.factdesk.text.TeencodeExpander#expand} &rarr; optionally
 * {@link org.factdesk.text.DiacriticFolder#fold} for an accent-insensitive field.
 *
 * <p>Data lives in {@code src/main/resources/text/}: {@code vi-teencode.tsv} (teencode table),
 * {@code abbreviations.tsv} (abbreviations that do not end a sentence) and {@code en-common-words.txt}
 * (English evidence for language id). Transforms used under Lucene char filters return an
 * {@link org.factdesk.text.OffsetMap} ({@code normalizeWithOffsets}, {@code expandWithOffsets},
 * {@code blankForAnalysis}). To extend, add rows there and
 * a test with the exact expected output; keep classes Lucene-free and use {@code Locale.ROOT}.
 *
 * <p>Must not import {@code index} or {@code match}.
 */
package org.factdesk.text;
