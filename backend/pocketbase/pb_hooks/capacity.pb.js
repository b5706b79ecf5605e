/// <reference path="../pb_data/types.d.ts" />
// Event capacity: a clear error message.
//
// The capacity itself is enforced atomically by SQLite triggers on rsvps
// (pb_migrations/1730000003_knooppunt_counters.js): a "going" RSVP for a full
// event is aborted inside the write, so concurrent sign-ups cannot overbook,
// also without this hook. PocketBase then answers a generic 400 "Failed to
// create record."; this hook turns that into a 400 with a validation error on
// `status` (code "event_full") that the app can show beside the field.
// The check itself lives in capacity.js, shared by both handlers.

onRecordCreateRequest((e) => {
  require(`${__hooks}/capacity.js`).explainFullEvent(e);
}, "rsvps");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/capacity.js`).explainFullEvent(e);
}, "rsvps");
