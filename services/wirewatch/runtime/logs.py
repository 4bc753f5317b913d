"""Structured JSON logs: one line per event, level from WIREWATCH_LOG_LEVEL."""

from __future__ import annotations

import logging
import logging.config
from typing import Any

JSON_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def logging_config(level: str = "INFO") -> dict[str, Any]:
    """A dictConfig sending every record to stderr as one JSON object with its extras.

    Faust's worker takes the same dict, so its own records come out as JSON too.
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": JSON_FORMAT,
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            }
        },
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "json",
                       "stream": "ext://sys.stderr"}
        },
        "root": {"level": level.upper(), "handlers": ["stderr"]},
    }


def configure_logging(level: str = "INFO") -> None:
    """Apply the JSON logging configuration to this process."""
    logging.config.dictConfig(logging_config(level))
