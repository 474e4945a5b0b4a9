# Example for the stream (original: a summary of the last day's events, with
# time, author, space, operation, title and url; what changed for ticket updates)
stream since=-24h | sort date | select date author space operation title url

# Ticket events other than creation, with what changed
stream since=-24h object=Ticket operation!=created | select date author title whatchanged comment_or_description
