#!/usr/bin/env python3
"""A real SMTP server on loopback for the mail tests (aiosmtpd).

Usage: smtp_sink.py FOLDER PORT

Accepts every mail on 127.0.0.1:PORT and writes each to FOLDER as one JSON
file (sender, recipients, decoded subject and plain-text body, Message-ID,
Content-Type). Runs until SIGTERM or SIGINT.
"""
import email
import json
import os
import signal
import sys
import time
from email import policy

from aiosmtpd.controller import Controller


class WriteToFolder:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        part = msg.get_body(preferencelist=("plain",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "from": str(msg.get("From", "")),
            "to": str(msg.get("To", "")),
            "subject": str(msg.get("Subject", "")),
            "message_id": str(msg.get("Message-ID", "")),
            "content_type": str(msg.get("Content-Type", "")),
            "body": part.get_content() if part is not None else "",
        }
        name = "%d-%d.json" % (time.time_ns(), os.getpid())
        tmp = os.path.join(self.folder, name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(tmp, os.path.join(self.folder, name))
        return "250 Message accepted for delivery"


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    stop = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop)
    controller = Controller(WriteToFolder(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    signal.sigwait(stop)
    controller.stop()


if __name__ == "__main__":
    main()
