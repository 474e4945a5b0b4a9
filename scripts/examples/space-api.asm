# Assembla's Space REST API page, operation by operation (writes included).
# Writes over several records and deletes ask first; a script turns that off explicitly:
confirm off

# List my spaces; spaces with a given tool
spaces | select name wiki_name
spaces with_tool=Git | get name

# Show one space
space "Big Project" | select name wiki_name description team_permissions

# Update it
space "Big Project" | update description="Q3 work"

# Copy it
space "Big Project" | copy name="Big Project 2"

# Create a space, then delete it
create space name="Scratch"
space "Scratch" | delete

# Space tools: list, repository tools, change permissions, add a tool
space "Big Project" | tools
space "Big Project" | tools repo
space "Big Project" | tool Tickets | set team_permissions=2
space "Big Project" | add tool Time

# Members: add (with a role) and remove
space "Mobile App" | add member mjones role=member
space "Mobile App" | members | select user role
space "Mobile App" | remove member mjones
