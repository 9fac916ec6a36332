#!/usr/bin/env python3
"""A store that misbehaves in one way, for the publish fault tests.

    fault_store.py PORT MODE [ARGUMENT]

MODE is one of
  silent        accepts connections and never answers
  trickle       sends the status line, then one header line per second, forever
  status        answers every request with status ARGUMENT and a one-line message
  throttle      answers the first request 429 with Retry-After: 1, the next ones 204
  cut           answers 200 with Content-Length 1000 and 17 bytes of body, then closes
  redirect      answers 307 with Location ARGUMENT (another host)
  record        answers 204 to everything (the host a redirect points to)
Each request is logged on stdout as "METHOD PATH auth=yes|no".
"""
import socket
import sys
import threading
import time

PORT, MODE = int(sys.argv[1]), sys.argv[2]
ARGUMENT = sys.argv[3] if len(sys.argv) > 3 else ""
HOST = "127.0.0.2" if MODE == "record" else "127.0.0.1"
seen = 0
lock = threading.Lock()


def read_request(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {l.split(":", 1)[0].strip().lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    method, path = lines[0].split(" ")[:2]
    print(method, path, "auth=" + ("yes" if "authorization" in headers else "no"), flush=True)
    return method


def answer(conn, status, reason, headers=(), body=b"", length=None):
    head = "HTTP/1.1 %d %s\r\n" % (status, reason)
    for name, value in headers:
        head += "%s: %s\r\n" % (name, value)
    head += "Content-Length: %d\r\n\r\n" % (len(body) if length is None else length)
    conn.sendall(head.encode() + body)


def serve(conn):
    global seen
    try:
        while True:
            if MODE == "silent":
                time.sleep(3600)
                return
            if read_request(conn) is None:
                return
            with lock:
                seen += 1
                number = seen
            if MODE == "trickle":
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
                for i in range(3600):
                    conn.sendall(b"X-Wait-%d: 1\r\n" % i)
                    time.sleep(1)
                return
            if MODE == "status":
                answer(conn, int(ARGUMENT), "Fault", [("Content-Type", "text/plain")], b"fault store says %s\n" % ARGUMENT.encode())
            elif MODE == "throttle":
                if number == 1:
                    answer(conn, 429, "Too Many Requests", [("Retry-After", "1")], b"slow down\n")
                else:
                    answer(conn, 204, "No Content")
            elif MODE == "cut":
                answer(conn, 200, "OK", [("Content-Type", "text/plain")], b"seventeen bytes..", length=1000)
                conn.close()
                return
            elif MODE == "redirect":
                answer(conn, 307, "Temporary Redirect", [("Location", ARGUMENT)])
            else:
                answer(conn, 204, "No Content")
    except OSError:
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((HOST, PORT))
server.listen(16)
while True:
    connection, _ = server.accept()
    threading.Thread(target=serve, args=(connection,), daemon=True).start()
