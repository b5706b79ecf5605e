/// <reference path="../pb_data/types.d.ts" />
// The member directory, searched, filtered, counted and paged on the server
// over the profile view the requester may read (public_profiles for visitors,
// member_profiles for members); 401 for visitors when the host closed the
// directory (settings.public_directory). See directory.js and README.md ("Directory search").

routerAdd("GET", "/api/knooppunt/members", (e) => {
  return require(`${__hooks}/directory.js`).members(e);
});
