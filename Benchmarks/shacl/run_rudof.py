#!/usr/bin/env python3
"""rudof (pyrudof) side of Benchmarks/shacl.sh: parse, then validate; prints one JSON line."""
import json, sys, time
import pyrudof

data_path, shapes_path = sys.argv[1], sys.argv[2]
rudof = pyrudof.Rudof(pyrudof.RudofConfig())
t0 = time.perf_counter()
rudof.read_data(data_path)
rudof.read_shacl(shapes_path)
t1 = time.perf_counter()
report = rudof.validate_shacl()
t2 = time.perf_counter()
print(json.dumps({"parse": t1 - t0, "validate": t2 - t1, "results": len(report)}))
