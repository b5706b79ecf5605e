// Answered questions (issue 19): `posts.accepted_answer`, the comment that answers a
// question, chosen by the asker or a moderator of the question's theme.
//
// Who may choose is the posts update rule as it is: its author branch lets the author
// change anything but the moderation flags and counters, its moderator branch anything
// but the content. A new post has no answer yet (the create rule). What may be chosen
// is kept by SQLite triggers, whatever the write path (the API, the dashboard): a
// top-level comment on this very post, and only on a question. PocketBase answers a
// refusal with a 400 ("Failed to update record."). A post that stops being a question
// loses its answer; when the answer is deleted, PocketBase empties the relation. Either
// way the question is open again. PocketBase writes every column on each save, so the
// checks compare values.
//
// The wall's "Open vragen" (questions without an answer, oldest first) reads the index
// on (kind, accepted_answer, created).

const NO_ANSWER_YET = 'accepted_answer = ""';
const INDEX = "CREATE INDEX idx_posts_open_questions ON posts (kind, accepted_answer, created)";
const TRIGGERS = ["trg_posts_accepted_answer_bu", "trg_posts_accepted_answer_au"];
const REFUSAL = "accepted_answer: the answer to a question is a top-level comment on it";

migrate((app) => {
  const posts = app.findCollectionByNameOrId("posts");
  const comments = app.findCollectionByNameOrId("comments");
  posts.fields.add(new RelationField({ name: "accepted_answer", collectionId: comments.id, maxSelect: 1, cascadeDelete: false }));
  posts.indexes.push(INDEX);
  posts.createRule = `(${posts.createRule}) && ${NO_ANSWER_YET}`;
  app.save(posts);
  const sql = (q) => app.db().newQuery(q).execute();
  sql(
    `CREATE TRIGGER ${TRIGGERS[0]} BEFORE UPDATE ON posts ` +
    `WHEN COALESCE(NEW.accepted_answer, '') != '' AND NEW.accepted_answer IS NOT OLD.accepted_answer AND (` +
    `NEW.kind != 'question' OR NOT EXISTS (SELECT 1 FROM comments c ` +
    `WHERE c.id = NEW.accepted_answer AND c.post = NEW.id AND COALESCE(c.parent, '') = '')) ` +
    `BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`,
  );
  sql(
    `CREATE TRIGGER ${TRIGGERS[1]} AFTER UPDATE OF kind ON posts ` +
    `WHEN NEW.kind != 'question' AND COALESCE(NEW.accepted_answer, '') != '' ` +
    `BEGIN UPDATE posts SET accepted_answer = '' WHERE id = NEW.id; END`,
  );
}, (app) => {
  for (const name of TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${name}`).execute();
  const posts = app.findCollectionByNameOrId("posts");
  const suffix = ` && ${NO_ANSWER_YET}`;
  if (posts.createRule.endsWith(suffix)) posts.createRule = posts.createRule.slice(1, -suffix.length - 1);
  posts.indexes = posts.indexes.filter((sql) => !sql.includes("idx_posts_open_questions"));
  posts.fields.removeByName("accepted_answer");
  app.save(posts);
});
