"""The mails an aiosmtpd Mailbox (a Maildir) received, as JSON for the tests.

    python read_maildir.py DIR   ->  [{"to", "from", "subject", "date", "headers", "text", "html"}, ...]

Oldest first. Parts are decoded (quoted-printable, base64, charset), so a test reads what
the member would read. Used by tests/support/smtp-sink.mjs.
"""
import email
import email.policy
import json
import mailbox
import sys


def part(message, subtype):
    body = message.get_body(preferencelist=(subtype,))
    return body.get_content() if body is not None else ""


def main(directory):
    mails = []
    for key, raw in mailbox.Maildir(directory, factory=None, create=False).items():
        message = email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
        mails.append({
            "key": key,
            "to": message.get_all("To", []),
            "from": message.get("From", ""),
            "subject": str(message.get("Subject", "")),
            "date": message.get("Date", ""),
            "headers": {k: str(v) for k, v in message.items()},
            "text": part(message, "plain"),
            "html": part(message, "html"),
        })
    mails.sort(key=lambda m: m["key"])
    json.dump(mails, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
