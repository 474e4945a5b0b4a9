// Scaffolding: replaced by the LineEditing implementation.
