"""The wheel `just wheel` builds installs into a bare virtual environment and works there
without a Rust toolchain: the demo, the examples and the version all check out."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def _wheel() -> Path:
    wheels = sorted(DIST.glob("okx_py-*.whl"))
    if not wheels:
        # `just test` builds it first; a bare pytest run builds it here.
        subprocess.run(
            [sys.executable, "-m", "maturin", "build", "--profile", "dist", "--out", str(DIST)],
            cwd=ROOT,
            check=True,
        )
        wheels = sorted(DIST.glob("okx_py-*.whl"))
    assert len(wheels) == 1, f"expected one wheel in dist/, found {wheels}"
    return wheels[0]


def _cargo_version() -> str:
    text = (ROOT / "Cargo.toml").read_text()
    match = re.search(r'^\[workspace\.package\][^\[]*?^version = "([^"]+)"', text, re.M | re.S)
    assert match, "workspace version not found in Cargo.toml"
    return match.group(1)


@pytest.fixture(scope="module")
def wheel() -> Path:
    return _wheel()


@pytest.fixture(scope="module")
def bare_env(
    tmp_path_factory: pytest.TempPathFactory, wheel: Path
) -> Iterator[tuple[Path, dict[str, str]]]:
    home = tmp_path_factory.mktemp("wheel-venv")
    venv.EnvBuilder(with_pip=True).create(home)
    bindir = home / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    # No Rust on PATH: installing and running must not need a toolchain.
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if ".cargo" not in p]
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = os.pathsep.join([str(bindir), *path])
    assert shutil.which("cargo", path=env["PATH"]) is None
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-index", "--no-deps", str(wheel)],
        env=env,
        check=True,
        cwd=home,
    )
    yield python, env


def _run(bare_env: tuple[Path, dict[str, str]], *args: str) -> str:
    python, env = bare_env
    out = subprocess.run(
        [str(python), *args],
        env=env,
        cwd=python.parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_wheel_holds_the_package_and_nothing_else(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    package = sorted(n for n in names if not n.startswith("okx_py-"))
    assert "okx_py/__init__.py" in package
    assert "okx_py/_okx_py.pyi" in package
    assert "okx_py/py.typed" in package
    assert any(re.fullmatch(r"okx_py/_okx_py\.(abi3\.so|pyd)", n) for n in package)
    assert all(n.startswith("okx_py/") for n in package), package
    assert not any("test" in n.split("/")[-1] and n != "okx_py/testing.py" for n in package)
    assert ".abi3." in wheel.name or "-abi3-" in wheel.name


def test_installed_wheel_runs_the_demo(bare_env: tuple[Path, dict[str, str]]) -> None:
    out = _run(bare_env, "-m", "okx_py", "demo")
    assert "market buy ordId" in out
    assert out.rstrip().endswith("done")


def test_installed_wheel_runs_the_examples(bare_env: tuple[Path, dict[str, str]]) -> None:
    for example in ("basic_usage.py", "async_usage.py"):
        out = _run(bare_env, str(ROOT / "crates" / "okx-py" / "examples" / example))
        assert "BTC-USDT" in out, example


def test_version_has_one_source(bare_env: tuple[Path, dict[str, str]], wheel: Path) -> None:
    version = _cargo_version()
    assert f"okx_py-{version}-" in wheel.name
    assert _run(bare_env, "-c", "import okx_py; print(okx_py.__version__)").strip() == version
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject  # pyproject takes the version from Cargo.toml
