package org.factdesk.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.claims.CheckWorthinessSplit;
import org.factdesk.claims.ClaimText;
import org.factdesk.claims.LabelledSentence;
import org.factdesk.eval.Qrels;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.ColumnMapping;
import org.factdesk.ingest.Formats;
import org.factdesk.ingest.JsonlPostReader;
import org.factdesk.ingest.Quarantine;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.text.SentenceSplitter;
import org.factdesk.text.VietnameseNormalizer;

/**
 * Builds labelled sentences for check-worthiness from the shared data directory ({@code
 * ../shared/data}) and the hand-written non-claims bundled in {@code src/main/resources/claims/}.
 *
 * <p>Check-worthy (positive):
 *
 * <ul>
 *   <li>{@code ct2022-tweets}: CheckThat! 2022 Task 2A English tweets with a qrel (every tweet
 *       there repeats a fact-checked claim), official split: Train qrels → train, Dev qrels → dev,
 *       Dev-Test → dev-test. Each tweet gives one sentence: the one sharing the most words of 4+
 *       letters (or with digits) with its fact-checked claim(s), counted on the scoring form
 *       ({@link ClaimText#forScoring}: links, handles and the embedded-tweet signature do not
 *       count), the first on ties; the whole tweet when none shares any.
 *   <li>{@code ct2022-vclaims}: the Snopes claim texts of the train qrels (train only; claims also
 *       judged for a dev or dev-test tweet are left out), so positives are not only tweets.
 *   <li>{@code vfnd}: VFND article/post titles (first line) and leads (first sentence of 5+ words
 *       of the body), fake, real and misleading alike (a false statement is still a claim); split
 *       by hash of the record's file name, so an article's title and lead stay together.
 *   <li>{@code vn-news-v2}: vietnamese-news-dataset-v2 {@code val_data.csv} statements (label 1 =
 *       fake, 0 = real: both are claims), <b>dev-test only</b>: its README states no licence and
 *       says to treat it as test-only, so it never trains the bundled model.
 * </ul>
 *
 * <p>Not check-worthy (negative): {@code nonclaims-vi}, {@code nonclaims-en}, the hand-written
 * sentences, split by {@link CheckWorthinessSplit#ofKey} of their text.
 *
 * <p>Duplicates (same normalised, lower-cased text) are kept once per split, and a dev or
 * dev-test sentence already in train (or a dev-test one in dev) is dropped.
 */
public final class CheckWorthinessCorpus {
  /** Folder of the CheckThat! 2022 Task 2A data under the data directory. */
  public static final String CT2022 = "clef2022-task2a-en-tweets";
  /** Folder of VFND. */
  public static final String VFND = "vfnd-vietnamese-fake-news";
  /** Folder of vietnamese-news-dataset-v2. */
  public static final String VN_NEWS = "vietnamese-news-dataset-v2";
  /** Classpath locations of the hand-written non-claims. */
  public static final Map<String, String> NON_CLAIMS = Map.of(
      "vi", "/claims/non-claims-vi.tsv", "en", "/claims/non-claims-en.tsv");

