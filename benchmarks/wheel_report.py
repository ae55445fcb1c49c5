"""Reports the wheel in dist/: size, files, and the import time of okx_py from it
(installed into a fresh virtual environment). `just wheel-report`."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    wheels = sorted((ROOT / "dist").glob("okx_py-*.whl"))
    if len(wheels) != 1:
        sys.exit(f"expected one wheel in dist/ (run `just wheel`), found {wheels}")
    wheel = wheels[0]
    print(f"wheel: {wheel.name}, {wheel.stat().st_size / 1e6:.2f} MB")
    for info in zipfile.ZipFile(wheel).infolist():
        print(f"  {info.file_size:>10}  {info.filename}")
    with tempfile.TemporaryDirectory() as home:
        venv.EnvBuilder(with_pip=True).create(home)
        python = str(Path(home) / "bin" / "python")
        subprocess.run(
            [python, "-m", "pip", "install", "-q", "--no-index", "--no-deps", str(wheel)],
            check=True,
        )
        code = "import time; t = time.perf_counter(); import okx_py; print(time.perf_counter() - t)"
        times = [
            float(
                subprocess.run(
                    [python, "-c", code], capture_output=True, text=True, check=True
                ).stdout
            )
            for _ in range(15)
        ]
    med, lo, hi = (x * 1000 for x in (statistics.median(times), min(times), max(times)))
    print(f"import okx_py: median {med:.1f} ms (min {lo:.1f}, max {hi:.1f})", end="")
    print(f" over {len(times)} fresh processes")


if __name__ == "__main__":
    main()
