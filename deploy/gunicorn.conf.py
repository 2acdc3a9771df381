"""gunicorn settings for the image (the Dockerfile's CMD) and deploy/smoke.sh.

Logs name no client: the access log has method, path (no query string), status and
duration; a malformed request is logged without the address it came from. Anything here
can be overridden per run with GUNICORN_CMD_ARGS (e.g. "--bind 127.0.0.1:8101")."""

import re

from gunicorn.glogging import Logger

bind = "0.0.0.0:8000"
workers = 5
accesslog = "-"
errorlog = "-"
access_log_format = "%(m)s %(U)s %(s)s %(M)sms"

# gunicorn writes "Invalid request from ip=<client address>: <error>" (workers/base.py).
INVALID_REQUEST = re.compile(r"^Invalid request from ip=\S*?: ")


class AddresslessLogger(Logger):
    """gunicorn's logger, with the client address taken out of the malformed-request line."""

    def warning(self, msg, *args, **kwargs):
        if isinstance(msg, str):
            msg = INVALID_REQUEST.sub("Invalid request: ", msg)
        super().warning(msg, *args, **kwargs)


logger_class = AddresslessLogger
