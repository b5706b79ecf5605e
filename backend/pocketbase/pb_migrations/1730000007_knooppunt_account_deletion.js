// Deleting an account while keeping one's posts (POST /api/knooppunt/account/delete
// with {"posts": "keep"}, pb_hooks/account.js) clears the author of those posts
// and comments; the app shows them as written by a former member.
//
// - posts.author and comments.author are no longer `required`, so an
//   author-less post can still be saved (a moderator hiding it). The create
//   rules still demand `author = @request.auth.id`, so nobody creates an
//   author-less post or comment through the API (only the host can).
// - cascadeDelete stays on: deleting a member record directly
//   (DELETE /api/collections/members/records/:id, the owner may) still removes
//   their posts and comments with it, like {"posts": "delete"}.
// - An empty author must never equal a visitor's empty @request.auth.id: every
//   `author = @request.auth.id` in the posts and comments rules becomes
//   `(author != "" && author = @request.auth.id)`. Without it a visitor could
//   edit or delete a former member's posts and read their hidden ones.

const ME = "@request.auth.id";
const OWN = `author = ${ME}`;
const OWN_SAFE = `(author != "" && author = ${ME})`;
const RULES = ["listRule", "viewRule", "createRule", "updateRule", "deleteRule"];

function setAuthor(app, from, to) {
  for (const name of ["posts", "comments"]) {
    const c = app.findCollectionByNameOrId(name);
    c.fields.getByName("author").required = to === OWN; // up: not required; down: required again
    let changed = 0;
    for (const rule of RULES) {
      const value = c[rule]; // a *string in goja: typeof "object", null when unset
      if (value === null || value === undefined) continue;
      const parts = String(value).split(from);
      changed += parts.length - 1;
      c[rule] = parts.join(to);
    }
    if (changed === 0) throw new Error(`${name}: no rule has ${from}`);
    app.save(c);
  }
}

migrate((app) => {
  setAuthor(app, OWN, OWN_SAFE);
}, (app) => {
  setAuthor(app, OWN_SAFE, OWN);
});
