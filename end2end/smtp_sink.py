"""A real SMTP server for the end-to-end tests: accepts every message and appends it,
decoded, as one JSON line (to, subject, body) to the file named by HUB_E2E_MAIL_LOG."""

import asyncio
import email
import email.policy
import json
import os
import signal

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, log_path):
        self.log_path = log_path

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        record = {
            "to": [address.lower() for address in envelope.rcpt_tos],
            "subject": str(message["subject"]),
            "body": body.get_content() if body is not None else "",
        }
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps(record) + "\n")
        return "250 Message accepted"


def main():
    port = int(os.environ.get("HUB_E2E_SMTP_PORT", "3125"))
    log_path = os.environ["HUB_E2E_MAIL_LOG"]
    open(log_path, "w").close()
    controller = Controller(Sink(log_path), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"SMTP sink on 127.0.0.1:{port}, writing {log_path}", flush=True)
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == "__main__":
    main()
