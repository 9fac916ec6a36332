// LinkedData: see ARCHITECTURE.md.
