#!/usr/bin/env python3
"""Answers SPARQL queries over RDF dumps loaded locally into pyoxigraph's in-memory store.

The publish tests compare these answers with a live server's. Usage:

    local_query.py [--union] [--default-graph] QUERY.rq... -- DUMP...

prints one JSON object: {query file name: {"vars": [...], "rows": [sorted rows]}}, each row the
N-Triples form of its terms in variable order, "-" where unbound, written exactly as
Communique's RDFModel writes terms (Literal.escape), so rows compare as strings.
With --default-graph every statement is loaded into the default graph, graph names dropped (as
`communique publish` does without --graph-per-article); with --union queries see the union of all
graphs as their default graph (as a server queried with union-default-graph after --graph-per-article).
"""
import json
import sys

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def escape(text):
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif code == 0x08:
            out.append("\\b")
        elif code == 0x0C:
            out.append("\\f")
        elif code < 0x20 or code == 0x7F:
            out.append("\\u%04X" % code)
        else:
            out.append(ch)
    return "".join(out)


def term(value):
    if value is None:
        return "-"
    if isinstance(value, ox.NamedNode):
        return "<%s>" % value.value
    if isinstance(value, ox.BlankNode):
        return "_:%s" % value.value
    text = '"%s"' % escape(value.value)
    if value.language:
        return text + "@" + value.language
    if value.datatype.value not in (XSD_STRING, RDF_LANG):
        return text + "^^<%s>" % value.datatype.value
    return text


def main(argv):
    union = "--union" in argv
    into_default = "--default-graph" in argv
    argv = [a for a in argv if a not in ("--union", "--default-graph")]
    split = argv.index("--")
    queries, dumps = argv[:split], argv[split + 1:]
    store = ox.Store()
    for dump in dumps:
        extension = dump.rsplit(".", 1)[-1]
        fmt = ox.RdfFormat.from_extension(extension)
        if fmt is None:
            sys.exit("local_query.py: cannot tell the syntax of %s" % dump)
        for quad in ox.parse(path=dump, format=fmt):
            graph = ox.DefaultGraph() if into_default else quad.graph_name
            store.add(ox.Quad(quad.subject, quad.predicate, quad.object, graph))
    answers = {}
    for path in queries:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        results = store.query(text, use_default_graph_as_union=union)
        names = [v.value for v in results.variables]
        rows = sorted(" ".join(term(solution[name]) for name in names) for solution in results)
        answers[path.rsplit("/", 1)[-1]] = {"vars": names, "rows": rows}
    json.dump(answers, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
