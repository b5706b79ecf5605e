// Shared by the handlers in input.pb.js (handlers run in isolated contexts,
// so they load this module with require instead of sharing a function).

const MISSING = "Failed to find all relation records with the provided ids.";

// Relations a client sets when creating a record, and the collection they
// point to. Relations to members (author, member) are not here: the rules
// require them to be the requester, and a member record is readable by its
// owner only, so "can you read it" would be the wrong question.
const RELATIONS = {
  posts: { theme: "themes", event: "events" },
  comments: { post: "posts", parent: "comments" },
  reactions: { target_post: "posts", target_comment: "comments" },
  reports: { target_post: "posts", target_comment: "comments" },
  memberships: { theme: "themes" },
  rsvps: { event: "events" },
  events: { theme: "themes" },
};

// Fields that are not `required` in the schema but that the create rule demands:
// the author of posts and comments may be cleared when an account is deleted
// with its posts kept (1730000006), yet nobody creates a post without one.
const REQUIRED_ON_CREATE = {
  posts: ["author"],
  comments: ["author"],
};

// Pairs of relations of which a record needs exactly one (the create rule
// demands it). A report names a post or a comment: neither gets
// validation_required on both fields, both get validation_one_target on both.
const ONE_OF = {
  reports: ["target_post", "target_comment"],
};

/**
 * Record create/update request hook. Refuses, with a field error:
 * - a required text field that is only whitespace ("   " passes PocketBase's
 *   own `required` check) -> validation_required, as for an empty field;
 * - members.links that is not an object of http(s) URLs -> validation_invalid_url
 *   (validation_invalid_value when it is not an object). `links` is a JSON
 *   field, so PocketBase checks nothing in it, and the app puts each link in
 *   an href: "javascript:..." there would run script for whoever clicks it.
 *   PocketBase's url fields (events.online_url, organisations.website) refuse
 *   such schemes themselves with the same code.
 * Then runs the rest of the request (validation, the write).
 */
function checkInput(e, creating) {
  const errors = {};
  const record = e.record;
  for (const field of e.collection.fields) {
    const name = field.getName();
    if (field.type() === "text" && field.required) {
      const value = record.getString(name);
      if (value !== "" && value.trim() === "") {
        errors[name] = new ValidationError("validation_required", "Cannot be blank.");
      }
    }
  }
  if (e.collection.name === "members") {
    const problem = linksProblem(record.getString("links"));
    if (problem) errors.links = problem;
  }
  if (Object.keys(errors).length > 0) {
    throw new BadRequestError(creating ? "Failed to create record." : "Failed to update record.", errors);
  }
  e.next();
}

