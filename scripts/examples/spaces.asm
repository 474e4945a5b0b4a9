# Space examples (original README, "Space Examples")

# Retrieve your available spaces
spaces

# Select a specific space
space "Big Project"

# Retrieve the space's milestones
space "Big Project" | milestones

# Retrieve a specific milestone from the space
space "Big Project" | milestone "Release Candidate 1"

# Retrieve the space's tickets (how many; drop `| count` to list them all)
space "Big Project" | tickets | count

# Retrieve the space's tickets which are awaiting testing
space "Big Project" | tickets status=Test

# Retrieve a specific ticket from the space
space "Big Project" | ticket 301

# Retrieve the space's users
space "Big Project" | users

# Retrieve a specific user from the space
space "Big Project" | user "John Smith"
