# A short tour of AssemblaQuery on the sandbox: `assembla --sandbox scripts/examples/demo.asm`

# Who am I, and where?
me | select login name
spaces | select name wiki_name

# The original basic example: one ticket's status
space "Big Project" | ticket 201 | get status_name

# Context flows down the pipeline: a milestone's tickets, then one person's
space "Big Project" | milestone "Release Candidate 1" | tickets | count
space "Big Project" | milestone "Release Candidate 1" | user "John Smith" | tickets | select number summary status priority

# Filters: a login or a full name, numbers, `or`, parentheses
space "Big Project" | tickets assigned_to=jsmith priority=1 status=Test | count
space "Big Project" | tickets (status=New or status=Accepted) priority<=2 | sort priority number | first 5

# Group and aggregate
space "Big Project" | tickets | group status | sort count desc
tasks | group space | sum hours

# Variables
let big = space "Big Project"
$big | tickets status="Code Review" | count

# The last day of activity
stream since=-24h | sort date desc | first 5 | select date author operation title

# Other formats
space "Big Project" | milestones | select title due_date is_completed | md
space "Big Project" | ticket 301 | comments | select author comment | json
