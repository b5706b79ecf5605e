// The directory's word index (issue 16): which member has a visible word starting with w,
// without reading every profile.
//
// `search LIKE '% w%'` (pb_hooks/directory.js) reads the search column of all 10 000
// members for every search: ~10 ms of the route's 14 ms on the large network, even when
// nothing matches. member_words holds each distinct word of members.pub_search and
// mem_search (1730000006), per kind of viewer, sorted: a word's prefix is one range of
// the primary key. The route uses it for a word that names fewer than a third of the
// members and LIKE for a broader one (a one-letter word): the index costs per match, the
// scan per member.
//
// Kept by SQLite triggers on the search columns themselves, so whatever recomputes them
// (a profile save, an organisation renamed, the backfill, plain SQL) keeps it right. The
// table is not a collection: the API has no way to it.
//
// A search column is ' ' + folded words, one space apart; a word is a run of letters and
// digits (pb_hooks/fold.js), so it holds no '"' or '\' and `'["' || replace(s, ' ', '","')
// || '"]'` is the JSON list of its words. Anything else (a column set by hand) gives no
// words rather than a failed write.

const LEVELS = ["pub", "mem"];
const TRIGGERS = ["trg_member_words_ai", "trg_member_words_au", "trg_member_words_ad"];

/** The JSON list of the words of the search column `column` (NEW.pub_search, ...). */
function wordList(column) {
  const list = `'["' || replace(trim(COALESCE(${column}, '')), ' ', '","') || '"]'`;
  return `iif(json_valid(${list}), ${list}, '[]')`;
}

/** Statements adding the words of the row `row` (NEW / a members alias). */
function insertWords(row, id) {
  return LEVELS.map((level) =>
    `INSERT OR IGNORE INTO member_words (level, word, member)` +
    ` SELECT '${level}', w.value, ${id} FROM json_each(${wordList(`${row}.${level}_search`)}) w WHERE w.value != '';`,
  ).join(" ");
}

/** Statements removing the words the row `OLD` had (by the primary key, word by word). */
function deleteWords() {
  return LEVELS.map((level) =>
    `DELETE FROM member_words WHERE level = '${level}' AND member = OLD.id` +
    ` AND word IN (SELECT w.value FROM json_each(${wordList(`OLD.${level}_search`)}) w);`,
  ).join(" ");
}

migrate((app) => {
  const sql = (s) => app.db().newQuery(s).execute();
  sql(
    "CREATE TABLE member_words (level TEXT NOT NULL, word TEXT NOT NULL, member TEXT NOT NULL," +
    " PRIMARY KEY (level, word, member)) WITHOUT ROWID",
  );
  sql(`CREATE TRIGGER trg_member_words_ai AFTER INSERT ON members BEGIN ${insertWords("NEW", "NEW.id")} END`);
  sql(
    "CREATE TRIGGER trg_member_words_au AFTER UPDATE OF id, pub_search, mem_search ON members BEGIN " +
    `${deleteWords()} ${insertWords("NEW", "NEW.id")} END`,
  );
  sql(`CREATE TRIGGER trg_member_words_ad AFTER DELETE ON members BEGIN ${deleteWords()} END`);
  // the members there are
  for (const level of LEVELS) {
    sql(
      `INSERT OR IGNORE INTO member_words (level, word, member) SELECT '${level}', w.value, m.id` +
      ` FROM members m, json_each(${wordList(`m.${level}_search`)}) w WHERE w.value != ''`,
    );
  }
}, (app) => {
  for (const name of TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${name}`).execute();
  app.db().newQuery("DROP TABLE IF EXISTS member_words").execute();
});
