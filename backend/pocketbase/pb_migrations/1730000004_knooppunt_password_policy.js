// Password policy for members: at least 10 characters, at most 71 bytes.
//
// PocketBase's default for an auth collection is a minimum of 8 and no explicit
// maximum. 10 is the minimum the app's registration form already asks for
// (src/model/account.rs, MIN_PASSWORD_CHARS). bcrypt reads only the first 72
// bytes, so PocketBase refuses longer passwords anyway; without an explicit max
// that refusal is a bare "Failed to create record." with no field error, with
// max 71 it is a `password` field error (validation_max_text_constraint) the
// form can show. The limits apply to registration and to password changes;
// existing hashes are untouched (the demo password `knooppunt-demo` is 14
// characters).

migrate((app) => {
  const members = app.findCollectionByNameOrId("members");
  const password = members.fields.getByName("password");
  password.min = 10;
  password.max = 71;
  app.save(members);
}, (app) => {
  const members = app.findCollectionByNameOrId("members");
  const password = members.fields.getByName("password");
  password.min = 8;
  password.max = 0;
  app.save(members);
});
