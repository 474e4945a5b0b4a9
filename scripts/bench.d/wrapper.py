"""The original Python wrapper (`assembla` 2.8.0 from PyPI, unmodified) doing what each
`assembla` statement and example does, written as a user of the wrapper would: objects kept
in variables within one script, the wrapper's response cache off (its default).

Usage: SANDBOX_URL=http://127.0.0.1:PORT python wrapper.py NAME
Prints one line per statement (its answer, shortened; counts alone, which scripts/bench checks);
exits 1 when NAME is unknown. `scripts/bench` counts the requests each NAME makes in the
sandbox's request log. The wrapper has no tasks, `me`, or space writes, so tasks.asm,
demo.asm and space-api.asm have no equivalent here.
"""
import os
import sys
from datetime import datetime, timedelta, timezone

from assembla import settings
from assembla.api import API

settings.API_ROOT_PATH = os.environ["SANDBOX_URL"]
api = API(key=os.environ.get("SANDBOX_KEY", "sandbox-key"),
          secret=os.environ.get("SANDBOX_SECRET", "sandbox-secret"))


def show(label, value):
    text = repr(value)
    print(f"{label}: {text[:100]}")


def big_project():
    return api.spaces(name="Big Project")[0]


def last_day(events):
    """Events of the last 24 hours (the wrapper has no time filter: it reads the first page)."""
    since = datetime.now(timezone.utc) - timedelta(hours=24)
    return [e for e in events
            if datetime.fromisoformat(e["date"].replace("Z", "+00:00")) >= since]


# The statements of issue 9's table -----------------------------------------------------------

def statement_ticket_status():
    # space "Big Project" | ticket 201 | get status_name
    print(big_project().tickets(number=201)[0]["status"])


def statement_count():
    # space "Big Project" | tickets | count
    print(len(big_project().tickets()))


def statement_first_5():
    # space "Big Project" | tickets | first 5
    show("first 5", big_project().tickets()[:5])


def statement_sort_first_10():
    # space "Big Project" | tickets | sort updated_at desc | first 10
    tickets = sorted(big_project().tickets(), key=lambda t: t["updated_at"], reverse=True)
    show("first 10", tickets[:10])


def statement_stream_count():
    # stream since=-24h | count
    print(len(last_day(api.stream())))


# The examples of scripts/examples/ -----------------------------------------------------------

def example_basic():
    show("status_name", big_project().tickets(number=201)[0]["status"])


def example_cache():
    space = big_project()
    api.cache_responses = False   # space "Big Project" | cache off
    api.cache_responses = False   # cache off
    api.cache_responses = True    # cache on
    api.cache.clear()             # space "Big Project" | cache clear
    show("space", space)


def example_milestones():
    space = big_project()
    milestone = space.milestones(title="Release Candidate 1")[0]
    show("milestone", milestone)
    show("tickets", milestone.tickets())
    show("ticket 301", milestone.tickets(number=301)[0])
    show("users", space.users())
    show("user", space.users(name="John Smith")[0])


def example_spaces():
    show("spaces", api.spaces())
    space = big_project()
    show("space", space)
    show("milestones", space.milestones())
    show("milestone", space.milestones(title="Release Candidate 1")[0])
    show("count", len(space.tickets()))
    show("status Test", space.tickets(status="Test"))
    show("ticket 301", space.tickets(number=301)[0])
    show("users", space.users())
    show("user", space.users(name="John Smith")[0])


def example_stream():
    events = sorted(last_day(api.stream()), key=lambda e: e["date"])
    show("last day", [tuple(e.get(k) for k in ("date", "author_name", "space_name", "operation", "title", "url"))
                      for e in events])
    changed = [e for e in last_day(api.stream(object="Ticket")) if e["operation"] != "created"]
    show("ticket changes", [tuple(e.get(k) for k in ("date", "author_name", "title", "whatchanged")) for e in changed])


def example_tickets():
    space = big_project()
    show("ticket 201", space.tickets(number=201)[0])
    show("code review", space.tickets(status="Code Review"))
    john = space.users(name="John Smith")[0]
    show("john's", space.tickets(assigned_to_id=john["id"], priority=1, status="Test"))


def example_users():
    space = big_project()
    john = space.users(name="John Smith")[0]
    show("user", john)
    show("tickets", space.tickets(assigned_to_id=john["id"]))
    show("first Test", space.tickets(assigned_to_id=john["id"], status="Test")[0])


# All tickets of Big Project, for the timed rows (prints the count, which scripts/bench checks).

def list_all():
    print(len(big_project().tickets()))


RUNS = {name: function for name, function in globals().items()
        if name.startswith(("statement_", "example_")) or name == "list_all"}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in RUNS:
        print(f"usage: wrapper.py {{{','.join(sorted(RUNS))}}}", file=sys.stderr)
        sys.exit(1)
    RUNS[sys.argv[1]]()
