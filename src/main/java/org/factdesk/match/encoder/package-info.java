/**
 * Sentence encoders for dense claim matching (issue #4): text in, unit-length float vector out, so
 * that a dot product is a cosine similarity (Reimers &amp; Gurevych 2019, Sentence-BERT).
 *
 * <p>{@link org.factdesk.match.encoder.SentenceEncoder} is the interface; {@link
 * org.factdesk.match.encoder.BundledMiniLmEncoder} (all-MiniLM-L6-v2 shipped in a Maven jar, the
 * default) and {@link org.factdesk.match.encoder.OnnxModelDirEncoder} (any sentence-transformers
 * ONNX export in a directory, e.g. a multilingual model) run it on ONNX Runtime with Hugging Face
 * tokenizers, offline; {@link org.factdesk.match.encoder.Encoders#open} picks one. Load failures
 * throw {@link org.factdesk.match.encoder.ModelLoadException} with a one-line message. {@link
 * org.factdesk.match.encoder.EmbeddingCache} wraps an encoder and keeps vectors of texts already
 * seen (posts, queries) in a file per encoder id.
 *
 * <p>To add an encoder, implement {@code SentenceEncoder} with an {@code id()} that changes
 * whenever its vectors would. Must not import {@code index}, {@code web} or {@code cli}.
 */
package org.factdesk.match.encoder;
