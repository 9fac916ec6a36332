#!/usr/bin/env python3
"""Validates (data, shapes) pairs with pySHACL for PySHACLCrossCheckTests.swift.

Reads a JSON list of {"name", "data", "shapes"} from stdin and prints a JSON object mapping each
name to {"conforms": bool, "results": [[component, focus, shape, value], ...]} where blank nodes
are written "_" and literals as "literal" (pySHACL rewrites some lexical forms).
"""
import json, logging, sys
logging.disable(logging.CRITICAL)
from rdflib import BNode, Graph, Literal, Namespace
import pyshacl

SH = Namespace("http://www.w3.org/ns/shacl#")


def show(term):
    if term is None:
        return ""
    if isinstance(term, BNode):
        return "_"
    if isinstance(term, Literal):
        return "literal"
    return str(term)


out = {}
for case in json.load(sys.stdin):
    data = Graph().parse(case["data"], format="turtle" if case["data"].endswith(".ttl") else None)
    shapes = data if case["shapes"] == case["data"] else Graph().parse(case["shapes"])
    try:
        conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False)
    except Exception as error:  # noqa: BLE001 - report, do not crash the whole run
        out[case["name"]] = {"error": str(error)}
        continue
    results = []
    # Only the report's own results, not the sh:detail results nested in them.
    for r in report.objects(None, SH.result):
        component = str(report.value(r, SH.sourceConstraintComponent))
        results.append([component, show(report.value(r, SH.focusNode)), show(report.value(r, SH.sourceShape)),
                        show(report.value(r, SH.value))])
    out[case["name"]] = {"conforms": bool(conforms), "results": sorted(results)}
print(json.dumps(out))
