// TripleStore: see ARCHITECTURE.md.
