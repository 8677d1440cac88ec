package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.eval.Qrels;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.Formats;
import org.factdesk.ingest.Quarantine;
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.QueryVectors;
import org.factdesk.match.Retrieval;
import org.factdesk.match.encoder.EmbeddingCache;
import org.factdesk.match.encoder.EncoderEmbedder;
import org.factdesk.match.encoder.Encoders;
import org.factdesk.match.encoder.SentenceEncoder;
import org.factdesk.match.rerank.RerankFeatures;
import org.factdesk.match.rerank.RerankerTraining;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;

/**
 * Trains the learned reranker on a collection, queries and <b>train</b> qrels: every query's
 * hybrid (weighted-fusion) candidates become labelled examples; the model is written to a file
 * that {@code LearnedReranker} loads.
 */
public final class RerankerTrainJob {
  private final MatchingSettings settings;
  private final PrintStream log;

  public RerankerTrainJob(MatchingSettings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /**
   * @return {examples, relevant examples}
   */
  public int[] run(Path collection, Path queries, Path qrelsFile, Path modelDir, Path dataDir, Path out,
      Quarantine quarantine) throws IOException {
    Files.createDirectories(dataDir);
    Qrels qrels = Qrels.read(qrelsFile);
    List<FactCheck> docs = new ArrayList<>();
    Formats.factCheckReader(collection).read(collection, docs::add, quarantine);
    List<Post> posts = new ArrayList<>();
    Formats.postReader(queries, AuthorPseudonymiser.loadOrCreate(dataDir)).read(queries, p -> {
      if (qrels.queryIds().contains(p.id())) {
        posts.add(p);
      }
    }, quarantine);
    try (SentenceEncoder encoder = new EmbeddingCache(dataDir.resolve("embeddings"), Encoders.open(modelDir));
        TemporaryIndex temporary = TemporaryIndex.build(dataDir, "train-index-", settings, new EncoderEmbedder(encoder),
            docs)) {
      FactCheckIndex index = temporary.index();
      MatchPipeline pipeline = settings.pipeline(Retrieval.HYBRID_WSF, index,
          new QueryVectors(encoder::encodeBatch, encoder::encode));
      RerankerTraining training = new RerankerTraining(new RerankFeatures(settings.analysis()));
      for (int from = 0; from < posts.size(); from += 256) {
        List<Post> batch = posts.subList(from, Math.min(posts.size(), from + 256));
        pipeline.prepare(batch);
        for (Post p : batch) {
          MatchPipeline.Stages st = pipeline.stages(p);
          training.add(p, st.fused(), st.lists(), qrels.relevant(p.id()));
        }
      }
      int[] counts = training.counts();
      log.println("reranker: " + counts[0] + " candidate examples, " + counts[1] + " relevant, from " + posts.size()
          + " queries");
      training.train(out);
      log.println("reranker model written to " + out);
      return counts;
    }
  }
}
