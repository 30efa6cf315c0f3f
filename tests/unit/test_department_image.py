"""The Department's container image and its compose file: what can be checked without Docker."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from department.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "department" / "Dockerfile"
COMPOSE = ROOT / "department" / "compose.yaml"


def _instruction(name: str) -> list[str]:
    return [line.split(None, 1)[1] for line in DOCKERFILE.read_text().splitlines() if line.startswith(name + " ")]


def _json_list(text: str) -> list[str]:
    return re.findall(r'"([^"]*)"', text)


def test_the_image_copies_what_exists_and_runs_a_command_the_service_has() -> None:
    for copy in _instruction("COPY"):
        *sources, _target = copy.split()
        for source in sources:
            assert (ROOT / source).exists(), f"COPY {source}: no such file in the project"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    (entrypoint,) = (_json_list(line) for line in _instruction("ENTRYPOINT"))
    assert entrypoint == ["sanaq-department"] and "sanaq-department" in scripts
    (command,) = (_json_list(line) for line in _instruction("CMD"))
    args = build_parser().parse_args(command)
    assert args.command == "serve" and args.host == "0.0.0.0"  # reachable from outside the container
    assert _instruction("EXPOSE") == [str(args.port)]
    assert any(line.startswith('pip install ".[department]"') for line in _instruction("RUN"))


def test_compose_builds_the_image_and_gives_it_the_database_beside_it() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    services = compose["services"]
    assert set(services) == {"db", "department"}
    build = services["department"]["build"]
    assert (COMPOSE.parent / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE
    args = build_parser().parse_args(services["department"]["command"])
    assert args.command == "serve" and args.host == "0.0.0.0"
    container_port = services["department"]["ports"][0].rsplit(":", 1)[1]
    assert int(container_port) == args.port
    db_url = services["department"]["environment"]["SANAQ_DEPARTMENT_DB"]
    assert db_url.startswith("postgresql+psycopg://") and "@db:5432/" in db_url
    assert db_url.endswith("/" + services["db"]["environment"]["POSTGRES_DB"])
    assert services["department"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "healthcheck" in services["db"]
