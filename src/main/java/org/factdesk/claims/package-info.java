/**
 * Claims: which sentences of a post assert a verifiable fact. {@link
 * org.factdesk.claims.ClaimExtractor} splits a post with {@link org.factdesk.text.SentenceSplitter}
 * and gives each sentence with content a {@link org.factdesk.claims.Claim} (exact offsets into the
 * post text, a check-worthiness score in [0, 1], and whether it reached the threshold), scored by a
 * {@link org.factdesk.claims.CheckWorthinessScorer}: the trained {@link
 * org.factdesk.claims.LearnedCheckWorthinessScorer} (Tribuo logistic regression over the
 * interpretable {@link org.factdesk.claims.CheckWorthinessFeatures} and hashed word/character
 * n-grams, bundled in {@code src/main/resources/claims/}) or the {@link
 * org.factdesk.claims.RuleBaselineScorer}. {@link org.factdesk.claims.CheckWorthinessTraining}
 * fits a model from {@link org.factdesk.claims.LabelledSentence}s.
 *
 * <p>Opinions, criticism, complaints, questions and greetings are "not a factual claim": they get
 * {@code checkWorthy = false}, never a verdict and never "false".
 *
 * <p><b>Wiring:</b> {@code pipeline.MainJob} ({@code factdesk run}) does this, matching each
 * check-worthy claim with BM25 when a post has two or more; ingest does not yet. The ingest step or
 * the main job calls {@code
 * ClaimExtractor.standard()} once and {@link org.factdesk.claims.ClaimExtractor#extract(
 * org.factdesk.model.Post)} per post; matching then runs per check-worthy claim (its {@code
 * text}) as well as per post, and a match found for a claim keeps the claim's span so reports can
 * highlight it.
 *
 * <p>To extend: add cue phrases to {@code claims/cues.tsv} or a feature to {@code
 * CheckWorthinessFeatures.NAMES} and {@code computeScored} (with an exact-value test), add
 * non-claims to {@code claims/non-claims-*.tsv}, then retrain ({@code factdesk
 * train-checkworthiness}) and update {@code docs/benchmarks.md}. A model trained before a feature
 * change silently ignores the new features and mis-scores: always retrain.
 *
 * <p>Must not import {@code web}.
 */
package org.factdesk.claims;
