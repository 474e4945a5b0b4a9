# Basic example (original: print assembla.space(name='Big Project').ticket(number=201).status_name)
space "Big Project" | ticket 201 | get status_name
