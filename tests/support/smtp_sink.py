#!/usr/bin/env python3
"""A real SMTP server on loopback for the mail tests (aiosmtpd).

Usage: smtp_sink.py FOLDER PORT [--starttls CERT KEY] [--auth USER PASSWORD]

Accepts every mail on 127.0.0.1:PORT and writes each to FOLDER as one JSON
file (sender, recipients, decoded subject and plain-text body, Message-ID,
Content-Type, and the user that logged in). Runs until SIGTERM or SIGINT.
With --starttls it offers STARTTLS with the certificate CERT and requires
it before any mail; with --auth it requires AUTH (LOGIN or PLAIN, only
after STARTTLS) as USER with PASSWORD.
"""
import email
import json
import os
import signal
import ssl
import sys
import time
from email import policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


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
            "login": getattr(session, "auth_data", None) and session.auth_data.login.decode(),
        }
        name = "%d-%d.json" % (time.time_ns(), os.getpid())
        tmp = os.path.join(self.folder, name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(tmp, os.path.join(self.folder, name))
        return "250 Message accepted for delivery"


class Authenticator:
    def __init__(self, user, password):
        self.user, self.password = user.encode(), password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == self.user and auth_data.password == self.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    options = sys.argv[3:]
    kwargs = {}
    while options:
        if options[0] == "--starttls":
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(options[1], options[2])
            kwargs.update(tls_context=context, require_starttls=True)
        elif options[0] == "--auth":
            kwargs.update(authenticator=Authenticator(options[1], options[2]), auth_required=True,
                          auth_require_tls="tls_context" in kwargs)
        else:
            sys.exit("unknown option " + options[0])
        options = options[3:]
    stop = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop)
    controller = Controller(WriteToFolder(folder), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print("ready", flush=True)
    signal.sigwait(stop)
    controller.stop()


if __name__ == "__main__":
    main()
