"""Runs Python snippets one after another in this process, as `python3 snippet.py` would run each.

Reads one JSON line per case on stdin ({"dir": work dir}), runs <dir>/snippet.py as __main__ with
that directory as the working directory, and answers one JSON line on stdout: {"ok": bool,
"output": what the snippet printed, with the traceback when it failed}. Modules the first snippet
imported stay loaded, so each case after it costs no interpreter start and no library import.
"""
import contextlib
import io
import json
import os
import runpy
import sys
import traceback

protocol = sys.stdout
for line in sys.stdin:
    case = json.loads(line)
    output = io.StringIO()
    ok = True
    try:
        os.chdir(case["dir"])
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            runpy.run_path("snippet.py", run_name="__main__")
    except SystemExit as exit:
        ok = exit.code in (None, 0)
    except BaseException:
        ok = False
        output.write(traceback.format_exc())
    protocol.write(json.dumps({"ok": ok, "output": output.getvalue()[-4000:]}) + "\n")
    protocol.flush()
