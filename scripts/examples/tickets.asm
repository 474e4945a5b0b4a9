# Ticket examples (original README, "Examples for Tickets")

# Retrieve a specific ticket
space "Big Project" | ticket 201

# Retrieve all tickets awaiting code review
space "Big Project" | tickets status="Code Review"

# Retrieve all tickets assigned to an individual which are of a certain priority
# and awaiting testing (a login works as well as the full name: assigned_to=jsmith)
space "Big Project" | tickets assigned_to="John Smith" priority=1 status=Test
