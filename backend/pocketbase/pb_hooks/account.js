// A member's own data: export everything stored about them, and delete their
// account. Shared by account.pb.js (route handlers run in isolated contexts, so
// they load this module with require instead of sharing a function). See
// README.md, "Your data: export and account deletion".

/** The logged-in member's id; 401 for visitors, superusers and other auth collections. */
function memberId(e) {
  if (!e.auth || e.auth.collection().name !== "members") {
    throw new UnauthorizedError("Log in as a member to do this.", {});
  }
  return e.auth.id;
}

/** A record as the records API shows it (its public fields), as a plain JSON object. */
function plain(record) {
  return JSON.parse(JSON.stringify(record));
}

function jsonValue(record, field) {
  const raw = record.getString(field);
  if (raw === "") return null;
  try { return JSON.parse(raw); } catch (_) { return null; }
}

/** {id: name} of the records of `collection` with these ids. */
function names(app, collection, field, ids) {
  const out = {};
  const unique = ids.filter((id, i) => id !== "" && ids.indexOf(id) === i);
  if (unique.length === 0) return out;
  for (const r of app.findRecordsByIds(collection, unique)) out[r.id] = r.getString(field);
  return out;
}

/**
 * GET /api/knooppunt/export -> a JSON file (attachment) with everything stored
 * about the logged-in member: the profile (with email and visibility, without
 * password hash or token key), all their posts (hidden ones too), comments,
 * reactions, reports they made, memberships (with the theme's name) and RSVPs
 * (with the event's title). Nothing of anyone else but those names: not the
 * reports others made about their posts (that would name the reporter).
 */
function exportData(e) {
  const id = memberId(e);
  const app = e.app;
  const me = app.findRecordById("members", id);
  const mine = (collection, field, sort) => app.findRecordsByFilter(collection, `${field} = {:id}`, sort, 0, 0, { id });

  const organisation = me.getString("organisation");
  const avatar = me.getString("avatar");
  const profile = {
    id: me.id,
    email: me.email(),
    name: me.getString("name"),
    organisation,
    organisation_name: organisation ? (names(app, "organisations", "name", [organisation])[organisation] || "") : "",
    job_title: me.getString("job_title"),
    bio: me.getString("bio"),
    expertise: jsonValue(me, "expertise"),
    province: me.getString("province"),
    links: jsonValue(me, "links"),
    visibility: jsonValue(me, "visibility"),
    avatar,
    avatar_url: avatar ? `/api/files/members/${me.id}/${encodeURIComponent(avatar)}` : "",
    created: me.getString("created"),
    updated: me.getString("updated"),
  };

  const memberships = mine("memberships", "member", "created");
  const themeNames = names(app, "themes", "name", memberships.map((m) => m.getString("theme")));
  const rsvps = mine("rsvps", "member", "created");
  const eventTitles = names(app, "events", "title", rsvps.map((r) => r.getString("event")));

  e.response.header().set("Content-Disposition", 'attachment; filename="knooppunt-mijn-gegevens.json"');
  e.response.header().set("Cache-Control", "no-store");
  return e.json(200, {
    format: "knooppunt-export/1",
    exported_at: new Date().toISOString(),
    profile,
    posts: mine("posts", "author", "created").map(plain),
    comments: mine("comments", "author", "created").map(plain),
    reactions: mine("reactions", "member", "created").map(plain),
    reports: mine("reports", "reporter", "created").map(plain),
    memberships: memberships.map((m) => Object.assign(plain(m), { theme_name: themeNames[m.getString("theme")] || "" })),
    rsvps: rsvps.map((r) => Object.assign(plain(r), { event_title: eventTitles[r.getString("event")] || "" })),
  });
}

/**
 * POST /api/knooppunt/account/delete {"posts": "keep" | "delete"} -> 204
 *
 * Deletes the logged-in member's account in one transaction: their reactions,
 * RSVPs and memberships; their posts and comments ("delete": removed, with what
 * cascades from them: comments and reactions on those posts, replies to those
 * comments; "keep": kept with the author cleared, shown as a former member);
 * then the member record (the avatar file goes with it). The counters are kept
 * by the triggers (1730000003). Only ever the requester's own account: the id
 * comes from the token, never from the body. Themes the member is the only
 * active owner of get a new owner first: the longest-standing active moderator,
 * else the longest-standing active member (themes.js, handOverOwnership); a
 * theme without other active members is left without owner.
 */
function deleteAccount(e) {
  const id = memberId(e);
  let body = {};
  try { body = e.requestInfo().body || {}; } catch (_) { body = {}; }
  const mode = body.posts;
  if (mode !== "keep" && mode !== "delete") {
    const msg = 'Say what happens to your posts and comments: {"posts": "keep"} or {"posts": "delete"}.';
    throw new BadRequestError(msg, { posts: new ValidationError("validation_invalid_value", msg) });
  }
  e.app.runInTransaction((tx) => {
    const each = (collection, field, fn) => {
      for (const r of tx.findRecordsByFilter(collection, `${field} = {:id}`, "", 0, 0, { id })) fn(r);
    };
    // a theme whose only owner leaves gets a new owner first (themes.js)
    require(`${__hooks}/themes.js`).handOverOwnership(tx, id);
    for (const collection of ["reactions", "rsvps", "memberships"]) {
      each(collection, "member", (r) => tx.delete(r));
    }
    if (mode === "delete") {
      each("posts", "author", (r) => tx.delete(r)); // cascades: their comments, reactions on them
      // comments on other posts; one may have gone already as a reply to another one
      for (const r of tx.findRecordsByFilter("comments", "author = {:id}", "created", 0, 0, { id })) {
        let still = true;
        try { tx.findRecordById("comments", r.id); } catch (_) { still = false; }
        if (still) tx.delete(r);
      }
    } else {
      tx.db().newQuery("UPDATE posts SET author = '' WHERE author = {:id}").bind({ id }).execute();
      tx.db().newQuery("UPDATE comments SET author = '' WHERE author = {:id}").bind({ id }).execute();
    }
    tx.delete(tx.findRecordById("members", id));
  });
  return e.noContent(204);
}

module.exports = { exportData, deleteAccount };
