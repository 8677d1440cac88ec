package org.factdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.factdesk.narratives.Alert;
import org.factdesk.narratives.OutletReach;
import org.factdesk.store.Database;
import org.factdesk.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users, API tokens, evidence files and alerts on a real database (H2, or PostgreSQL with FACTDESK_TEST_PG_URL). */
class DeskServicesTest {
  @TempDir Path dir;
  Database db;
  Desk desk;

  @BeforeEach
  void setUp() {
    db = TestDatabases.fresh(dir);
    desk = Desk.open(db, dir, Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void firstRunAdminOnceAndOnlyItsHashIsStored() {
    String password = desk.users().ensureFirstAdmin().orElseThrow();
    assertEquals(20, password.length());
    assertTrue(desk.users().ensureFirstAdmin().isEmpty(), "never a second time");
    String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users").mapTo(String.class).one());
    assertTrue(stored.startsWith("$argon2id$"), stored);
    assertFalse(stored.contains(password));
    assertEquals(Role.ADMIN, desk.users().authenticate("admin", password).orElseThrow().role());
    assertTrue(desk.users().authenticate("admin", password + "x").isEmpty());
  }

  @Test
  void disabledUsersCannotLogInAndPasswordsChange() {
    Actor admin = desk.users().create(Actor.system(), "boss", "password-123", Role.ADMIN).actor();
    User ed = desk.users().create(admin, "ed", "password-123", Role.EDITOR);
    assertThrows(ForbiddenException.class, () -> desk.users().create(ed.actor(), "x2", "password-123", Role.ADMIN));
    assertEquals("username", assertThrows(InvalidFieldException.class,
        () -> desk.users().create(admin, "ed", "password-123", Role.VIEWER)).field());
    assertEquals("password", assertThrows(InvalidFieldException.class,
        () -> desk.users().create(admin, "short", "12345", Role.VIEWER)).field());

    assertEquals("current_password", assertThrows(InvalidFieldException.class,
        () -> desk.users().changePassword(ed.actor(), ed.id(), "wrong-one", "new-password-1")).field());
    desk.users().changePassword(ed.actor(), ed.id(), "password-123", "new-password-1");
    assertTrue(desk.users().authenticate("ed", "password-123").isEmpty());
    assertTrue(desk.users().authenticate("ed", "new-password-1").isPresent());

    desk.users().update(admin, ed.id(), Role.EDITOR, true);
    assertTrue(desk.users().authenticate("ed", "new-password-1").isEmpty());
    assertThrows(ForbiddenException.class, () -> desk.users().update(admin, admin.userId(), Role.ADMIN, true));
    assertEquals(1, desk.audit().count("user.update"));
  }

  @Test
  void apiTokensAreShownOnceStoredHashedAndRevocable() {
    Actor admin = desk.users().create(Actor.system(), "boss", "password-123", Role.ADMIN).actor();
    User partner = desk.users().create(admin, "partner", "password-123", Role.VIEWER);
    String token = desk.tokens().create(admin, partner.id(), "RSS partner");
    assertTrue(token.startsWith("fd_"));
    String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM api_tokens").mapTo(String.class).one());
    assertEquals(ApiTokenService.sha256(token), stored);
    assertEquals("partner", desk.tokens().authenticate(token).orElseThrow().username());
    assertTrue(desk.tokens().authenticate("fd_forged").isEmpty());
    assertThrows(ForbiddenException.class, () -> desk.tokens().create(partner.actor(), partner.id(), null));
    long id = desk.tokens().list().get(0).id();
    assertEquals(Instant.parse("2026-03-01T08:00:00Z"), desk.tokens().list().get(0).lastUsedAt());
    desk.tokens().revoke(admin, id);
    assertTrue(desk.tokens().authenticate(token).isEmpty());
  }

  @Test
  void evidenceFilesAreContentAddressedAndSizeLimited() throws Exception {
    Actor ed = desk.users().create(Actor.system(), "ed", "password-123", Role.EDITOR).actor();
    long caseId = desk.cases().open(ed, "claim", null, null).id();
    byte[] content = "scan of the leaflet".getBytes(StandardCharsets.UTF_8);
    EvidenceService.Evidence a = desk.evidence().addFile(ed, caseId, "../../etc/tờ rơi.jpg", "image/jpeg",
        new ByteArrayInputStream(content), 1000, "from a reader");
    EvidenceService.Evidence b = desk.evidence().addFile(ed, caseId, "copy.jpg", null, new ByteArrayInputStream(content),
        1000, null);
    assertEquals("tờ rơi.jpg", a.fileName(), "path parts dropped from the name");
    assertEquals(a.sha256(), b.sha256());
    assertEquals(19L, a.bytes());
    assertEquals(List.of(a.sha256()), Files.list(dir.resolve("evidence")).map(p -> p.getFileName().toString()).toList());
    assertEquals("file", assertThrows(InvalidFieldException.class, () -> desk.evidence().addFile(ed, caseId, "big.bin",
        null, new ByteArrayInputStream(new byte[2000]), 1000, null)).field());
    assertEquals("url", assertThrows(InvalidFieldException.class,
        () -> desk.evidence().addLink(ed, caseId, "javascript:alert(1)", "x")).field());
    assertThrows(NotFoundException.class, () -> desk.evidence().addLink(ed, 999, "https://example.org", null));
    assertEquals(2, desk.evidence().list(caseId).size());
    assertEquals(1, Files.list(dir.resolve("evidence")).count(), "no temporary files left behind");
  }

  @Test
  void alertsAreStoredOnceAndAcknowledged() {
    Alert alert = new Alert("n-000042", "vclaim-1", "False", Instant.parse("2026-02-28T00:00:00Z"),
        Instant.parse("2026-03-01T00:00:00Z"), 4.2, 0.5, 12, List.of(new OutletReach("Trang A", 7, 300)));
    assertEquals(1, desk.alerts().store(List.of(alert)));
    assertEquals(0, desk.alerts().store(List.of(alert)));
    AlertService.StoredAlert stored = desk.alerts().unacknowledged(10).get(0);
    assertEquals("Trang A (7)", stored.topOutlets());
    Actor viewer = desk.users().create(Actor.system(), "vv", "password-123", Role.VIEWER).actor();
    Actor reviewer = desk.users().create(Actor.system(), "rr", "password-123", Role.REVIEWER).actor();
    assertThrows(ForbiddenException.class, () -> desk.alerts().acknowledge(viewer, stored.id()));
    desk.alerts().acknowledge(reviewer, stored.id());
    assertTrue(desk.alerts().unacknowledged(10).isEmpty());
  }
}
