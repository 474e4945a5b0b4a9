# Example for tasks (original: for each space, total the hours of the tasks in it)
tasks | group space | sum hours
