#!/usr/bin/env python3
"""Counts the sh:ValidationResult nodes of a SHACL report graph in Turtle (for Jena's output)."""
import logging, sys
logging.disable(logging.CRITICAL)
from rdflib import Graph, Namespace, RDF
SH = Namespace("http://www.w3.org/ns/shacl#")
g = Graph().parse(sys.argv[1], format="turtle")
print(len(set(g.subjects(SH.focusNode, None))))
