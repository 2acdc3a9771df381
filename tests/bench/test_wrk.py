"""The wrk script: the mix in turn, and a result the harness can read."""

import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench import wrk
from groups.management.commands.bench_search import MIX, floor_mix, parse_sizes, size_name


def test_the_script_lists_every_search_of_the_mix_once():
    script = wrk.lua_script(MIX)
    assert len(MIX) == 18
    for path in MIX:
        assert f'"{path}"' in script
    assert script.count('"/zoeken/?q=groep"') == 1
    assert "latency:percentile(95)" in script


def test_the_script_refuses_what_is_not_a_path():
    with pytest.raises(ValueError):
        wrk.lua_script([])
    with pytest.raises(ValueError):
        wrk.lua_script(["/zoeken/?q=a b"])
    with pytest.raises(ValueError):
        wrk.lua_script(["http://elsewhere/"])
    assert '"/x?q=\\"a\\""' in wrk.lua_script(['/x?q="a"'])


def test_the_floor_mix_keeps_each_search_query_string():
    floor = floor_mix(MIX)
    assert floor[1] == "/bench/floor/?q=rouw&waar=Utrecht"
    assert floor[-1] == "/bench/floor/?q=grief&waar=Rotterdam"


def test_sizes_and_their_names():
    assert parse_sizes("10000,100_000") == [10000, 100000]
    assert [size_name(n) for n in (10000, 100000, 2500)] == ["10k", "100k", "2500"]


def test_it_reads_the_result_line():
    result = wrk.parse_output(
        "Running 1s test\n"
        'BENCH_RESULT {"requests": 500, "duration_us": 2000000, "errors": {"connect": 0, '
        '"read": 0, "write": 0, "status": 2, "timeout": 1}, "p50_us": 1000, "p95_us": 3000, '
        '"p99_us": 5000, "max_us": 9000}\n'
    )
    assert result["rps"] == 250
    assert result["error_count"] == 3
    with pytest.raises(ValueError):
        wrk.parse_output("wrk: connection refused\n")


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
def test_wrk_requests_the_mix_in_turn_and_reports_percentiles():
    seen = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            seen.append(self.path)
            status = 404 if "missing" in self.path else 200
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        paths = ["/a?q=1", "/b", "/missing"]
        result = wrk.run(f"http://127.0.0.1:{server.server_port}", paths, 1, connections=1)
    finally:
        server.shutdown()
    assert result["requests"] > 10
    # In turn: each request is the one after the previous, round the list.
    following = {a: b for a, b in zip(paths, paths[1:] + paths[:1], strict=True)}
    window = seen[:30]
    assert all(following[a] == b for a, b in zip(window, window[1:], strict=False))
    # (A request the server saw may still be open when wrk stops.)
    assert 0 < result["errors"]["status"] <= seen.count("/missing")
    assert 0 < result["p50_us"] <= result["p95_us"] <= result["p99_us"]
    assert result["wrk_cpu"] >= 0
