/// <reference path="../pb_data/types.d.ts" />
// A member's own data: GET /api/knooppunt/export (everything stored about me, as
// a JSON file) and POST /api/knooppunt/account/delete {"posts": "keep"|"delete"}.
// Logged-in members only (401 otherwise); always the requester's own account.
// See account.js and README.md ("Your data: export and account deletion").

routerAdd("GET", "/api/knooppunt/export", (e) => {
  return require(`${__hooks}/account.js`).exportData(e);
});

routerAdd("POST", "/api/knooppunt/account/delete", (e) => {
  return require(`${__hooks}/account.js`).deleteAccount(e);
});
