#!/usr/bin/env python3
"""A stand-in for a failing triple store, for the publish tests.

    fake_store.py PORT STATUS [OK_FIRST]

Listens on 127.0.0.1:PORT; answers the first OK_FIRST requests (default 0) with 204 and every
later one with STATUS and a one-line message. Each request is logged on stdout.
"""
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

PORT, STATUS = int(sys.argv[1]), int(sys.argv[2])
OK_FIRST = int(sys.argv[3]) if len(sys.argv) > 3 else 0
seen = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self):
        global seen
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        seen += 1
        print(self.command, self.path, flush=True)
        if seen <= OK_FIRST:
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = ("fake store says %d on request %d\n" % (STATUS, seen)).encode()
        self.send_response(STATUS)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST = do_GET = do_DELETE = answer

    def log_message(self, *args):
        pass


HTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
