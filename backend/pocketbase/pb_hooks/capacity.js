// Shared by the handlers in capacity.pb.js (handlers run in isolated contexts,
// so they load this module with require instead of sharing a function).

/** Runs the write; if a "going" RSVP was refused because the event is full, says so. */
function explainFullEvent(e) {
  try {
    e.next();
  } catch (err) {
    const r = e.record;
    if (r && r.get("status") === "going") {
      let full = false;
      try {
        const ev = e.app.findRecordById("events", r.get("event"));
        const cap = ev.getInt("capacity");
        const going = e.app.countRecords("rsvps", $dbx.hashExp({ event: ev.id, status: "going" }));
        full = cap > 0 && going >= cap;
      } catch (_) { /* unknown event: keep the original error */ }
      if (full) {
        const msg = "Deze bijeenkomst is vol: er zijn geen plaatsen meer vrij.";
        throw new BadRequestError(msg, { status: new ValidationError("event_full", msg) });
      }
    }
    throw err;
  }
}

module.exports = { explainFullEvent };
