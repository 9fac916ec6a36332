#!/usr/bin/env python3
"""A store that asks who you are, for the publish credential tests.

    auth_store.py PORT SCHEME USER SECRET

SCHEME is basic, digest (RFC 7616, MD5 with qop=auth, as Virtuoso asks) or bearer (SECRET is the
token). Every request without valid credentials gets 401 with the scheme's WWW-Authenticate
challenge; valid ones get 204, or for POST /query a SPARQL JSON count of 3. Each request is logged
on stdout as "METHOD PATH accepted|refused SCHEME-SENT" (never the credentials themselves).
"""
import base64
import hashlib
import json
import re
import secrets
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, SCHEME, USER, SECRET = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
REALM = "SPARQL"
NONCE = secrets.token_hex(16)
OPAQUE = secrets.token_hex(8)


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


def digest_fields(header):
    return {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
            for m in re.finditer(r'(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))', header)}


def valid(handler):
    header = handler.headers.get("Authorization") or ""
    if SCHEME == "bearer":
        return header == "Bearer " + SECRET
    if SCHEME == "basic":
        return header == "Basic " + base64.b64encode((USER + ":" + SECRET).encode()).decode()
    if not header.startswith("Digest "):
        return False
    f = digest_fields(header[len("Digest "):])
    if f.get("username") != USER or f.get("realm") != REALM or f.get("nonce") != NONCE:
        return False
    if f.get("uri") != handler.path or f.get("opaque") != OPAQUE or f.get("qop") != "auth":
        return False
    ha1 = md5("%s:%s:%s" % (USER, REALM, SECRET))
    ha2 = md5("%s:%s" % (handler.command, f["uri"]))
    expected = md5(":".join([ha1, NONCE, f.get("nc", ""), f.get("cnonce", ""), "auth", ha2]))
    return f.get("response") == expected


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        sent = (self.headers.get("Authorization") or "none").split(" ")[0]
        ok = valid(self)
        print(self.command, self.path, "accepted" if ok else "refused", sent, flush=True)
        if not ok:
            body = b"who are you?\n"
            self.send_response(401)
            if SCHEME == "digest":
                self.send_header("WWW-Authenticate",
                                 'Digest realm="%s", domain="/", nonce="%s", opaque="%s", algorithm="MD5", qop="auth"'
                                 % (REALM, NONCE, OPAQUE))
            elif SCHEME == "basic":
                self.send_header("WWW-Authenticate", 'Basic realm="%s"' % REALM)
            else:
                self.send_header("WWW-Authenticate", 'Bearer realm="%s"' % REALM)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.command == "POST" and self.path.startswith("/query"):
            body = json.dumps({"head": {"vars": ["n"]},
                               "results": {"bindings": [{"n": {"type": "literal", "value": "3"}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = do_GET = do_DELETE = do_HEAD = answer

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
