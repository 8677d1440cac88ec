package org.factdesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.store.Database;

/**
 * Evidence of a case: URLs with notes, and uploaded files kept content-addressed as
 * {@code <dataDir>/evidence/<sha256>} (the same file uploaded twice is stored once). Adding needs
 * {@link Role.Permission#EDIT_CASES}.
 */
public final class EvidenceService {
  private final Database db;
  private final Path dir;
  private final Clock clock;

  public EvidenceService(Database db, Path dataDir, Clock clock) {
    this.db = db;
    this.dir = dataDir.resolve("evidence");
    this.clock = clock;
  }

  /**
   * One piece of evidence.
   *
   * @param url a link; may be null
   * @param note free text; may be null
   * @param fileName the uploaded file's name; null when there is no file
   * @param sha256 hex SHA-256 of the file; null when there is no file
   * @param bytes file size; null when there is no file
   */
  public record Evidence(long id, long caseId, String url, String note, String fileName, String sha256, Long bytes,
      String contentType, String addedBy, Instant addedAt) {}

  /**
   * Adds a link and/or a note.
   *
   * @throws InvalidFieldException {@code url} not http(s), both blank, or too long
   */
  public Evidence addLink(Actor actor, long caseId, String url, String note) {
    actor.role().require(Role.Permission.EDIT_CASES);
    String u = Rows.blankToNull(url);
    String n = Rows.blankToNull(note);
    if (u == null && n == null) {
      throw new InvalidFieldException("url", "give a URL or a note");
    }
    if (u != null) {
      checkUrl(u);
    }
    Rows.limit("note", n, 20000);
    return insert(actor, caseId, u, n, null, null, null, null);
  }

  /**
   * Stores an uploaded file (streamed, hashed, size-checked) and adds it as evidence.
   *
   * @param maxBytes largest accepted size
   * @throws InvalidFieldException {@code file} empty, larger than {@code maxBytes}, or without a name
   */
  public Evidence addFile(Actor actor, long caseId, String fileName, String contentType, InputStream in, long maxBytes,
      String note) {
    actor.role().require(Role.Permission.EDIT_CASES);
    String name = Rows.blankToNull(fileName);
    if (name == null) {
      throw new InvalidFieldException("file", "choose a file");
    }
    name = Path.of(name.replace('\\', '/')).getFileName().toString();
    Rows.limit("file", name, 500);
    Rows.limit("note", note, 20000);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "upload-", ".part");
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
          byte[] buf = new byte[64 * 1024];
          for (int r; (r = in.read(buf)) > 0; ) {
            size += r;
            if (size > maxBytes) {
              throw new InvalidFieldException("file", "larger than " + maxBytes + " bytes");
            }
            out.write(buf, 0, r);
          }
        }
        if (size == 0) {
          throw new InvalidFieldException("file", "is empty");
        }
        String hex = HexFormat.of().formatHex(sha.digest());
        Path target = dir.resolve(hex);
        if (!Files.exists(target)) {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        String type = Rows.blankToNull(contentType);
        return insert(actor, caseId, null, Rows.blankToNull(note), name, hex, size,
            type == null ? "application/octet-stream" : Rows.limit("content_type", type, 200));
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store evidence file in " + dir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Evidence of a case, oldest first. */
  public List<Evidence> list(long caseId) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT e.*, u.username FROM evidence e "
            + "LEFT JOIN users u ON u.id = e.added_by WHERE e.case_id = :c ORDER BY e.id")
        .bind("c", caseId)
        .map((rs, ctx) -> new Evidence(rs.getLong("id"), rs.getLong("case_id"), rs.getString("url"), rs.getString("note"),
            rs.getString("file_name"), rs.getString("file_sha256"), Rows.nullableLong(rs, "file_bytes"),
            rs.getString("content_type"), rs.getString("username"), Rows.instant(rs, "added_at")))
        .list());
  }

  /** The stored file of an evidence row, if it has one. */
  public Optional<Path> file(Evidence e) {
    if (e.sha256() == null) {
      return Optional.empty();
    }
    Path p = dir.resolve(e.sha256());
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }

  private Evidence insert(Actor actor, long caseId, String url, String note, String fileName, String sha, Long bytes,
      String type) {
    Instant now = clock.instant();
    long id = db.jdbi().inTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM cases WHERE id = :c").bind("c", caseId).mapTo(Long.class).one() == 0) {
        throw new NotFoundException("no case " + caseId);
      }
      long newId = h.createUpdate("INSERT INTO evidence (case_id, url, note, file_name, file_sha256, file_bytes, "
              + "content_type, added_by, added_at) VALUES (:c, :u, :n, :f, :s, :b, :t, :by, :at)")
          .bind("c", caseId).bind("u", url).bind("n", note).bind("f", fileName).bind("s", sha).bind("b", bytes)
          .bind("t", type).bind("by", actor.userId()).bind("at", Rows.utc(now))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      Map<String, Object> details = new HashMap<>();
      details.put("case_id", caseId);
      details.put("url", url);
      details.put("file", fileName);
      details.put("sha256", sha);
      AuditLog.append(h, actor, now, "evidence.add", "evidence", newId, details);
      return newId;
    });
    return list(caseId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
  }

  static void checkUrl(String u) {
    Rows.limit("url", u, 4000);
    try {
      URI uri = URI.create(u);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new InvalidFieldException("url", "must be an http(s) URL");
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("url", "not a URL");
    }
  }
}
