"""Two stand-in mail servers for deploy/smoke.sh (standard library only).

    python3 smoke_mail.py hang PORT_FILE           accept connections, never answer
    python3 smoke_mail.py smtp PORT MAILBOX_FILE   a minimal SMTP server that accepts
                                                   every message and appends it to MAILBOX_FILE

`hang` binds a free port and writes its number to PORT_FILE; `smtp` takes that port over."""

import socket
import sys
import threading
import time


def listener(port=0):
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(50)
    return sock


def hang(port_file):
    sock = listener()
    with open(port_file, "w") as f:
        f.write(str(sock.getsockname()[1]))
    held = []
    while True:
        connection, _ = sock.accept()
        held.append(connection)  # never answered, never closed


def smtp_session(connection, mailbox):
    reader = connection.makefile("rb")

    def reply(line):
        connection.sendall(line.encode() + b"\r\n")

    reply("220 smoke ESMTP")
    while line := reader.readline():
        verb = line.strip().split(b" ")[0].upper()
        if verb in (b"EHLO", b"HELO"):
            reply("250 smoke")
        elif verb == b"DATA":
            reply("354 end with .")
            message = []
            while (data := reader.readline()) not in (b".\r\n", b".\n", b""):
                message.append(data)
            with open(mailbox, "ab") as f:
                f.write(b"".join(message) + b"\n--- end of message ---\n")
            reply("250 queued")
        elif verb == b"QUIT":
            reply("221 bye")
            break
        else:
            reply("250 ok")
    connection.close()


def smtp(port, mailbox):
    for _ in range(50):  # the hanging server's port may take a moment to free up
        try:
            sock = listener(int(port))
            break
        except OSError:
            time.sleep(0.2)
    else:
        raise SystemExit(f"port {port} stays in use")
    while True:
        connection, _ = sock.accept()
        threading.Thread(target=smtp_session, args=(connection, mailbox), daemon=True).start()


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"hang": hang, "smtp": smtp}[command](*args)
