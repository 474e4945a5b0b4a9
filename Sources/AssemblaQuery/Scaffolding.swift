// Scaffolding: replaced by the AssemblaQuery implementation.
