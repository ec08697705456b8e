"""The Celery app.

Rows in the database are the truth; the broker only carries the news that there is work.
So no publish may fail the code that asked for it: every task of the app is a `SafeTask`,
whose publish gives up fast when the broker is down or unreachable, logs a warning and
returns None. What was not published is picked up by beat's sweeps: prompts left queued
by `prompts_requeue_stuck`, emails left pending by the outbox sweep.
"""

import logging
import os

from celery import Celery, Task
from kombu.exceptions import OperationalError as BrokerOperationalError

# A worker or beat started without DJANGO_SETTINGS_MODULE runs production settings, which
# refuse to start without a secret key and allowed hosts; `make run` names the local ones.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_clinic.settings.production")

logger = logging.getLogger(__name__)

try:
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ImportError:  # pragma: no cover - the filesystem broker needs no redis client
    RedisConnectionError = RedisTimeoutError = BrokerOperationalError

# What a broker that is down, unreachable or hung raises while a message is published.
# kombu wraps most of them in its OperationalError; the rest reach us as they are.
PUBLISH_ERRORS = (
    BrokerOperationalError,
    RedisConnectionError,
    RedisTimeoutError,
    ConnectionError,
    TimeoutError,
    OSError,
)

# A request answers within about a second with the broker unreachable: a connection
# attempt waits BROKER_CONNECT_TIMEOUT, a command to a hung broker BROKER_SOCKET_TIMEOUT,
# and a refused connection is retried once at once.
BROKER_CONNECT_TIMEOUT = 0.5
BROKER_SOCKET_TIMEOUT = 1.0
FAIL_FAST = {
    "broker_connection_timeout": BROKER_CONNECT_TIMEOUT,
    "task_publish_retry_policy": {
        "max_retries": 1,
        "interval_start": 0,
        "interval_step": 0.1,
        "interval_max": 0.1,
    },
}
# The Redis client's own timeouts: without them a hung Redis (accepting connections but
# answering nothing) would hold a request forever.
REDIS_FAIL_FAST = {
    "socket_connect_timeout": BROKER_CONNECT_TIMEOUT,
    "socket_timeout": BROKER_SOCKET_TIMEOUT,
}


class SafeTask(Task):
    """A task whose publishing never raises for a broker outage."""

    def apply_async(self, *args, **kwargs):
        try:
            return super().apply_async(*args, **kwargs)
        except PUBLISH_ERRORS as error:
            logger.warning(
                "Broker unavailable, %s not published (a periodic sweep will pick the work up): %s",
                self.name,
                error,
            )
            return None

    def on_retry(self, exc, task_id, args, kwargs, einfo):
        """A retry means something outside failed (the database, a connection): worth a
        warning, where Celery's own line is at INFO."""
        logger.warning("Task %s[%s] failed and will be retried: %r", self.name, task_id, exc)


app = Celery("integration_clinic", task_cls=SafeTask)
# Settings may override these: they are defaults, below what config_from_object reads.
app.add_defaults(FAIL_FAST)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def _redis_fails_fast(sender, **kwargs):
    """Settings give the transport options as one dict; keep theirs, add our timeouts."""
    if str(sender.conf.broker_url or "").startswith(("redis://", "rediss://")):
        options = dict(sender.conf.broker_transport_options or {})
        sender.conf.broker_transport_options = {**REDIS_FAIL_FAST, **options}
