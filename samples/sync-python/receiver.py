#!/usr/bin/env python3
"""A webhook receiver that verifies the API's Standard Webhooks signatures by hand (standard library only).

    WEBHOOK_SECRET=whsec_... python3 receiver.py --port 8000    # answers 204 to a verified delivery, 400 otherwise
    python3 receiver.py --self-test                             # checks verify() against the standard's test vector

Each request is reported on standard output as one JSON line: {"accepted": <webhook-id>, "type": ..., "duplicate": ...}
or {"refused": <reason>}. Deliveries are at least once: a repeat of a webhook-id is answered 204 and not processed again.
"""

import argparse
import base64
import hashlib
import hmac
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class WebhookError(Exception):
    pass


def verify(secret, headers, body, tolerance=300, now=None):
    """Returns the parsed payload when a signature matches; raises WebhookError otherwise. `headers` maps lower-case names."""
    msg_id, timestamp = headers.get("webhook-id"), headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature")
    if not (msg_id and timestamp and signatures):
        raise WebhookError("missing webhook-id, webhook-timestamp or webhook-signature")
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise WebhookError("invalid webhook-timestamp") from None
    if abs((time.time() if now is None else now) - sent_at) > tolerance:
        raise WebhookError("timestamp too old or too new")
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for signature in signatures.split(" "):
        version, _, value = signature.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return json.loads(body)
    raise WebhookError("no matching signature")


def self_test():
    """The standard's published example (standardwebhooks.com, and its libraries' tests), and what must fail."""
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = b'{"test": 2432232314}'
    good = {"webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330",
            "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}
    now = 1614265330 + 10
    accept = [
        ("the standard's example", good, body),
        ("one of several signatures", {**good, "webhook-signature": "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + good["webhook-signature"]}, body),
        ("an unknown version beside v1", {**good, "webhook-signature": "v1a,abc " + good["webhook-signature"]}, body),
    ]
    refuse = [
        ("a changed body", good, b'{"test": 2432232315}'),
        ("a changed id", {**good, "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJel"}, body),
        ("a changed timestamp", {**good, "webhook-timestamp": "1614265331"}, body),
        ("a wrong signature", {**good, "webhook-signature": "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="}, body),
        ("the signature under another version", {**good, "webhook-signature": "v2," + good["webhook-signature"][3:]}, body),
        ("no signature header", {k: v for k, v in good.items() if k != "webhook-signature"}, body),
        ("no id header", {k: v for k, v in good.items() if k != "webhook-id"}, body),
    ]
    failures = []
    for name, headers, payload in accept:
        try:
            verify(secret, headers, payload, now=now)
        except WebhookError as error:
            failures.append(f"refused {name}: {error}")
    for name, headers, payload in refuse:
        try:
            verify(secret, headers, payload, now=now)
            failures.append(f"accepted {name}")
        except WebhookError:
            pass
    for name, at in (("a timestamp six minutes old", 1614265330 + 360), ("a timestamp six minutes ahead", 1614265330 - 360)):
        try:
            verify(secret, good, body, now=at)
            failures.append(f"accepted {name}")
        except WebhookError:
            pass
    checks = len(accept) + len(refuse) + 2
    for failure in failures:
        print("FAIL", failure)
    print(f"self-test: {checks - len(failures)} of {checks} checks passed")
    return 0 if not failures else 1


def serve(port, secret):
    seen = set()

    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.1: the sender may keep its connection for the next delivery (every answer has a Content-Length).
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {name.lower(): value for name, value in self.headers.items()}
            try:
                payload = verify(secret, headers, body)
            except (WebhookError, ValueError) as error:
                self.report({"refused": str(error)}, 400)
                return
            duplicate = headers["webhook-id"] in seen
            seen.add(headers["webhook-id"])
            # Process the payload here (once per webhook-id), then answer within 10 seconds.
            self.report({"accepted": headers["webhook-id"], "type": payload.get("type"), "duplicate": duplicate}, 204)

        def report(self, line, status):
            print(json.dumps(line), flush=True)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            if self.close_connection:
                # The sender asked to close: say so (RFC 9112, 9.6), or it may reuse the connection as this side closes it.
                self.send_header("Connection", "close")
            self.end_headers()

        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(json.dumps({"listening": f"http://127.0.0.1:{server.server_address[1]}"}), flush=True)
    server.serve_forever()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000, help="the loopback port to listen on (0: any free port)")
    parser.add_argument("--self-test", action="store_true", help="check verify() against the standard's test vector")
    args = parser.parse_args()
    if args.self_test:
        sys.exit(self_test())
    secret = os.environ.get("WEBHOOK_SECRET")
    if not secret:
        parser.error("set WEBHOOK_SECRET to the subscription's secret (whsec_...)")
    serve(args.port, secret)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
