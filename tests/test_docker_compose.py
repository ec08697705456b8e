"""docker-compose.yml and the Dockerfile describe a deployment that can start: every
command names code and options that exist, services wait for what they need, and the
app processes get every setting production insists on."""

import ast
import fnmatch
import importlib
import importlib.util
import json
import re
import shlex
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import click
import pytest
import yaml
from celery import Celery
from celery.app.utils import find_app
from celery.bin.base import CLIContext
from celery.bin.celery import celery as celery_cli
from django.core.management import get_commands, load_command_class
from django.core.management.base import CommandError
from django.urls import Resolver404, resolve
from gunicorn.config import Config as GunicornConfig

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "docker-compose.yml"
PRODUCTION_SETTINGS = ROOT / "integration_clinic" / "settings" / "production.py"

COMPOSE = yaml.safe_load(COMPOSE_FILE.read_text())
SERVICES = COMPOSE["services"]
# Services built from this repository run the application image.
APP_SERVICES = sorted(name for name, service in SERVICES.items() if "build" in service)
APP_PROCESSES = ("web", "worker", "beat")
HEALTH_CHECKED = ("postgres", "redis", "web")


def command_of(service):
    command = SERVICES[service].get("command")
    assert command, f"{service} has no command, so it is unclear what it runs"
    return shlex.split(command) if isinstance(command, str) else [str(arg) for arg in command]


def environment_of(service):
    environment = SERVICES[service].get("environment") or {}
    if isinstance(environment, list):
        environment = dict(item.partition("=")[::2] for item in environment)
    return {key: "" if value is None else str(value) for key, value in environment.items()}


def runs_management_command(service, name):
    argv = command_of(service)
    return any(argv[index : index + 2] == ["manage.py", name] for index in range(len(argv)))


def depends_on(service):
    dependencies = SERVICES[service].get("depends_on") or {}
    if isinstance(dependencies, list):
        return dict.fromkeys(dependencies, "service_started")
    return {name: spec.get("condition", "service_started") for name, spec in dependencies.items()}


def build_context(service):
    build = SERVICES[service]["build"]
    context = build if isinstance(build, str) else build.get("context", ".")
    dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
    return (COMPOSE_FILE.parent / context).resolve(), dockerfile


def dockerfile_instructions(path):
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    logical, pending = [], ""
    for line in path.read_text().splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        logical.append(pending + stripped)
        pending = ""
    return [(text.split(None, 1)[0].upper(), text.split(None, 1)[1]) for text in logical]


def exec_form(arguments):
    arguments = arguments.strip()
    return json.loads(arguments) if arguments.startswith("[") else shlex.split(arguments)


# What a command has to name for the process to start -------------------------------------


def assert_gunicorn_serves_something_real(args):
    parser = GunicornConfig(usage="%(prog)s [OPTIONS] [APP_MODULE]", prog="gunicorn").parser()
    try:
        options = parser.parse_args(args)
    except SystemExit:
        pytest.fail(f"gunicorn rejects the arguments {args}")
    assert len(options.args) == 1, f"gunicorn needs exactly one app, got {options.args}"
    module_name, _, attribute = options.args[0].partition(":")
    module = importlib.import_module(module_name)
    application = getattr(module, attribute or "application", None)
    assert callable(application), f"{options.args[0]} is not a WSGI callable"
    return options


def assert_celery_runs_something_real(args):
    subcommand_at = next(
        (
            index
            for index, arg in enumerate(args)
            if arg in celery_cli.commands and (index == 0 or args[index - 1] not in {"-A", "--app"})
        ),
        None,
    )
    assert subcommand_at is not None, f"celery {args} names no celery subcommand"
    group = celery_cli.make_context("celery", args[:subcommand_at])
    assert group.params["app"], f"celery {args} does not say which app (-A) to load"
    app = find_app(group.params["app"])
    assert isinstance(app, Celery), f"-A {group.params['app']} does not lead to a Celery app"
    group.obj = CLIContext(app=app, no_color=True, workdir=None, quiet=True)
    name = args[subcommand_at]
    try:
        celery_cli.get_command(group, name).make_context(
            name, args[subcommand_at + 1 :], parent=group
        )
    except click.ClickException as error:
        pytest.fail(f"celery {name} rejects its arguments: {error.format_message()}")
    return name


