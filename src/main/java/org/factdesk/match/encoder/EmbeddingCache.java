package org.factdesk.match.encoder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SentenceEncoder} that remembers vectors on disk, so re-runs over the same posts do not
 * re-encode them. Keyed by SHA-256 of the UTF-8 text; one file per encoder {@link
 * SentenceEncoder#id() id}, so vectors of another model, pooling or token limit are never served.
 *
 * <p>File {@code <dir>/<sha-256(id) prefix>.vec}: a header (magic {@code FDVEC1}, the id as
 * modified UTF-8, the dimension as int32), then append-only records of 32 key bytes and {@code
 * dimension} big-endian float32s. All records are read into memory on open (about 1.6 kB per text
 * at 384 dims); a torn last record (a crash mid-write) is cut off. Not for vectors of the
 * fact-check collection, which live in the search index. Thread-safe; one process per directory.
 */
public final class EmbeddingCache implements SentenceEncoder {
  private static final String MAGIC = "FDVEC1";

  private final SentenceEncoder encoder;
  private final Path file;
  private final Map<ByteBuffer, float[]> vectors = new ConcurrentHashMap<>();
  private final DataOutputStream out;

  /**
   * @param directory where the cache files live (created if missing)
   * @param encoder computes vectors not yet cached; closed with this cache
   * @throws UncheckedIOException if the cache file cannot be read or created
   */
  public EmbeddingCache(Path directory, SentenceEncoder encoder) {
    this.encoder = encoder;
    try {
      Files.createDirectories(directory);
      this.file = directory.resolve(HexFormat.of().formatHex(sha256(encoder.id())).substring(0, 16) + ".vec");
      long valid = load();
      if (valid < 0) {
        writeHeader();
      } else {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
          ch.truncate(valid);
        }
      }
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND)));
    } catch (IOException e) {
      throw new UncheckedIOException("embedding cache in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Reads the records; returns the length of the valid prefix, or -1 if the file must be started anew. */
  private long load() throws IOException {
    if (!Files.isRegularFile(file)) {
      return -1;
    }
    int dim = encoder.dimension();
    try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
      if (!MAGIC.equals(in.readUTF()) || !encoder.id().equals(in.readUTF()) || in.readInt() != dim) {
        return -1;
      }
      long valid = headerLength();
      byte[] key = new byte[32];
      while (true) {
        float[] v = new float[dim];
        try {
          in.readFully(key);
          for (int d = 0; d < dim; d++) {
            v[d] = in.readFloat();
          }
        } catch (EOFException torn) {
          return valid;
        }
        vectors.put(ByteBuffer.wrap(key.clone()), v);
        valid += 32 + 4L * dim;
      }
    } catch (EOFException badHeader) {
      return -1;
    }
  }

  private long headerLength() throws IOException {
    return header().length;
  }

  private byte[] header() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream header = new DataOutputStream(bytes)) {
      header.writeUTF(MAGIC);
      header.writeUTF(encoder.id());
      header.writeInt(encoder.dimension());
    }
    return bytes.toByteArray();
  }

  private void writeHeader() throws IOException {
    Files.write(file, header());
  }

  /** Number of cached vectors. */
  public int size() {
    return vectors.size();
  }

  /** The cache file of this encoder id. */
  public Path file() {
    return file;
  }

  @Override
  public String id() {
    return encoder.id();
  }

  @Override
  public int dimension() {
    return encoder.dimension();
  }

  @Override
  public float[] encode(String text) {
    return encodeBatch(List.of(text)).get(0);
  }

  /** Encodes only the texts not cached yet (in one batch), appends them to the file and flushes. */
  @Override
  public List<float[]> encodeBatch(List<String> texts) {
    List<ByteBuffer> keys = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    List<ByteBuffer> missingKeys = new ArrayList<>();
    Set<ByteBuffer> seen = new HashSet<>();
    for (String t : texts) {
      ByteBuffer key = ByteBuffer.wrap(sha256(t));
      keys.add(key);
      if (!vectors.containsKey(key) && seen.add(key)) {
        missing.add(t);
        missingKeys.add(key);
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> computed = encoder.encodeBatch(missing);
      append(missingKeys, computed);
    }
    List<float[]> result = new ArrayList<>(texts.size());
    for (ByteBuffer key : keys) {
      result.add(vectors.get(key).clone());
    }
    return result;
  }

  private synchronized void append(List<ByteBuffer> keys, List<float[]> computed) {
    try {
      for (int i = 0; i < keys.size(); i++) {
        if (vectors.putIfAbsent(keys.get(i), computed.get(i)) == null) {
          out.write(keys.get(i).array());
          for (float f : computed.get(i)) {
            out.writeFloat(f);
          }
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("embedding cache " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Flushes the file and closes the wrapped encoder. */
  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("embedding cache " + file + ": " + e.getMessage(), e);
    } finally {
      encoder.close();
    }
  }
}
