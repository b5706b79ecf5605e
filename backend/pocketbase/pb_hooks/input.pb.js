/// <reference path="../pb_data/types.d.ts" />
// Bad input gets a clear 400 that names the field, and nothing is stored.
// PocketBase itself refuses over-long text (max), empty required fields,
// invalid emails, values outside a select, too-large JSON and short passwords
// (pb_migrations/1730000004) with a field error; these hooks add what it
// misses: whitespace-only required text, passwords over bcrypt's 71 bytes,
// unknown relation ids and a body that is not JSON. See input.js for each
// check and README.md ("Bad input").

onRecordCreateRequest((e) => {
  require(`${__hooks}/input.js`).checkInput(e, true);
});

onRecordUpdateRequest((e) => {
  require(`${__hooks}/input.js`).checkInput(e, false);
});

// Only a write has a body to check. A read passes at once, before any module is loaded:
// this middleware runs for every request (see compress.pb.js on what that costs).
routerUse((e) => {
  const method = e.request.method;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return e.next();
  require(`${__hooks}/input.js`).middleware(e);
});
