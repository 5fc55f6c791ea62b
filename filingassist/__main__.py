import faulthandler
import signal
import sys

from filingassist.cli.main import main

# `kill -USR1 <pid>` prints every thread's stack to stderr: how a process that does not end
# (e.g. a `sync` that does not stop on Ctrl+C) is diagnosed without a debugger
if hasattr(signal, "SIGUSR1") and sys.stderr is not None:
    faulthandler.register(signal.SIGUSR1, all_threads=True)

raise SystemExit(main())
