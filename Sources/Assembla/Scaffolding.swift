// Scaffolding: replaced by the Assembla implementation.
