#!/usr/bin/env python3
"""Writes a WARC file with warcio (PyPI `warcio`, the Webrecorder project's WARC library),
for the tests of Communique's WARC reader: python3 write_warc.py SPEC.json OUT.warc[.gz]

SPEC.json: {"gzip": true, "warcinfo": true, "records": [RECORD, ...], "repeat": N}
RECORD:    {"type": "response" | "request" | "metadata" | "resource",
            "uri": "https://…", "id": "<urn:uuid:…>" (optional), "date": "2024-03-05T12:00:00Z" (optional),
            "status": 200, "content_type": "text/html; charset=utf-8", "body": "…" or "body_file": "page.html",
            "chunked": false, "content_encoding": "gzip" | "deflate" | null}
"repeat" writes the records N times (ids made unique with the repeat number), for memory tests.
"""
import gzip as gzip_module
import io
import json
import os
import sys
import zlib

from warcio.warcwriter import WARCWriter


def http_response(record, body):
    if record.get("content_encoding") == "gzip":
        body = gzip_module.compress(body, mtime=0)
    elif record.get("content_encoding") == "deflate":
        body = zlib.compress(body)
    headers = [("Content-Type", record.get("content_type", "text/html; charset=utf-8"))]
    if record.get("content_encoding"):
        headers.append(("Content-Encoding", record["content_encoding"]))
    if record.get("chunked"):
        headers.append(("Transfer-Encoding", "chunked"))
        chunks = b""
        step = max(1, len(body) // 3 + 1)
        for start in range(0, len(body), step):
            piece = body[start:start + step]
            chunks += b"%x;ext=1\r\n" % len(piece) + piece + b"\r\n"
        body = chunks + b"0\r\nX-Trailer: yes\r\n\r\n"
    else:
        headers.append(("Content-Length", str(len(body))))
    status = record.get("status", 200)
    head = "HTTP/1.1 %d %s\r\n" % (status, "OK" if status == 200 else "Status")
    head += "".join("%s: %s\r\n" % pair for pair in headers) + "\r\n"
    return head.encode("ascii") + body


def main():
    spec_path, out_path = sys.argv[1], sys.argv[2]
    with open(spec_path) as f:
        spec = json.load(f)
    base = os.path.dirname(os.path.abspath(spec_path))
    with open(out_path, "wb") as out:
        writer = WARCWriter(out, gzip=spec.get("gzip", False))
        if spec.get("warcinfo", True):
            writer.write_record(writer.create_warcinfo_record(os.path.basename(out_path), {"software": "warcio"}))
        for n in range(spec.get("repeat", 1)):
            for record in spec["records"]:
                if "body_file" in record:
                    with open(os.path.join(base, record["body_file"]), "rb") as f:
                        body = f.read()
                else:
                    body = record.get("body", "").encode("utf-8")
                headers = {}
                if "id" in record:
                    rid = record["id"]
                    if spec.get("repeat", 1) > 1:
                        rid = rid[:-1] + "-%d>" % n
                    headers["WARC-Record-ID"] = rid
                if "date" in record:
                    headers["WARC-Date"] = record["date"]
                kind = record.get("type", "response")
                uri = record.get("uri", "https://example.org/")
                if kind == "response":
                    payload = http_response(record, body)
                elif kind == "request":
                    payload = ("GET / HTTP/1.1\r\nHost: %s\r\n\r\n" % uri.split("/")[2]).encode("ascii")
                else:
                    payload = body
                content_type = record.get("content_type", "text/plain") if kind in ("metadata", "resource") else ""
                writer.write_record(writer.create_warc_record(
                    uri, kind, payload=io.BytesIO(payload), length=len(payload),
                    warc_headers_dict=headers, warc_content_type=content_type))


if __name__ == "__main__":
    main()
