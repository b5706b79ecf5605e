// Checks that the security tests catch a loosened rule: for each mutant, copy
// the migrations, loosen one rule, run tests/backend/rules.test.mjs (or the
// test file the mutant names) against it and expect at least one failure.
// Slow (one PocketBase run per mutant), so it is not part of
// `node --test tests/backend/`. Run: node tests/backend/mutants.mjs [filter]
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MIG = join(ROOT, "backend", "pocketbase", "pb_migrations");
const SCHEMA = "1730000000_knooppunt_schema.js";
const RULES = "1730000001_knooppunt_rules.js";
// the profile views' current queries (1730000002's are replaced there)
const VIEWS = "1730000006_knooppunt_directory_search.js";
const REPORTS = "1730000008_knooppunt_reports.js";
const REPORTS_TEST = "reports.test.mjs";
const THEMES = "1730000010_knooppunt_theme_groups.js";
const THEMES_TEST = "themes.test.mjs";
const SWITCHES = "1730000011_knooppunt_host_switches.js";
const SWITCHES_TEST = "host-switches.test.mjs";
const ANSWERS = "1730000013_knooppunt_answered_questions.js";
const ANSWERS_TEST = "answers.test.mjs";

// [name, file, from, to, test file (default rules.test.mjs)]
const MUTANTS = [
  ["post as someone else", RULES, "createRule:\n      `${IS_MEMBER} && author = ${ME} && hidden = false", "createRule:\n      `${IS_MEMBER} && hidden = false"],
  ["members listable by all", RULES, "listRule: `id = ${ME}`,\n    viewRule: `id = ${ME}`,", 'listRule: "",\n    viewRule: "",'],
  ["closed wall readable", RULES, "const postRead = `${readable(\"theme\")} && ", "const postRead = `"],
  ["approve own membership", RULES, "`${modOf(\"theme\")} && member != ${ME} && role != \"owner\" && ` +\n      `${unset", "`(member = ${ME} || ${modOf(\"theme\")}) && role != \"owner\" && ` +\n      `${unset"],
  ["on_request joins active", RULES, '(theme.access = "on_request" && status = "pending")', '(theme.access = "on_request")'],
  ["plain member moderates", RULES, "@request.auth.moderated_themes.id ?= ${path}", "@request.auth.active_themes.id ?= ${path}"],
  // the access cache triggers are re-created by 1730000010 (with owned_themes)
  ["pending member reads closed wall", THEMES, "WHERE member = ${who} AND status = 'active'${where})", "WHERE member = ${who}${where})"],
  ["client sets own access cache", RULES, 'createRule: unset("active_themes", "moderated_themes"),', 'createRule: "",'],
  ["author sets hidden", RULES, 'unset("author", "theme", "hidden", "pinned"', 'unset("author", "theme", "pinned"'],
  ["members fields public", VIEWS, 'const LEVELS = { pub: ["public"],', 'const LEVELS = { pub: ["public", "members"],'],
  ["hidden fields for members", VIEWS, 'mem: ["public", "members"] };', 'mem: ["public", "members", "hidden"] };'],
  ["two reactions per target", SCHEMA, "CREATE UNIQUE INDEX idx_reactions_member_target", "CREATE INDEX idx_reactions_member_target"],
  ["two rsvps per event", SCHEMA, "CREATE UNIQUE INDEX idx_rsvps_event_member", "CREATE INDEX idx_rsvps_event_member"],
  ["two memberships per theme", SCHEMA, "CREATE UNIQUE INDEX idx_memberships_theme_member", "CREATE INDEX idx_memberships_theme_member"],
  ["delete any comment", RULES, "updateRule: `author = ${ME} && ${unset(\"author\", \"post\", \"parent\")}`,\n    deleteRule: `author = ${ME}`", "updateRule: `author = ${ME} && ${unset(\"author\", \"post\", \"parent\")}`,\n    deleteRule: `@request.auth.id != \"\"`"],
  ["rsvp for someone else", RULES, "createRule: `${IS_MEMBER} && member = ${ME} && ${readable(\"event.theme\")}`", "createRule: `${IS_MEMBER} && ${readable(\"event.theme\")}`"],
  ["reaction for someone else", RULES, "`${IS_MEMBER} && member = ${ME} && (` +", "`${IS_MEMBER} && (` +"],
  ["anyone edits themes", RULES, "updateRule: `${themeMod} && ${unset(\"member_count\", \"slug\")}`", "updateRule: `@request.auth.id != \"\"`"],
  ["anyone creates events", RULES, 'createRule: `${IS_MEMBER} && theme != "" && ${modOf("theme")} && going_count = 0`', "createRule: `${IS_MEMBER}`"],
  ["closed comments readable", RULES, "const commentRead = `post.hidden = false && ${readable(\"post.theme\")}`", "const commentRead = `post.hidden = false`"],
  ["closed events readable", RULES, 'listRule: readable("theme"),\n    viewRule: readable("theme"),', 'listRule: "",\n    viewRule: "",'],
  ["anyone updates any profile", RULES, "updateRule: `id = ${ME} && ${unset(\"active_themes\", \"moderated_themes\")}`,", 'updateRule: "",'],
  ["moderator edits content", RULES, 'unset("author", "theme", "kind", "title", "body",', 'unset("author", "theme", "kind",'],
  ["hide in any theme", RULES, "(${modOf(\"theme\")} && ${unset(\"author\", \"theme\", \"kind\"", "(@request.auth.id != \"\" && ${unset(\"author\", \"theme\", \"kind\""],
  ["moderator loses hidden posts", RULES, "author = ${ME} || ${modOf(\"theme\")})`;", "author = ${ME})`;"],
  ["report as someone else", REPORTS, "`${IS_MEMBER} && ${MINE} && (` +", "`${IS_MEMBER} && (` +", REPORTS_TEST],
  ["report an unreadable post", REPORTS, "(${onePost} && ${postReadable})", "(${onePost})", REPORTS_TEST],
  ["report an unreadable comment", REPORTS, "(${oneComment} && ${commentReadable})", "(${oneComment})", REPORTS_TEST],
  ["report two targets", REPORTS, 'const onePost = `(target_post != "" && target_comment = "")`;', 'const onePost = `(target_post != "")`;', REPORTS_TEST],
  ["two reports per target", REPORTS, "CREATE UNIQUE INDEX idx_reports_reporter_target", "CREATE INDEX idx_reports_reporter_target", REPORTS_TEST],
  ["reports readable by members", REPORTS, "const mineOrModerated = `${MINE} || ${moderates}`;", "const mineOrModerated = `@request.auth.id != \"\"`;", REPORTS_TEST],
  ["plain member reads reports", REPORTS, "@request.auth.moderated_themes.id ?= ${path}", "@request.auth.active_themes.id ?= ${path}", REPORTS_TEST],
  ["reports without theme for moderators", REPORTS, '`(${path} != "" && @request.auth.moderated_themes.id', '`(${path} = "" || @request.auth.moderated_themes.id', REPORTS_TEST],
  ["reports updatable", REPORTS, "updateRule: null,", "updateRule: mineOrModerated,", REPORTS_TEST],
  ["report outlives its post", REPORTS, 'collectionId: posts.id, maxSelect: 1, required: false, cascadeDelete: true', 'collectionId: posts.id, maxSelect: 1, required: false, cascadeDelete: false', REPORTS_TEST],
  ["report outlives its reporter", REPORTS, 'collectionId: members.id, maxSelect: 1, required: true, cascadeDelete: true', 'collectionId: members.id, maxSelect: 1, required: true, cascadeDelete: false', REPORTS_TEST],
  ["every member creates themes", THEMES, '(@request.auth.is_admin = true || @collection.settings.theme_creation ?= "members") && ', "", THEMES_TEST],
  ["client sets is_admin", THEMES, 'const MEMBERS_UNSET = unset("owned_themes", "is_admin");', 'const MEMBERS_UNSET = unset("owned_themes");', THEMES_TEST],
  ["client sets owned_themes", THEMES, 'const MEMBERS_UNSET = unset("owned_themes", "is_admin");', 'const MEMBERS_UNSET = unset("is_admin");', THEMES_TEST],
  ["moderator makes owner", THEMES, "`${ownerOf(\"theme\")} && member != ${ME}", "`(theme != \"\" && @request.auth.moderated_themes.id ?= theme) && member != ${ME}", THEMES_TEST],
  ["owner makes pending request owner", THEMES, 'role != "owner" && status = "active" && ` +', 'role != "owner" && ` +', THEMES_TEST],
  ["post links an event of another theme", THEMES, '(${readable("event.theme")} && event.theme = theme)', '(${readable("event.theme")})', THEMES_TEST],
  // (not mutated: `member != ME` in the owners' branch and readable() in the create
  // rule's event check are implied by `role != "owner"` and by the post's own
  // readable(theme) with event.theme = theme; removing them changes nothing)
  ["author links an event they may no longer read", THEMES, '(${readable("@request.body.event.theme")} && @request.body.event.theme = theme)', "(@request.body.event.theme = theme)", THEMES_TEST],
  ["author relinks to any event", THEMES, '(${readable("@request.body.event.theme")} && @request.body.event.theme = theme)', '(@request.body.event != "")', THEMES_TEST],
  ["moderator relinks", THEMES, 'const EVENT_UNSET = unset("event");', 'const EVENT_UNSET = `@request.auth.id != ""`;', THEMES_TEST],
  ["report cascades with its event", THEMES, "maxSelect: 1, cascadeDelete: false, required: false }));", "maxSelect: 1, cascadeDelete: true, required: false }));", THEMES_TEST],
  ["switch: registration by invitation ignored", SWITCHES, 'rules(app, "members", ["createRule"], (r) => and(r, REGISTRATION_OPEN));', "", SWITCHES_TEST],
  ["switch: closed wall posts readable", SWITCHES, 'rules(app, "posts", READ, (r) => and(r, WALL));', "", SWITCHES_TEST],
  ["switch: closed wall comments readable", SWITCHES, 'rules(app, "comments", READ, (r) => and(r, WALL));', "", SWITCHES_TEST],
  ["switch: closed directory profiles readable", SWITCHES, 'rules(app, "public_profiles", READ, (r) => and(r, DIRECTORY));', "", SWITCHES_TEST],
  ["answer: a new post arrives answered", ANSWERS, "posts.createRule = `(${posts.createRule}) && ${NO_ANSWER_YET}`;", "", ANSWERS_TEST],
  ["answer: a comment on another post", ANSWERS, "AND c.post = NEW.id ", "", ANSWERS_TEST],
  ["answer: a reply", ANSWERS, "AND COALESCE(c.parent, '') = ''", "", ANSWERS_TEST],
  ["answer: on a post that is no question", ANSWERS, "`NEW.kind != 'question' OR NOT EXISTS", "`NOT EXISTS", ANSWERS_TEST],
];

