# Milestone examples (original README, "Milestone Examples")

# Select a specific milestone
space "Big Project" | milestone "Release Candidate 1"

# Retrieve the milestone's tickets
space "Big Project" | milestone "Release Candidate 1" | tickets

# Retrieve a specific ticket from the milestone
space "Big Project" | milestone "Release Candidate 1" | ticket 301

# Retrieve the milestone's users
space "Big Project" | milestone "Release Candidate 1" | users

# Retrieve a specific user from the milestone
space "Big Project" | milestone "Release Candidate 1" | user "John Smith"
