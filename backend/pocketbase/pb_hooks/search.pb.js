/// <reference path="../pb_data/types.d.ts" />
// The folded search columns (pb_migrations/1730000006_knooppunt_directory_search.js):
// set on every create and update of a member or organisation, whoever saves it
// (the API, the dashboard, the seed), before validation and the write, and
// filled for rows that have none at every start. SQLite triggers build the
// per-viewer search columns from them. The code is in search.js and fold.js.

onRecordCreate((e) => {
  require(`${__hooks}/search.js`).setMemberColumns(e.record);
  e.next();
}, "members");

onRecordUpdate((e) => {
  require(`${__hooks}/search.js`).setMemberColumns(e.record);
  e.next();
}, "members");

onRecordCreate((e) => {
  require(`${__hooks}/search.js`).setOrganisationColumns(e.record);
  e.next();
}, "organisations");

onRecordUpdate((e) => {
  require(`${__hooks}/search.js`).setOrganisationColumns(e.record);
  e.next();
}, "organisations");

// Existing rows without search columns (a database from before the migration,
// rows written with plain SQL). `serve` runs onBootstrap before it applies new
// migrations; the migration fills them itself in that case.
onBootstrap((e) => {
  e.next();
  const done = require(`${__hooks}/search.js`).backfill(e.app);
  if (done.members > 0 || done.organisations > 0) {
    console.log(`knooppunt: search columns filled for ${done.members} members, ${done.organisations} organisations in ${done.ms} ms`);
  }
});
