"""What a component declares so the app can mount it: root, version, router, OAS, resources."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from fastapi import APIRouter

from fundament.common.urls import BatchLoader, Loader

# libyaml's parser when PyYAML was built with it: an OAS file parses about ten times faster
# (the Zaken OAS: about 1.2 s in pure Python), to the same document.
_SafeLoader: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)


def read_oas(path: Path) -> Any:
    """A YAML file (an OAS) parsed safely."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)


@dataclass(frozen=True, slots=True)
class Kanaal:
    """A Notificaties kanaal a component publishes on."""

    naam: str
    documentatie_link: str = ""
    filters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LocalCollection:
    """A collection whose items other components may reference by URL."""

    collection: str
    loader: Loader
    many: BatchLoader | None = None  # many by uuid in one query (expand)


@dataclass(eq=False)
class Component:
    """One standard API served by Fundament."""

    name: str  # setting value and package name, e.g. "autorisaties"
    code: str  # ZGW component code, e.g. "ac"
    root: str  # mount path, e.g. "/autorisaties/api/v1"
    api_version: str
    router: APIRouter
    openapi_file: Path
    kanalen: tuple[Kanaal, ...] = ()
    collections: tuple[LocalCollection, ...] = field(default_factory=tuple)
    # What a served worker loads before its first request (app.serve_app), so that a large
    # transient parse happens while nothing else is in memory rather than in the middle of
    # serving, where it would add to the worker's peak.
    warm: Callable[[], object] | None = None

    def openapi(self) -> dict[str, Any]:
        """The official specification, with `servers` pointing at where we serve it (parsed
        anew: only the rendered bytes below are kept)."""
        document: dict[str, Any] = read_oas(self.openapi_file)
        document["servers"] = [{"url": self.root}]
        return document

    @cached_property
    def openapi_json(self) -> bytes:
        return json.dumps(self.openapi(), ensure_ascii=False).encode()

    @cached_property
    def openapi_yaml(self) -> bytes:
        return yaml.safe_dump(self.openapi(), allow_unicode=True, sort_keys=False).encode()
