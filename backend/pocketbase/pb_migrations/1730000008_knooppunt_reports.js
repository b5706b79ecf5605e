// Reports ("Melden", issue 5): a logged-in member reports a post or a comment
// to the moderators of its theme, with a reason and an optional note.
//
// - One report per member and target: unset relations are stored as '' (not
//   NULL), so the UNIQUE index over (reporter, target_post, target_comment)
//   holds for posts and comments alike (as for reactions).
// - cascadeDelete on all three relations: a report goes with its reporter
//   (account deletion), with the reported post or comment, and with the
//   comments and posts that cascade from those.
// - Create: as oneself, exactly one target, and only a target the reporter
//   may read. "May read" is the posts / comments listRule as stored when this
//   migration runs, with its fields moved to the target (`theme` becomes
//   `target_post.theme`, `post.hidden` becomes `target_comment.post.hidden`),
//   so it is the very same condition, including the empty-author guard of
//   1730000007.
// - Read and delete: the reporter, or a moderator/owner of the theme of the
//   reported post (for a comment: of its post). A report on a post without a
//   theme is read only by its reporter and the host (superuser, dashboard).
//   Nobody updates a report.
// - Every "is it mine" check is `(reporter != "" && reporter = @request.auth.id)`:
//   a visitor's @request.auth.id is "" too (see 1730000007).

const ME = "@request.auth.id";
const IS_MEMBER = '@request.auth.collectionName = "members"';
const MINE = `(reporter != "" && reporter = ${ME})`;
const modOf = (path) => `(${path} != "" && @request.auth.moderated_themes.id ?= ${path})`;

/**
 * `rule` (a rule of `collection`) with every field of that collection read
 * through the relation `path`: `hidden = false && theme.access = "open"` at
 * "target_post" is `target_post.hidden = false && target_post.theme.access = "open"`.
 * String literals, `@request...` / `@collection...` and the parts after a dot
 * or a `:` modifier are left alone.
 */
function at(collection, path) {
  const value = collection.listRule; // a *string in goja, null when unset
  if (value === null || value === undefined || String(value) === "") {
    throw new Error(`${collection.name}: the listRule must be set to derive who may report`);
  }
  const names = [];
  for (const field of collection.fields) names.push(field.getName());
  return String(value)
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(
      /(^|[^\w.@:])([A-Za-z_]\w*)/g,
      (whole, before, name) => (names.indexOf(name) >= 0 ? `${before}${path}.${name}` : whole),
    )))
    .join("");
}

migrate((app) => {
  const members = app.findCollectionByNameOrId("members");
  const posts = app.findCollectionByNameOrId("posts");
  const comments = app.findCollectionByNameOrId("comments");

  const postReadable = at(posts, "target_post");
  const commentReadable = at(comments, "target_comment");
  const onePost = `(target_post != "" && target_comment = "")`;
  const oneComment = `(target_comment != "" && target_post = "")`;
  const moderates =
    `((target_post != "" && ${modOf("target_post.theme")}) || ` +
    `(target_comment != "" && ${modOf("target_comment.post.theme")}))`;
  const mineOrModerated = `${MINE} || ${moderates}`;

  const reports = new Collection({
    type: "base",
    name: "reports",
    fields: [
      { name: "reporter", type: "relation", collectionId: members.id, maxSelect: 1, required: true, cascadeDelete: true },
      { name: "target_post", type: "relation", collectionId: posts.id, maxSelect: 1, required: false, cascadeDelete: true },
      { name: "target_comment", type: "relation", collectionId: comments.id, maxSelect: 1, required: false, cascadeDelete: true },
      { name: "reason", type: "select", values: ["spam", "ongepast", "onjuist", "privacy", "anders"], maxSelect: 1, required: true },
      { name: "note", type: "text", max: 1000, required: false },
      { name: "created", type: "autodate", onCreate: true, onUpdate: false },
    ],
    indexes: [
      // unset relations are '' (not NULL): one report per member and target
      "CREATE UNIQUE INDEX idx_reports_reporter_target ON reports (reporter, target_post, target_comment)",
      "CREATE INDEX idx_reports_post ON reports (target_post)",
      "CREATE INDEX idx_reports_comment ON reports (target_comment)",
    ],
    listRule: mineOrModerated,
    viewRule: mineOrModerated,
    createRule:
      `${IS_MEMBER} && ${MINE} && (` +
      `(${onePost} && ${postReadable}) || ` +
      `(${oneComment} && ${commentReadable}))`,
    updateRule: null,
    deleteRule: mineOrModerated,
  });
  app.save(reports);
}, (app) => {
  try {
    app.delete(app.findCollectionByNameOrId("reports"));
  } catch (_) { /* already gone */ }
});
