// Themes run by their members, shared by themes.pb.js (handlers run in isolated
// contexts, so they load this module with require instead of sharing a
// function) and account.js. See README.md ("The rules in plain words": themes,
// memberships) and pb_migrations/1730000010_knooppunt_theme_groups.js.

const LAST_OWNER = "Een thema houdt altijd minstens één eigenaar. Maak eerst iemand anders eigenaar.";

/**
 * Runs the rest of the request (`e.next()`, the write) and then `after(tx)` in
 * one transaction: when `after` throws, the write is rolled back and the
 * client gets that error. PocketBase writes the response of a request wrapped
 * in a transaction only after the commit, so nothing is answered before.
 */
function inTransaction(e, after) {
  const app = e.app;
  try {
    app.runInTransaction((tx) => {
      e.app = tx;
      e.next();
      after(tx);
    });
  } finally {
    e.app = app;
  }
}

/**
 * POST /api/collections/themes/records by a member (the create rule decided
 * who may): the theme and the creator's membership {role "owner", status
 * "active"} are stored together or not at all. The response is the theme, with
 * the member_count the triggers set (1). The host (superuser) creating a theme
 * gets no membership.
 */
function createWithOwner(e) {
  if (!e.auth || e.auth.collection().name !== "members") {
    e.next();
    return;
  }
  const member = e.auth.id;
  inTransaction(e, (tx) => {
    const m = new Record(tx.findCollectionByNameOrId("memberships"));
    m.set("theme", e.record.id);
    m.set("member", member);
    m.set("role", "owner");
    m.set("status", "active");
    tx.save(m);
    // the counter is kept by a trigger (1730000003); show it in the response
    e.record.set("member_count", tx.findRecordById("themes", e.record.id).getInt("member_count"));
  });
}

/** The number of active owners of `theme`. */
function owners(app, theme) {
  return app.countRecords("memberships", $dbx.hashExp({ theme, role: "owner", status: "active" }));
}

/**
 * DELETE /api/collections/memberships/records/:id (leaving, or a removal; the
 * rules decided who may): the last active owner of a theme stays. Checked after
 * the delete, in its transaction, so two owners leaving at once cannot both
 * succeed. Applies to the host's requests too (the dashboard): make someone else
 * owner first, or delete the theme. Deleting the theme (its memberships go with
 * it) and deleting an account (account.js hands ownership over) are no
 * membership delete requests and are not refused.
 */
function keepLastOwner(e) {
  const m = e.record;
  if (m.getString("role") !== "owner" || m.getString("status") !== "active") {
    e.next();
    return;
  }
  const theme = m.getString("theme");
  inTransaction(e, (tx) => {
    if (owners(tx, theme) === 0) {
      throw new BadRequestError(LAST_OWNER, { role: new ValidationError("last_owner", LAST_OWNER) });
    }
  });
}

/**
 * Before member `id` goes (account deletion, inside its transaction `tx`): every
 * theme where they are the only active owner gets a new owner, the
 * longest-standing active moderator, else the longest-standing active member
 * (by membership `created`). With nobody else active the theme is left without
 * members (and owner); the host can delete it or make someone owner.
 */
function handOverOwnership(tx, id) {
  const mine = tx.findRecordsByFilter("memberships", "member = {:id} && role = 'owner' && status = 'active'", "", 0, 0, { id });
  for (const m of mine) {
    const theme = m.getString("theme");
    if (owners(tx, theme) > 1) continue;
    for (const role of ["moderator", "member"]) {
      const next = tx.findRecordsByFilter(
        "memberships",
        "theme = {:theme} && member != {:id} && status = 'active' && role = {:role}",
        "created,id", 1, 0, { theme, id, role },
      );
      if (next.length > 0) {
        next[0].set("role", "owner");
        tx.save(next[0]);
        break;
      }
    }
  }
}

module.exports = { LAST_OWNER, createWithOwner, keepLastOwner, handOverOwnership };
