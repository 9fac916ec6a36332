// RDFSyntax: see ARCHITECTURE.md.
