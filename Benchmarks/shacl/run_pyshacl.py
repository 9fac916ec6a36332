#!/usr/bin/env python3
"""pySHACL side of Benchmarks/shacl.sh: parse, then validate; prints one JSON line."""
import json, logging, sys, time
logging.disable(logging.CRITICAL)  # rdflib logs each ill-typed literal it meets
from rdflib import Graph, Namespace
import pyshacl

SH = Namespace("http://www.w3.org/ns/shacl#")
data_path, shapes_path = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
data = Graph().parse(data_path)
shapes = Graph().parse(shapes_path)
t1 = time.perf_counter()
conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
t2 = time.perf_counter()
print(json.dumps({"parse": t1 - t0, "validate": t2 - t1,
                  "results": len(set(report.subjects(SH.focusNode, None)))}))
