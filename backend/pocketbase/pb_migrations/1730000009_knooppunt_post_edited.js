// posts.edited: when the author last changed what a post says (title, body, kind or
// tags), empty when never. The app shows "bewerkt" from it.
//
// `updated` cannot tell: a moderator hiding or pinning a post changes it too, and the
// counters (comment_count, reactions) are kept by triggers. SQLite triggers set
// `edited` after every insert and update, from the content columns alone, so a time
// sent by a client (or a superuser) never sticks and no write path can forget it
// (emptying it is let through: it only takes a "bewerkt" away).
// PocketBase writes every column on each save, so the WHEN clause compares values.

const CONTENT = ["title", "body", "kind", "tags"];
const NOW = "strftime('%Y-%m-%d %H:%M:%fZ', 'now')";
const changed = CONTENT.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(" OR ");

migrate((app) => {
  const posts = app.findCollectionByNameOrId("posts");
  posts.fields.add(new DateField({ name: "edited" }));
  app.save(posts);
  const db = app.db();
  db.newQuery(
    `CREATE TRIGGER trg_posts_edited_ai AFTER INSERT ON posts WHEN NEW.edited != '' ` +
    `BEGIN UPDATE posts SET edited = '' WHERE id = NEW.id; END`,
  ).execute();
  db.newQuery(
    `CREATE TRIGGER trg_posts_edited_au AFTER UPDATE ON posts ` +
    `WHEN (${changed}) OR NEW.edited IS NOT OLD.edited ` +
    // Emptying is let through: the insert trigger empties a value sent with a new post.
    `BEGIN UPDATE posts SET edited = CASE WHEN ${changed} THEN ${NOW} WHEN NEW.edited = '' THEN '' ` +
    `ELSE OLD.edited END WHERE id = NEW.id; END`,
  ).execute();
}, (app) => {
  const db = app.db();
  db.newQuery("DROP TRIGGER IF EXISTS trg_posts_edited_ai").execute();
  db.newQuery("DROP TRIGGER IF EXISTS trg_posts_edited_au").execute();
  const posts = app.findCollectionByNameOrId("posts");
  posts.fields.removeByName("edited");
  app.save(posts);
});
