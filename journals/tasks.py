"""Thin tasks calling services."""

from celery import shared_task

from . import services


@shared_task(ignore_result=True)
def purge_deleted_entries():
    services.entries_purge_deleted()
