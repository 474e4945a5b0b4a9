// Scaffolding: replaced by the AssemblaSandbox implementation.