def assert_manage_py_runs_something_real(args):
    assert args and args[0] == "manage.py", f"expected `python manage.py ...`, got {args}"
    assert (ROOT / "manage.py").is_file()
    assert len(args) > 1, "manage.py is given no command"
    name = args[1]
    commands = get_commands()
    assert name in commands, f"there is no management command {name!r}"
    parser = load_command_class(commands[name], name).create_parser("manage.py", name)
    try:
        parser.parse_args(args[2:])
    except CommandError as error:
        pytest.fail(f"manage.py {name} rejects its arguments: {error}")


def assert_command_points_at_something_real(argv):
    program = PurePosixPath(argv[0]).name
    if program == "gunicorn":
        assert_gunicorn_serves_something_real(argv[1:])
    elif program == "celery":
        assert_celery_runs_something_real(argv[1:])
    elif re.fullmatch(r"python(3(\.\d+)?)?", program):
        assert_manage_py_runs_something_real(argv[1:])
    else:
        pytest.fail(f"no check knows what {argv} runs; teach this test about {program}")


# The services ----------------------------------------------------------------------------


def test_compose_runs_postgres_redis_web_worker_and_beat():
    assert {"postgres", "redis", "web", "worker", "beat"} <= set(SERVICES)
    assert set(APP_PROCESSES) <= set(APP_SERVICES), "web, worker and beat run the app image"


@pytest.mark.parametrize("service", APP_SERVICES)
def test_every_app_service_command_points_at_something_real(service):
    assert_command_points_at_something_real(command_of(service))


def test_the_image_default_command_points_at_something_real():
    instructions = dockerfile_instructions(ROOT / "Dockerfile")
    commands = [arguments for instruction, arguments in instructions if instruction == "CMD"]
    assert commands, "the Dockerfile has no CMD"
    assert_command_points_at_something_real(exec_form(commands[-1]))


@pytest.mark.parametrize("service", ["worker", "beat"])
def test_worker_and_beat_run_the_celery_subcommand_their_names_promise(service):
    argv = command_of(service)
    assert PurePosixPath(argv[0]).name == "celery"
    assert assert_celery_runs_something_real(argv[1:]) == service


def test_web_serves_the_wsgi_application_on_the_published_port():
    argv = command_of("web")
    assert PurePosixPath(argv[0]).name == "gunicorn"
    options = assert_gunicorn_serves_something_real(argv[1:])
    bound_ports = {bind.rpartition(":")[2] for bind in options.bind}
    published = {str(port).rpartition(":")[2] for port in SERVICES["web"].get("ports", [])}
    assert published, "web publishes no port"
    assert published <= bound_ports, f"web publishes {published} but gunicorn binds {bound_ports}"


@pytest.mark.parametrize("service", HEALTH_CHECKED)
def test_postgres_redis_and_web_have_health_checks(service):
    healthcheck = SERVICES[service].get("healthcheck") or {}
    assert not healthcheck.get("disable"), f"{service} disables its health check"
    test = healthcheck.get("test")
    assert test and test != ["NONE"], f"{service} has no health check"


def test_the_web_health_check_asks_for_a_url_the_app_serves():
    test = SERVICES["web"]["healthcheck"]["test"]
    text = test if isinstance(test, str) else " ".join(test)
    urls = re.findall(r"https?://[^/\s\"']+(/[^\s\"']*)", text)
    assert urls, "the web health check requests no URL"
    for path in urls:
        try:
            match = resolve(path)
        except Resolver404:
            pytest.fail(f"the web health check asks for {path}, which the app does not serve")
        assert match.url_name == "healthz"


@pytest.mark.parametrize("service", APP_PROCESSES)
def test_app_processes_wait_for_healthy_postgres_and_redis(service):
    dependencies = depends_on(service)
    assert dependencies.get("postgres") == "service_healthy"
    assert dependencies.get("redis") == "service_healthy"


@pytest.mark.parametrize("service", APP_PROCESSES)
def test_app_processes_start_only_after_migrations_succeed(service):
    migrators = [name for name in APP_SERVICES if runs_management_command(name, "migrate")]
    assert migrators, "no service applies the migrations"
    assert any(
        depends_on(service).get(name) == "service_completed_successfully" for name in migrators
    )