const only = process.argv[2];
let survived = 0;
for (const [name, file, from, to, testFile = "rules.test.mjs"] of MUTANTS) {
  if (only && !name.includes(only)) continue;
  const dir = mkdtempSync(join(tmpdir(), "knooppunt-mutant-"));
  cpSync(MIG, dir, { recursive: true });
  const path = join(dir, file);
  const src = readFileSync(path, "utf8");
  if (!src.includes(from)) {
    console.log(`?? ${name}: pattern not found (update mutants.mjs)`);
    survived++;
    rmSync(dir, { recursive: true, force: true });
    continue;
  }
  writeFileSync(path, src.replace(from, to));
  const r = spawnSync(process.execPath, ["--test", "--test-reporter=tap", join(ROOT, "tests", "backend", testFile)], {
    env: { ...process.env, KNOOPPUNT_PB_MIGRATIONS: dir },
    encoding: "utf8",
  });
  const failed = (r.stdout.match(/^not ok \d+ - .*$/gm) || []).map((l) => l.replace(/^not ok \d+ - /, ""));
  if (r.status === 0) {
    survived++;
    console.log(`SURVIVED ${name}`);
  } else {
    console.log(`killed   ${name} (${failed.length} failing: ${failed.slice(0, 3).join(" | ")})`);
  }
  rmSync(dir, { recursive: true, force: true });
}
console.log(survived ? `${survived} mutant(s) survived` : "all mutants killed");
process.exit(survived ? 1 : 0);
