/// <reference path="../pb_data/types.d.ts" />
// Themes run by their members (pb_migrations/1730000010_knooppunt_theme_groups.js):
// - a member who creates a theme becomes its owner, in the same transaction;
// - the last active owner of a theme cannot leave or be removed (400, a
//   validation error on `role` with code `last_owner`).
// Account deletion hands ownership over (account.js). The code is in themes.js.

onRecordCreateRequest((e) => {
  require(`${__hooks}/themes.js`).createWithOwner(e);
}, "themes");

onRecordDeleteRequest((e) => {
  require(`${__hooks}/themes.js`).keepLastOwner(e);
}, "memberships");