  private static final Pattern LONG_WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}|\\p{L}*\\p{N}[\\p{L}\\p{N}]*");

  private final Map<CheckWorthinessSplit, Map<String, LabelledSentence>> bySplit = new EnumMap<>(CheckWorthinessSplit.class);
  private final Map<String, Integer> dropped = new LinkedHashMap<>();

  private CheckWorthinessCorpus() {
    for (CheckWorthinessSplit s : CheckWorthinessSplit.values()) {
      bySplit.put(s, new LinkedHashMap<>());
    }
  }

  /**
   * Reads everything.
   *
   * @param datasets the shared data directory holding {@link #CT2022}, {@link #VFND}, {@link #VN_NEWS}
   * @param quarantine receives malformed records
   * @throws IllegalArgumentException if a required file is missing
   */
  public static CheckWorthinessCorpus load(Path datasets, Quarantine quarantine) throws IOException {
    CheckWorthinessCorpus c = new CheckWorthinessCorpus();
    Path ct = require(datasets.resolve(CT2022));
    Path vfnd = require(datasets.resolve(VFND).resolve("vfnd.jsonl"));
    Path vnVal = require(datasets.resolve(VN_NEWS).resolve("val_data.csv"));
    AuthorPseudonymiser ephemeral = ephemeralPseudonymiser();
    c.addCheckThat(ct, ephemeral, quarantine);
    c.addVfnd(vfnd, ephemeral, quarantine);
    c.addVnNews(vnVal, ephemeral, quarantine);
    for (Map.Entry<String, String> e : NON_CLAIMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      c.addNonClaims(e.getKey(), e.getValue());
    }
    c.dropLeaks();
    return c;
  }

  /** The sentences of one split, in a fixed order (source by source, file order). */
  public List<LabelledSentence> split(CheckWorthinessSplit split) {
    return List.copyOf(bySplit.get(split).values());
  }

  /** Why sentences were left out: reason → count. */
  public Map<String, Integer> dropped() {
    return Map.copyOf(dropped);
  }

  private static Path require(Path p) {
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("check-worthiness data not found: " + p
          + " (pass the shared data directory, e.g. --datasets ../shared/data)");
    }
    return p;
  }

  /** Training never keeps author keys; a throw-away secret avoids writing one anywhere. */
  private static AuthorPseudonymiser ephemeralPseudonymiser() {
    byte[] secret = new byte[AuthorPseudonymiser.SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    return new AuthorPseudonymiser(secret);
  }

  private void addCheckThat(Path dir, AuthorPseudonymiser ps, Quarantine q) throws IOException {
    Map<String, String> vclaims = new HashMap<>();
    Path collection = require(dir.resolve("vclaims.jsonl"));
    Formats.factCheckReader(collection).read(collection, (FactCheck fc) -> vclaims.put(fc.id(), fc.claimReviewed()), q);
    Qrels train = Qrels.read(require(dir.resolve("CT2022-Task2A-EN-Train_QRELs.tsv")));
    Qrels dev = Qrels.read(require(dir.resolve("CT2022-Task2A-EN-Dev_QRELs.tsv")));
    Qrels devTest = Qrels.read(require(dir.resolve("CT2022-Task2A-EN-Dev-Test_QRELs.tsv")));
    Map<String, Post> trainDev = posts(require(dir.resolve("CT2022-Task2A-EN-Train-Dev_Queries.tsv")), ps, q);
    Map<String, Post> devTestPosts = posts(require(dir.resolve("CT2022-Task2A-EN-Dev-Test_Queries.tsv")), ps, q);
    addTweets(CheckWorthinessSplit.TRAIN, train, trainDev, vclaims);
    addTweets(CheckWorthinessSplit.DEV, dev, trainDev, vclaims);
    addTweets(CheckWorthinessSplit.DEV_TEST, devTest, devTestPosts, vclaims);
    Set<String> heldOut = new HashSet<>();
    for (Qrels other : List.of(dev, devTest)) {
      other.queryIds().forEach(qid -> heldOut.addAll(other.relevant(qid)));
    }
    Set<String> seen = new HashSet<>();
    for (String qid : train.queryIds().stream().sorted().toList()) {
      for (String vid : train.relevant(qid).stream().sorted().toList()) {
        String text = vclaims.get(vid);
        if (text == null || text.isBlank() || heldOut.contains(vid)) {
          count(text == null || text.isBlank() ? "vclaim without text" : "vclaim also judged in dev/dev-test");
          continue;
        }
        if (seen.add(vid)) {
          put(CheckWorthinessSplit.TRAIN, new LabelledSentence("ct2022-vclaim:" + vid, text.strip(), "en",
              "ct2022-vclaims", true));
        }
      }
    }
  }

  private static Map<String, Post> posts(Path file, AuthorPseudonymiser ps, Quarantine q) throws IOException {
    Map<String, Post> out = new LinkedHashMap<>();
    Formats.postReader(file, ps).read(file, p -> out.put(p.id(), p), q);
    return out;
  }

  private void addTweets(CheckWorthinessSplit split, Qrels qrels, Map<String, Post> posts, Map<String, String> vclaims) {
    for (String qid : qrels.queryIds().stream().sorted().toList()) {
      Post p = posts.get(qid);
      if (p == null) {
        count("qrels tweet missing from the queries");
        continue;
      }
      StringBuilder claim = new StringBuilder();
      qrels.relevant(qid).stream().sorted().forEach(v -> claim.append(vclaims.getOrDefault(v, "")).append(' '));
      String sentence = bestSentence(p.text(), claim.toString());
      if (sentence == null) {
        count("tweet without content");
        continue;
      }
      put(split, new LabelledSentence("ct2022-" + split.label() + ":" + qid, sentence, "en", "ct2022-tweets", true));
    }
  }

  /** The sentence of {@code text} sharing most long words with {@code claim}; see the class comment. */
  static String bestSentence(String text, String claim) {
    Set<String> claimWords = longWords(claim);
    String best = null;
    int bestOverlap = 0;
    List<SentenceSplitter.Sentence> sentences = SentenceSplitter.create().split(text);
    for (SentenceSplitter.Sentence s : sentences) {
      Set<String> words = longWords(ClaimText.forScoring(s.text()));
      words.retainAll(claimWords);
      if (words.size() > bestOverlap) {
        best = s.text();
        bestOverlap = words.size();
      }
    }
    if (best != null) {
      return best;
    }
    String whole = text.strip();
    return ClaimText.hasContent(whole) ? whole : null;
  }

  private static Set<String> longWords(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = LONG_WORD.matcher(VietnameseNormalizer.lowercase(text));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private void addVfnd(Path file, AuthorPseudonymiser ps, Quarantine q) throws IOException {
    Map<String, String> titles = new HashMap<>();
    // Social posts have no title and one article has an empty body: "missing text" is counted, not
    // rejected (the record's other half is still used); any other problem goes to the quarantine.
    new JsonlPostReader(new ColumnMapping(Map.of("id", "file", "text", "title")), ps)
        .read(file, p -> titles.put(p.id(), firstLine(p.text())), missingTextCounted(q, "VFND record without title"));
    List<Post> bodies = new ArrayList<>();
    new JsonlPostReader(new ColumnMapping(Map.of("id", "file")), ps)
        .read(file, bodies::add, missingTextCounted(q, "VFND record without body"));
    Set<String> ids = new TreeSet<>(titles.keySet());
    bodies.forEach(b -> ids.add(b.id()));
    Map<String, String> leads = new HashMap<>();
    bodies.forEach(b -> {
      String lead = lead(b.text());
      if (lead != null) {
        leads.put(b.id(), lead);
      }
    });
    for (String id : ids) {
      CheckWorthinessSplit split = CheckWorthinessSplit.ofKey(id);
      String title = titles.get(id);
      if (title != null && !title.isBlank()) {
        put(split, new LabelledSentence("vfnd:" + id + ":title", title, "vi", "vfnd", true));
      }
      String lead = leads.get(id);
      if (lead != null) {
        put(split, new LabelledSentence("vfnd:" + id + ":lead", lead, "vi", "vfnd", true));
      }
    }
  }

  private Quarantine missingTextCounted(Quarantine q, String reason) {
    return r -> {
      if (r.reason().equals("missing text")) {
        count(reason);
      } else {
        q.reject(r);
      }
    };
  }

  private static String firstLine(String text) {
    String s = text.strip();
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** First sentence of 5+ words of an article body (lines are hard breaks), or null. */
  static String lead(String body) {
    for (SentenceSplitter.Sentence s : SentenceSplitter.withLineBreaks().split(body)) {
      if (s.text().split("\\s+").length >= 5) {
        return s.text();
      }
    }
    return null;
  }

  private void addVnNews(Path file, AuthorPseudonymiser ps, Quarantine q) throws IOException {
    List<Post> rows = new ArrayList<>();
    Formats.postReader(file, ps).read(file, rows::add, q);
    for (Post p : rows) {
      put(CheckWorthinessSplit.DEV_TEST, new LabelledSentence("vn-news-v2-val:" + p.id(), p.text().strip(), "vi",
          "vn-news-v2", true));
    }
  }

  private void addNonClaims(String language, String resource) {
    InputStream in = CheckWorthinessCorpus.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 2);
        if (cols.length < 2 || cols[1].isBlank()) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected kind<TAB>text");
        }
        String text = cols[1].strip();
        put(CheckWorthinessSplit.ofKey(text), new LabelledSentence("nonclaim-" + language + ":" + lineNo, text, language,
            "nonclaims-" + language, false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void put(CheckWorthinessSplit split, LabelledSentence s) {
    if (bySplit.get(split).putIfAbsent(key(s.text()), s) != null) {
      count("duplicate within " + split.label());
    }
  }

  private void dropLeaks() {
    Set<String> train = bySplit.get(CheckWorthinessSplit.TRAIN).keySet();
    Map<String, LabelledSentence> dev = bySplit.get(CheckWorthinessSplit.DEV);
    Map<String, LabelledSentence> devTest = bySplit.get(CheckWorthinessSplit.DEV_TEST);
    int before = dev.size() + devTest.size();
    dev.keySet().removeAll(train);
    devTest.keySet().removeAll(train);
    devTest.keySet().removeAll(dev.keySet());
    if (before > dev.size() + devTest.size()) {
      dropped.merge("held-out sentence also in an earlier split", before - dev.size() - devTest.size(), Integer::sum);
    }
  }

  private void count(String reason) {
    dropped.merge(reason, 1, Integer::sum);
  }

  /** Dedupe key: normalised, lower-cased, whitespace collapsed. */
  static String key(String text) {
    return VietnameseNormalizer.lowercase(VietnameseNormalizer.normalize(text)).replaceAll("\\s+", " ").strip();
  }

  /** Sentences of a split per source: source → {check-worthy, other}. */
  public static Map<String, int[]> countsBySource(List<LabelledSentence> sentences) {
    Map<String, int[]> out = new LinkedHashMap<>();
    for (LabelledSentence s : sentences) {
      out.computeIfAbsent(s.source(), k -> new int[2])[s.checkWorthy() ? 0 : 1]++;
    }
    return out;
  }
}
