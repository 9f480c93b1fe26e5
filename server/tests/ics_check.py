"""Reads iCalendar files (or the calendar attached to .eml messages) with Debian's
python3-icalendar, as a calendar program would, and prints what each event says as JSON.
Any text the parser cannot read makes it exit non-zero."""

import email
import email.policy
import json
import sys

from icalendar import Calendar


def calendar_bytes(path):
    data = open(path, "rb").read()
    if not path.endswith(".eml"):
        return data
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return part.get_payload(decode=True)
    raise SystemExit(f"{path}: no text/calendar part")


def value(component, name):
    item = component.get(name)
    if item is None:
        return None
    if hasattr(item, "dt"):
        return item.dt.isoformat()
    return str(item)


def main():
    out = []
    for path in sys.argv[1:]:
        raw = calendar_bytes(path)
        for line in raw.split(b"\r\n"):
            if len(line) > 75:
                raise SystemExit(f"{path}: a line of {len(line)} octets")
        calendar = Calendar.from_ical(raw)
        assert calendar.get("VERSION") == "2.0", "VERSION"
        assert calendar.get("PRODID"), "PRODID"
        events = []
        for event in calendar.walk("VEVENT"):
            for required in ("UID", "DTSTAMP", "DTSTART"):
                assert event.get(required) is not None, required
            events.append({
                name.lower(): value(event, name)
                for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "STATUS", "SUMMARY",
                             "DESCRIPTION", "URL", "LOCATION")
            })
        out.append(events)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
