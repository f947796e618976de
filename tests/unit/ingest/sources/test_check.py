from __future__ import annotations

from ingest.poll.http import HttpOptions
from ingest.replay import RunningReplay
from ingest.sources.check import check_all, render
from ingest.sources.model import Feed, Outlet, Registry


def test_check_reports_each_feed_and_a_summary(replay: RunningReplay) -> None:
    antara = replay.registry.get("antara")
    assert antara is not None
    broken = Outlet(
        id="broken", name="Broken", domains=("broken.invalid",),
        feeds=(Feed(section="x", url="http://127.0.0.1:9/none.xml", origin="test: closed port"),),
    )  # fmt: skip
    checks = check_all(Registry(outlets=(antara, broken)), HttpOptions(user_agent="test", timeout_s=2))
    assert [c.ok for c in checks] == [True, True, False]
    assert checks[0].items > 0 and checks[0].latency_s is not None
    assert "ConnectionRefusedError" in (checks[2].error or "")
    assert render(checks)[-1] == "2/3 feeds answered and parsed; 1 failed"
