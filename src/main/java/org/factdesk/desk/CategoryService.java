package org.factdesk.desk;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.store.Database;

/** Article categories (slug, Vietnamese and English names); V3 seeds a starting set. Adding needs {@link Role.Permission#WRITE_DRAFTS}. */
public final class CategoryService {
  private final Database db;
  private final Clock clock;

  public CategoryService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A category. */
  public record Category(long id, String slug, String nameVi, String nameEn) {
    /** Its name in {@code lang} ({@code en}, otherwise Vietnamese). */
    public String name(String lang) {
      return "en".equals(lang) ? nameEn : nameVi;
    }
  }

  /** All categories by slug. */
  public List<Category> list() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT id, slug, name_vi, name_en FROM categories ORDER BY slug")
        .map((rs, ctx) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
  }

  /** The category with {@code slug}. */
  public Optional<Category> find(String slug) {
    return list().stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  /**
   * Adds a category.
   *
   * @throws InvalidFieldException {@code slug} malformed or taken, a name blank
   */
  public Category create(Actor actor, String slug, String nameVi, String nameEn) {
    actor.role().require(Role.Permission.WRITE_DRAFTS);
    if (!Slugs.valid(slug) || slug.length() > 100) {
      throw new InvalidFieldException("slug", "a-z, 0-9 and single dashes, at most 100 characters");
    }
    if (nameVi == null || nameVi.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new InvalidFieldException(nameVi == null || nameVi.isBlank() ? "name_vi" : "name_en", "must not be blank");
    }
    var now = clock.instant();
    long id = db.jdbi().inTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM categories WHERE slug = :s").bind("s", slug).mapTo(Long.class).one() > 0) {
        throw new InvalidFieldException("slug", "'" + slug + "' is taken");
      }
      long newId = h.createUpdate("INSERT INTO categories (slug, name_vi, name_en) VALUES (:s, :vi, :en)")
          .bind("s", slug).bind("vi", Rows.limit("name_vi", nameVi.strip(), 200))
          .bind("en", Rows.limit("name_en", nameEn.strip(), 200))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      AuditLog.append(h, actor, now, "category.create", "category", newId, Map.of("slug", slug));
      return newId;
    });
    return new Category(id, slug, nameVi.strip(), nameEn.strip());
  }
}
