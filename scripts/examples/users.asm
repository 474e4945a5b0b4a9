# User examples (original README, "User Examples")

# Select a specific user
space "Big Project" | user "John Smith"

# Retrieve the user's tickets
space "Big Project" | user "John Smith" | tickets

# Retrieve a specific ticket from the user (the first awaiting testing)
space "Big Project" | user "John Smith" | ticket status_name=Test