def test_redis_never_evicts_queued_tasks():
    argv = command_of("redis")
    assert argv[0] == "redis-server"
    policy = [
        argv[index + 1]
        for index, arg in enumerate(argv[:-1])
        if arg in {"--maxmemory-policy", "maxmemory-policy"}
    ]
    assert policy == ["noeviction"], "a full Redis would silently drop queued tasks"


def settings_production_requires():
    """Names the production settings read from the environment with no default."""
    required = set()
    for node in ast.walk(ast.parse(PRODUCTION_SETTINGS.read_text())):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        reads_env = (isinstance(function, ast.Name) and function.id in ("env", "required_env")) or (
            isinstance(function, ast.Attribute)
            and isinstance(function.value, ast.Name)
            and function.value.id == "env"
        )
        has_default = any(keyword.arg == "default" for keyword in node.keywords)
        if reads_env and not has_default and node.args and isinstance(node.args[0], ast.Constant):
            required.add(node.args[0].value)
    return required


def test_the_production_settings_still_require_a_secret_key_and_allowed_hosts():
    # Keeps the next test honest: it checks what production actually demands.
    assert {"DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"} <= settings_production_requires()


@pytest.mark.parametrize("service", APP_PROCESSES)
def test_app_processes_get_every_setting_production_requires(service):
    environment = environment_of(service)
    # Without DATABASE_URL and a broker URL each container would quietly fall back to its
    # own SQLite file and file-based broker.
    needed = settings_production_requires() | {"DATABASE_URL", "CELERY_BROKER_URL"}
    for name in sorted(needed):
        value = environment.get(name, "").strip()
        assert value, f"{service} does not set {name}"
        assert not re.fullmatch(r"\$\{\w+:?-\}", value), f"{service} may leave {name} empty"


@pytest.mark.parametrize("service", APP_SERVICES)
def test_app_services_use_the_production_settings(service):
    # celery.py and manage.py fall back to the local demo settings when this is unset.
    module = environment_of(service).get("DJANGO_SETTINGS_MODULE")
    assert module == "integration_clinic.settings.production"
    assert importlib.util.find_spec(module) is not None


@pytest.mark.parametrize("service", APP_PROCESSES)
def test_app_processes_reach_postgres_and_redis_by_service_name(service):
    environment = environment_of(service)
    database = urlsplit(environment["DATABASE_URL"])
    assert database.scheme in {"postgres", "postgresql", "psql", "pgsql"}
    assert database.hostname == "postgres"
    for name in ("CELERY_BROKER_URL", "REDIS_URL"):
        if name in environment:
            url = urlsplit(environment[name])
            assert (url.scheme, url.hostname) == ("redis", "redis"), f"{name} is {url.geturl()}"


# The image -------------------------------------------------------------------------------


def dockerignore_patterns(context):
    path = context / ".dockerignore"
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text().splitlines())
    return [line for line in lines if line and not line.startswith(("#", "!"))]


def test_the_dockerfile_copies_only_files_that_exist():
    contexts = {build_context(service) for service in APP_SERVICES}
    assert contexts, "no service builds the app image"
    for context, dockerfile_name in contexts:
        dockerfile = context / dockerfile_name
        assert dockerfile.is_file(), f"{dockerfile} is missing"
        ignored = dockerignore_patterns(context)
        copies = [
            args
            for instruction, args in dockerfile_instructions(dockerfile)
            if instruction in {"COPY", "ADD"}
        ]
        assert copies, "the Dockerfile copies nothing into the image"
        for arguments in copies:
            parts = exec_form(arguments)
            if any(part.startswith("--from") for part in parts):
                continue
            sources = [part for part in parts if not part.startswith("--")][:-1]
            assert sources, f"COPY {arguments} names no source"
            for source in sources:
                assert (context / source).exists() or any(context.glob(source)), (
                    f"the Dockerfile copies {source}, which does not exist"
                )
                if source in {".", "./"}:
                    continue
                relative = PurePosixPath(source)
                for candidate in [relative, *relative.parents[:-1]]:
                    assert not any(fnmatch.fnmatch(str(candidate), p) for p in ignored), (
                        f"the Dockerfile copies {source}, but .dockerignore leaves it out"
                    )
