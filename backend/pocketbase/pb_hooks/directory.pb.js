/// <reference path="../pb_data/types.d.ts" />
// Directory facet counts: how many member profiles per province match the
// search, counted on the server over the profile view the requester may read
// (public_profiles for visitors, member_profiles for members). The app's
// PocketBase adapter shows them beside the province filter. See directory.js.

routerAdd("GET", "/api/knooppunt/province-counts", (e) => {
  return require(`${__hooks}/directory.js`).provinceCounts(e);
});
