"""Runs the unmodified `assembla` 2.8.0 wrapper against the sandbox at $SANDBOX_URL and checks
that it reads the seeded data (docs/ARCHITECTURE.md, Contract 1). One line per check; exit 1
on any failure."""
import os
import sys

from assembla import settings
from assembla.api import API

settings.API_ROOT_PATH = os.environ["SANDBOX_URL"]
api = API(key="sandbox-key", secret="sandbox-secret")
failures = 0
passes = 0


def check(name, condition, detail=""):
    global failures, passes
    if condition:
        passes += 1
        print(f"PASS {name}")
    else:
        failures += 1
        print(f"FAIL {name} {detail}".rstrip())


def run(name, action):
    """Runs one check body; an exception is a failure of that check, not of the script."""
    try:
        action()
    except Exception as error:  # noqa: BLE001 - any wrapper error fails the check
        check(name, False, f"raised {type(error).__name__}: {error}")


state = {}


def spaces():
    found = api.spaces()
    names = sorted(s["name"] for s in found)
    expected = ["Big Project", "Big Project Archive", "Mobile App", "Website Redesign"]
    check("spaces() returns the 4 seeded spaces", names == expected, f"got {names}")
    big = [s for s in found if s["wiki_name"] == "big-project"]
    check("spaces(name='Big Project') filters to one space", len(api.spaces(name="Big Project")) == 1)
    state["big"] = big[0]


def tickets():
    found = state["big"].tickets()
    numbers = sorted(t["number"] for t in found)
    check("space.tickets() pages through all 400 tickets", numbers == list(range(1, 401)),
          f"got {len(numbers)} tickets")
    by_number = {t["number"]: t for t in found}
    check("ticket #201 has status Test", by_number.get(201, {}).get("status") == "Test")
    state["t301"] = by_number.get(301)


def tickets_by_status():
    testing = state["big"].tickets(status="Test")
    check("space.tickets(status='Test') returns only Test tickets, incl. #201",
          len(testing) > 0 and all(t["status"] == "Test" for t in testing)
          and 201 in [t["number"] for t in testing], f"got {len(testing)}")


def milestones():
    found = state["big"].milestones()
    titles = sorted(m["title"] for m in found)
    check("space.milestones() returns the 4 Big Project milestones",
          titles == ["Backlog", "Beta", "Release Candidate 1", "Release Candidate 2"], f"got {titles}")
    rc1 = [m for m in found if m["title"] == "Release Candidate 1"][0]
    in_rc1 = rc1.tickets()
    check("milestone.tickets() includes #301", 301 in [t["number"] for t in in_rc1])


def users():
    found = state["big"].users()
    logins = sorted(u["login"] for u in found)
    check("space.users() returns the 6 Big Project members",
          logins == ["alice", "bwong", "cdiaz", "jsmith", "mjones", "watcher1"], f"got {logins}")
    names = [u["name"] for u in found]
    check("user names keep non-ASCII text", "Carla Díaz" in names)
    john = state["t301"].user()
    check("ticket.user() of #301 is John Smith", john is not None and john["name"] == "John Smith")


def comments():
    found = state["t301"].comments()
    check("ticket.comments() of #301 returns several comments", len(found) >= 3, f"got {len(found)}")
    check("comments belong to ticket #301", all(c["ticket_id"] == state["t301"]["id"] for c in found))


def tags():
    found = state["big"].tags()
    names = sorted(t["name"] for t in found)
    check("space.tags() returns Backend, Core, Idea, UI", names == ["Backend", "Core", "Idea", "UI"], f"got {names}")


def stream():
    events = api.stream()
    check("stream() returns the first page of 50 events", len(events) == 50, f"got {len(events)}")
    objects = {e["object"] for e in events}
    check("stream events include tickets", "Ticket" in objects, f"got {objects}")
    check("stream() filters by keyword", all(e["space_name"] == "Big Project" for e in api.stream(space_name="Big Project")))


def write_ticket():
    from assembla.api import Ticket
    ticket = Ticket(data={"summary": "Created by the Python wrapper", "status": "New"})
    ticket.space = state["big"]
    created = ticket.write()
    check("ticket.write() creates ticket #401", created["number"] == 401, f"got {created.get('number')}")
    created.space = state["big"]
    created["summary"] = "Renamed by the Python wrapper"
    created.write()
    again = [t for t in state["big"].tickets() if t["number"] == 401]
    check("ticket.write() on an existing ticket updates it",
          again and again[0]["summary"] == "Renamed by the Python wrapper")
    check("ticket.delete() removes it", created.delete() is True)


for step in (spaces, tickets, tickets_by_status, milestones, users, comments, tags, stream, write_ticket):
    run(step.__name__, step)

print(f"interop: {passes} passed, {failures} failed")
sys.exit(1 if failures else 0)
