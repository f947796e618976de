"""Build an ES-home-like folder from the resolved jars and compile the stand-in modules into it.

home/lib/                      server jars (no netty: it lives in its module) + warta-launcher.jar
home/lib/platform/linux-x64/   libzstd.so -> the system's libzstd.so.1 (native zstd for best_compression)
home/modules/transport-netty4/ netty jars, the module jar, its descriptor without `modulename=`
home/modules/warta-*/          the stand-ins from stack/elasticsearch/modules/, compiled here
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

from warta.stack.errors import StackError
from warta.stack.java import Jdk
from warta.stack.layout import StackLayout

NETTY_MODULE = "transport-netty4"
STAMP = ".built"
ZSTD_DIRS = (Path("/usr/lib/x86_64-linux-gnu"), Path("/lib/x86_64-linux-gnu"), Path("/usr/lib64"), Path("/usr/lib"))


def belongs_to_netty(jar_name: str) -> bool:
    return jar_name.startswith(("netty-", f"{NETTY_MODULE}-"))


def java_units(sources: Path) -> dict[str, Path]:
    """The compiled units: `launcher` and each stand-in module, with their `src` folders."""
    units = {"launcher": sources / "elasticsearch" / "launcher" / "src"}
    for module in sorted((sources / "elasticsearch" / "modules").iterdir()):
        if (module / "src").is_dir():
            units[module.name] = module / "src"
    return units


def home_digest(layout: StackLayout, jdk: Jdk) -> str:
    """sha256 over the Java sources, descriptors, resolved jar names and the JDK: what the home is built from."""
    digest = hashlib.sha256(f"{jdk.home}:{jdk.version}\n".encode())
    base = layout.sources / "elasticsearch"
    for path in sorted(p for p in base.rglob("*") if p.suffix in {".java", ".properties"}):
        digest.update(str(path.relative_to(base)).encode() + b"\0" + path.read_bytes())
    for jar in sorted((layout.lib / "elasticsearch").glob("*.jar")):
        digest.update(jar.name.encode())
    return digest.hexdigest()


def is_built(layout: StackLayout, jdk: Jdk) -> bool:
    stamp = layout.es_home / STAMP
    return stamp.is_file() and stamp.read_text().strip() == home_digest(layout, jdk)


def _link(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)


def netty_descriptor(module_jar: Path) -> str:
    """transport-netty4's descriptor from inside its jar, without `modulename=` (it runs unnamed here)."""
    with zipfile.ZipFile(module_jar) as jar:
        text = jar.read(f"META-INF/es-plugins/{NETTY_MODULE}/plugin-descriptor.properties").decode()
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith("modulename="))


def find_zstd(dirs: tuple[Path, ...] = ZSTD_DIRS) -> Path | None:
    for directory in dirs:
        candidate = directory / "libzstd.so.1"
        if candidate.exists():
            return candidate
    return None


def _lay_out_jars(layout: StackLayout) -> None:
    home = layout.es_home
    for sub in ("lib", "modules", "plugins"):
        shutil.rmtree(home / sub, ignore_errors=True)
    (home / "plugins").mkdir(parents=True)
    netty = home / "modules" / NETTY_MODULE
    netty.mkdir(parents=True)
    (home / "lib").mkdir()
    jars = sorted((layout.lib / "elasticsearch").glob("*.jar"))
    if not any(jar.name.startswith("elasticsearch-") for jar in jars):
        raise StackError(f"no Elasticsearch jars in {layout.lib / 'elasticsearch'}; run `warta stack prepare`")
    for jar in jars:
        _link(jar, (netty if belongs_to_netty(jar.name) else home / "lib") / jar.name)
    module_jar = next(netty.glob(f"{NETTY_MODULE}-*.jar"))
    (netty / "plugin-descriptor.properties").write_text(netty_descriptor(module_jar))
    zstd = find_zstd()
    if zstd is not None:
        platform = home / "lib" / "platform" / "linux-x64"
        platform.mkdir(parents=True)
        (platform / "libzstd.so").symlink_to(zstd)


def _compile(layout: StackLayout, jdk: Jdk, classes: Path) -> None:
    shutil.rmtree(classes, ignore_errors=True)
    classes.mkdir(parents=True)
    sources = [str(p) for src in java_units(layout.sources).values() for p in sorted(src.rglob("*.java"))]
    command = [
        str(jdk.javac),
        "-J-XX:TieredStopAtLevel=1",  # a short run: the quick JIT alone is 2-3 times faster
        "--release",
        "21",
        "-nowarn",
        "-encoding",
        "UTF-8",
        "-proc:none",
        "-d",
        str(classes),
        "-cp",
        str(layout.es_home / "lib" / "*"),
        *sources,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr)[-6000:]
        raise StackError(f"javac failed on the Elasticsearch stand-in modules:\n{output}")


def _jar(classes: Path, src: Path, dest: Path) -> None:
    """Zip the classes whose packages have sources under `src`."""
    packages = {p.parent.relative_to(src) for p in src.rglob("*.java")}
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as jar:
        for package in sorted(packages):
            for cls in sorted((classes / package).glob("*.class")):
                jar.write(cls, str(cls.relative_to(classes)))


def _package(layout: StackLayout, classes: Path) -> None:
    home = layout.es_home
    for unit, src in java_units(layout.sources).items():
        if unit == "launcher":
            _jar(classes, src, home / "lib" / "warta-launcher.jar")
            continue
        module_dir = home / "modules" / unit
        _jar(classes, src, module_dir / f"{unit}.jar")
        descriptor = layout.sources / "elasticsearch" / "modules" / unit / "plugin-descriptor.properties"
        shutil.copy2(descriptor, module_dir / descriptor.name)


def build_home(layout: StackLayout, jdk: Jdk) -> float | None:
    """Lay out the home and compile the stand-ins unless up to date; the seconds it took, or None."""
    if is_built(layout, jdk):
        return None
    started = time.monotonic()
    (layout.es_home / STAMP).unlink(missing_ok=True)
    _lay_out_jars(layout)
    classes = layout.es_dir / "build" / "classes"
    _compile(layout, jdk, classes)
    _package(layout, classes)
    (layout.es_home / STAMP).write_text(home_digest(layout, jdk) + "\n")
    return time.monotonic() - started
