// Host feature switches (issue 7): three fields on the one `settings` record
// (1730000010), set by the host (superuser, dashboard `/_/`) and enforced here
// by the API rules; the app's config.json `features` only hides what these
// refuse, and must say the same.
//
// - `registration`: "open" (default) | "invitation". With "invitation" nobody
//   registers themselves: the members createRule also demands
//   `@collection.settings.registration ?= "open"`. Superusers bypass rules, so
//   the host still creates accounts (that is the invitation).
// - `public_wall` (default true). false: visitors (not logged in) read no posts
//   and no comments (the list/view rules of both, so also the realtime events,
//   which follow the view rule, and every filter or expand through a relation
//   to them). Reaction totals live on the post (`posts.reactions`) and go with
//   it; reactions themselves are never readable by visitors. The create rules
//   of comments, reactions and reports (which copies the posts/comments read
//   rules, 1730000008) already demand a logged-in member, for whom the switch
//   is always true: they are left alone.
// - `public_directory` (default true). false: visitors read no profiles: the
//   `public_profiles` view's list/view rules (a list is empty, a view 404), and
//   GET /api/knooppunt/members answers 401 (pb_hooks/directory.js).
//   Themes, events and organisations stay public.
//
// Each switch is `?=` over the settings collection: without a settings record
// it is false (registration closed, wall and directory not public). So that
// this migration changes nothing for a host who had deleted the record, it
// creates the record again when it is missing, with theme_creation "admins"
// (what a missing record meant) and the defaults below (what the network did).
//
// The rules are extended as they are stored when this migration runs, not
// restated (as in 1730000010); the down migration removes exactly what was added.

const SETTINGS_ID = "knooppuntconfig";
const VISITOR_OR = (field) => `(@request.auth.id != "" || @collection.settings.${field} ?= true)`;
const REGISTRATION_OPEN = '@collection.settings.registration ?= "open"';
const WALL = VISITOR_OR("public_wall");
const DIRECTORY = VISITOR_OR("public_directory");
const DEFAULTS = { registration: "open", public_wall: true, public_directory: true };

// --- rule string helpers (as in 1730000010) --------------------------------------
const str = (rule) => (rule === null || rule === undefined ? null : String(rule)); // a *string in goja

/** The top-level `||` branches of a rule (parentheses and string literals respected). */
function branches(rule) {
  const out = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < rule.length; i++) {
    const c = rule[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && rule.startsWith("||", i)) {
      out.push(rule.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  out.push(rule.slice(start).trim());
  return out;
}

/** `rule && extra`, keeping `rule`'s meaning (wrapped when it has a top-level ||; "" = no condition). */
function and(rule, extra) {
  if (rule === null) return null; // superusers only stays superusers only
  if (rule.trim() === "") return extra;
  return `${branches(rule).length > 1 ? `(${rule})` : rule} && ${extra}`;
}

/** Undoes and(): removes the trailing ` && extra` (or the whole rule when it was only `extra`). */
function unand(rule, extra) {
  if (rule === null) return null;
  if (rule === extra) return "";
  const parts = rule.split(` && ${extra}`);
  if (parts.length !== 2 || parts[1] !== "") throw new Error(`cannot find the added condition ${extra} at the end of ${rule}`);
  return parts[0]; // a rule and() wrapped in parentheses stays wrapped: the same meaning
}

/** Applies `fn(rule)` to the named rules of a collection and saves it. */
function rules(app, name, keys, fn) {
  const c = app.findCollectionByNameOrId(name);
  for (const k of keys) c[k] = fn(str(c[k]));
  app.save(c);
}

const READ = ["listRule", "viewRule"];

migrate((app) => {
  // 1. the settings fields, with their defaults on the record -------------------
  const settings = app.findCollectionByNameOrId("settings");
  settings.fields.add(new SelectField({ name: "registration", values: ["open", "invitation"], maxSelect: 1, required: true }));
  settings.fields.add(new BoolField({ name: "public_wall" }));
  settings.fields.add(new BoolField({ name: "public_directory" }));
  app.save(settings);
  let record;
  try {
    record = app.findRecordById("settings", SETTINGS_ID);
  } catch (_) {
    record = new Record(settings);
    record.set("id", SETTINGS_ID);
    record.set("theme_creation", "admins"); // a missing record meant: only admins create themes
  }
  for (const k of Object.keys(DEFAULTS)) record.set(k, DEFAULTS[k]);
  app.save(record);

  // 2. the rules ------------------------------------------------------------------
  rules(app, "members", ["createRule"], (r) => and(r, REGISTRATION_OPEN));
  rules(app, "posts", READ, (r) => and(r, WALL));
  rules(app, "comments", READ, (r) => and(r, WALL));
  rules(app, "public_profiles", READ, (r) => and(r, DIRECTORY));
}, (app) => {
  rules(app, "public_profiles", READ, (r) => unand(r, DIRECTORY));
  rules(app, "comments", READ, (r) => unand(r, WALL));
  rules(app, "posts", READ, (r) => unand(r, WALL));
  rules(app, "members", ["createRule"], (r) => unand(r, REGISTRATION_OPEN));

  const settings = app.findCollectionByNameOrId("settings");
  for (const name of ["public_directory", "public_wall", "registration"]) settings.fields.removeByName(name);
  app.save(settings);
});