const WEB_URL = /^https?:\/\/[^\s\/?#\\\u0000-\u001f\u007f]+[^\s\u0000-\u001f\u007f]*$/i;

/** Why a members.links JSON value is refused, or null when it is fine. */
function linksProblem(raw) {
  if (raw === "" || raw === "null") return null;
  let links;
  try { links = JSON.parse(raw); } catch (_) { return null; } // PocketBase refuses invalid JSON itself
  if (links === null) return null;
  if (typeof links !== "object" || Array.isArray(links)) {
    return new ValidationError("validation_invalid_value", "Links must be an object of URLs.");
  }
  for (const key of Object.keys(links)) {
    const url = links[key];
    if (url === null || url === "") continue;
    if (typeof url !== "string" || url.length > 2000 || !WEB_URL.test(url)) {
      return new ValidationError("validation_invalid_url", "Each link must be an http(s) URL.");
    }
  }
  return null;
}

/** The ids in a submitted relation value ("id", ["id", ...] or anything else). */
function idsOf(value) {
  if (typeof value === "string") return value === "" ? [] : [value];
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string" && v !== "");
  return [];
}

/**
 * Global request middleware.
 *
 * 1. A POST/PATCH/PUT with a JSON body that does not parse gets "The request
 *    body is not valid JSON" instead of PocketBase's "Something went wrong
 *    while processing your request." (still 400, nothing stored).
 * 2. A password longer than 71 bytes (create or update of an auth record) gets
 *    validation_max_text_constraint on `password`. bcrypt reads at most 72
 *    bytes and PocketBase's `max` counts characters; a password over 72 bytes
 *    fails while the body is loaded, before any hook, as a bare "Failed to
 *    create record.", so this check runs before the handler.
 * 3. A record create that PocketBase refused with a bare 400 ("Failed to
 *    create record." without field errors: the API rule failed, and PocketBase
 *    checks the rule before it validates the fields) is explained, when it
 *    can be, by field errors found in the submitted body alone (explainCreate).
 *    This runs only after PocketBase refused the request, so it never refuses
 *    anything PocketBase would accept.
 */
function middleware(e) {
  const method = e.request.method;
  const type = (e.request.header.get("Content-Type") || "").toLowerCase();
  if ((method === "POST" || method === "PATCH" || method === "PUT") && type.indexOf("application/json") === 0) {
    try {
      e.requestInfo(); // parses (and caches) the body
    } catch (_) {
      throw new BadRequestError("The request body is not valid JSON (a JSON object is expected).", {});
    }
  }
  const isRecords = /^\/api\/collections\/[^/]+\/records(\/[^/]+)?\/?$/.test(e.request.url.path);
  if (isRecords && (method === "POST" || method === "PATCH")) {
    let pass = null;
    try {
      const collection = e.app.findCachedCollectionByNameOrId(e.request.pathValue("collection"));
      if (collection.isAuth()) pass = e.requestInfo().body.password;
    } catch (_) { pass = null; }
    // UTF-8 length: encodeURIComponent writes each byte as one %XX
    if (typeof pass === "string" && unescape(encodeURIComponent(pass)).length > 71) {
      throw new BadRequestError(method === "POST" ? "Failed to create record." : "Failed to update record.", {
        password: new ValidationError("validation_max_text_constraint", "Must be no more than 71 bytes."),
      });
    }
  }
  if (!(isRecords && method === "POST" && !e.request.pathValue("id"))) {
    e.next();
    return;
  }
  try {
    e.next();
  } catch (err) {
    const apiErr = err && err.value;
    const bare = apiErr && apiErr.status === 400 && apiErr.data && Object.keys(apiErr.data).length === 0;
    if (bare && !e.hasSuperuserAuth()) {
      let errors = {};
      try { errors = explainCreate(e); } catch (_) { errors = {}; }
      if (Object.keys(errors).length > 0) throw new BadRequestError("Failed to create record.", errors);
    }
    throw err;
  }
}

/** True for a value that counts as not given: nothing, "", whitespace, []. */
function blank(value) {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Field errors in a create request's body, for the content collections
 * (RELATIONS): a required field that is blank (validation_required), a select
 * value that is not one of its options (validation_invalid_value), a relation
 * id that does not exist or that the requester cannot read
 * (validation_missing_rel_records), a post's event of another theme than the
 * post (validation_event_theme). Only the body and the readability of the
 * referenced records are looked at, never uniqueness or other rows: a record
 * the requester may not read is reported exactly like a missing one, so the
 * answer reveals nothing about hidden records.
 */
function explainCreate(e) {
  const errors = {};
  const collection = e.app.findCachedCollectionByNameOrId(e.request.pathValue("collection"));
  const relations = RELATIONS[collection.name];
  if (!relations) return errors;
  const info = e.requestInfo();
  const body = info.body || {};
  for (const field of collection.fields) {
    const name = field.getName();
    const kind = field.type();
    if (field.system || kind === "autodate") continue;
    const value = body[name];
    const required = field.required || (REQUIRED_ON_CREATE[collection.name] || []).indexOf(name) >= 0;
    if (required && blank(value)) {
      errors[name] = new ValidationError("validation_required", "Cannot be blank.");
    } else if (kind === "select" && typeof value === "string" && value !== "") {
      let known = false;
      for (let i = 0; i < field.values.length; i++) if (field.values[i] === value) known = true;
      if (!known) errors[name] = new ValidationError("validation_invalid_value", `Invalid value ${value}.`);
    } else if (relations[name]) {
      for (const id of idsOf(value)) {
        let readable = false;
        try {
          const target = e.app.findRecordById(relations[name], id);
          const rule = target.collection().viewRule;
          readable = rule !== null && e.app.canAccessRecord(target, info, rule);
        } catch (_) { readable = false; }
        if (!readable) {
          errors[name] = new ValidationError("validation_missing_rel_records", MISSING);
          break;
        }
      }
    }
  }
  // a meeting report (1730000010): the event must be of the post's own theme
  if (collection.name === "posts" && !errors.event && !errors.theme) {
    const event = idsOf(body.event)[0];
    const theme = typeof body.theme === "string" ? body.theme : "";
    if (event && e.app.findRecordById("events", event).getString("theme") !== theme) {
      errors.event = new ValidationError("validation_event_theme", "The event belongs to another theme than the post.");
    }
  }
  const pair = ONE_OF[collection.name];
  if (pair) {
    const given = pair.filter((name) => idsOf(body[name]).length > 0);
    const problem = given.length === 0
      ? new ValidationError("validation_required", `Set one of ${pair.join(", ")}.`)
      : given.length > 1 ? new ValidationError("validation_one_target", `Set only one of ${pair.join(", ")}.`) : null;
    if (problem) for (const name of pair) if (!errors[name]) errors[name] = problem;
  }
  return errors;
}

module.exports = { checkInput, middleware };
