// Knooppunt API rules (DESIGN.md §5). The backend enforces access; the UI
// hiding a button protects nothing. See backend/pocketbase/README.md for the
// rules in plain words.
//
// Conventions:
// - null rule  = superusers only (PocketBase answers 403 to everyone else).
// - createRule record fields (author, member, hidden, ...) are the values the
//   record would be stored with; updateRule record fields are the stored
//   values and @request.body.* the submitted ones.
// - Membership checks use the access cache on the logged-in member
//   (@request.auth.active_themes / moderated_themes, kept in sync from
//   memberships by SQLite triggers), so list rules need no join per row.

migrate((app) => {
  const ME = "@request.auth.id";
  const IS_MEMBER = '@request.auth.collectionName = "members"';

  // the logged-in member has an active membership of the theme at `path`
  // (members.active_themes / moderated_themes are kept in sync by triggers
  // on memberships; see the schema migration)
  const activeIn = (path) => `(${path} != "" && @request.auth.active_themes.id ?= ${path})`;
  // ... with role moderator or owner
  const modOf = (path) => `(${path} != "" && @request.auth.moderated_themes.id ?= ${path})`;
  // content attached to the theme at `path` (possibly none) may be read
  const readable = (path) => `(${path} = "" || ${path}.access = "open" || ${activeIn(path)})`;
  const unset = (...fields) => fields.map((f) => `@request.body.${f}:isset = false`).join(" && ");

  const set = (name, rules) => {
    const c = app.findCollectionByNameOrId(name);
    for (const k of Object.keys(rules)) c[k] = rules[k];
    app.save(c);
  };

  // organisations: public directory data, maintained by the host (superuser).
  set("organisations", { listRule: "", viewRule: "", createRule: null, updateRule: null, deleteRule: null });

  // members: the auth record itself is private to its owner. Other people see
  // profiles only through the public_profiles / member_profiles views.
  set("members", {
    listRule: `id = ${ME}`,
    viewRule: `id = ${ME}`,
    // self-registration; the access cache is never set by clients
    createRule: unset("active_themes", "moderated_themes"),
    updateRule: `id = ${ME} && ${unset("active_themes", "moderated_themes")}`,
    deleteRule: `id = ${ME}`,
    manageRule: null,
  });

  // themes: anyone reads the theme card (not its wall); moderators/owners edit
  // it (not its counter or slug); owners delete; the host creates themes.
  const themeMod = `@request.auth.moderated_themes.id ?= id`;
  set("themes", {
    listRule: "",
    viewRule: "",
    createRule: null,
    updateRule: `${themeMod} && ${unset("member_count", "slug")}`,
    deleteRule:
      `memberships_via_theme.member ?= ${ME} && memberships_via_theme.status ?= "active" && memberships_via_theme.role ?= "owner"`,
  });

  // memberships
  set("memberships", {
    listRule: `member = ${ME} || (status = "active" && ${activeIn("theme")}) || ${modOf("theme")}`,
    viewRule: `member = ${ME} || (status = "active" && ${activeIn("theme")}) || ${modOf("theme")}`,
    createRule:
      // a member joins by themselves: open -> active, on_request -> pending, invite_only -> never
      `(${IS_MEMBER} && member = ${ME} && role = "member" && ` +
      `((theme.access = "open" && status = "active") || (theme.access = "on_request" && status = "pending"))) || ` +
      // a moderator/owner adds someone else (any access), never as owner
      `(${modOf("theme")} && member != ${ME} && role != "owner")`,
    updateRule:
      // only moderators/owners approve or change roles, never their own
      // membership, never an owner's, never to owner
      `${modOf("theme")} && member != ${ME} && role != "owner" && ` +
      `${unset("member", "theme")} && @request.body.role != "owner"`,
    deleteRule: `member = ${ME} || (${modOf("theme")} && role != "owner")`,
  });

  // posts: public wall = not hidden and theme open or none; closed theme walls
  // only for active members. Authors (and the theme's moderators) still see a
  // hidden post.
  const postRead = `${readable("theme")} && (hidden = false || author = ${ME} || ${modOf("theme")})`;
  set("posts", {
    listRule: postRead,
    viewRule: postRead,
    createRule:
      `${IS_MEMBER} && author = ${ME} && hidden = false && pinned = false && comment_count = 0 && ` +
      `${unset("reactions")} && ${readable("theme")}`,
    updateRule:
      // the author edits the content, not the moderation flags or counters
      `(author = ${ME} && ${unset("author", "theme", "hidden", "pinned", "comment_count", "reactions")}) || ` +
      // a moderator/owner of the post's theme may only hide/unhide or pin
      `(${modOf("theme")} && ${unset("author", "theme", "kind", "title", "body", "tags", "comment_count", "reactions")})`,
    deleteRule: `author = ${ME}`,
  });

  // comments: readable when their post is readable
  const commentRead = `post.hidden = false && ${readable("post.theme")}`;
  set("comments", {
    listRule: commentRead,
    viewRule: commentRead,
    createRule:
      `${IS_MEMBER} && author = ${ME} && ${commentRead} && (parent = "" || parent.post = post)`,
    updateRule: `author = ${ME} && ${unset("author", "post", "parent")}`,
    deleteRule: `author = ${ME}`,
  });

  // reactions: a member sees and manages only their own (counts live on posts)
  set("reactions", {
    listRule: `member = ${ME}`,
    viewRule: `member = ${ME}`,
    createRule:
      `${IS_MEMBER} && member = ${ME} && (` +
      `(target_post != "" && target_comment = "" && target_post.hidden = false && ${readable("target_post.theme")}) || ` +
      `(target_comment != "" && target_post = "" && target_comment.post.hidden = false && ${readable("target_comment.post.theme")}))`,
    updateRule: `member = ${ME} && ${unset("member", "target_post", "target_comment")}`,
    deleteRule: `member = ${ME}`,
  });

  // events: readable like posts; created/edited by moderators/owners of the
  // theme; events without a theme are created by the host only.
  set("events", {
    listRule: readable("theme"),
    viewRule: readable("theme"),
    createRule: `${IS_MEMBER} && theme != "" && ${modOf("theme")} && going_count = 0`,
    updateRule: `${modOf("theme")} && ${unset("theme", "going_count")}`,
    deleteRule: modOf("theme"),
  });

  // rsvps: own only (plus the theme's moderators see who comes)
  set("rsvps", {
    listRule: `member = ${ME} || ${modOf("event.theme")}`,
    viewRule: `member = ${ME} || ${modOf("event.theme")}`,
    createRule: `${IS_MEMBER} && member = ${ME} && ${readable("event.theme")}`,
    updateRule: `member = ${ME} && ${unset("member", "event")}`,
    deleteRule: `member = ${ME}`,
  });
}, (app) => {
  for (const name of ["organisations", "members", "themes", "memberships", "posts", "comments", "reactions", "events", "rsvps"]) {
    const c = app.findCollectionByNameOrId(name);
    c.listRule = null; c.viewRule = null; c.createRule = null; c.updateRule = null; c.deleteRule = null;
    app.save(c);
  }
});
