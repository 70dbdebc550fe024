#!/usr/bin/env python3
"""Run `kutip extract --jsonl` over an archive on a Dask cluster.

    kutip_dask.py --scheduler tcp://HOST:PORT INPUT.jsonl OUTPUT.jsonl
    kutip_dask.py --scheduler local INPUT.jsonl OUTPUT.jsonl        # a LocalCluster on this machine

INPUT.jsonl holds one `{"id": ..., "text": "..."}` record a line. The records are cut into partitions
of --partition-lines lines; each partition is sent to a worker, which pipes it through one
`kutip extract --jsonl` process (the per-record contract of docs/scaling.md: one line in, one line out,
same order, errors as lines) and sends the output lines back. OUTPUT.jsonl gets exactly one line per
input line, in input order — the same bytes `kutip extract --jsonl < INPUT.jsonl` writes.

Memory stays bounded on the client: at most --in-flight partitions are submitted at a time, and results
are written in order as they arrive. OUTPUT.jsonl is written to a temporary file next to it and renamed
over it only when every partition succeeded; it is never one of the inputs.

Every worker needs Node.js >= 20 and kutip installed; --kutip names the command there
(default: `kutip` on the worker's PATH; e.g. "node /opt/kutip/bin/kutip.js").

Needs Debian's python3-distributed (run with /usr/bin/python3).
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections import deque


# An error line names its input line ("line N: ..."), counted from the start of what one kutip process read.
ERROR_LINE = re.compile(r'("error":"line )(\d+)(:)')


def renumber(line, offset):
    """Count an error line's input line from the start of INPUT.jsonl, not of its partition."""
    if offset == 0 or '"error":' not in line[:400]:
        return line
    return ERROR_LINE.sub(lambda m: m.group(1) + str(int(m.group(2)) + offset) + m.group(3), line, count=1)


def run_partition(lines, kutip, timeout, offset=0):
    """On a worker: pipe one partition's lines through one kutip process; return its output lines."""
    command = shlex.split(kutip) + ["extract", "--jsonl", "--jobs", "1", "--no-progress"]
    if timeout:
        command += ["--timeout", str(timeout)]
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode("utf-8")
    done = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise RuntimeError(
            "kutip exited %d on a partition of %d lines: %s"
            % (done.returncode, len(lines), done.stderr.decode("utf-8", "replace").strip()[:500])
        )
    out = done.stdout.decode("utf-8").splitlines(keepends=True)
    if len(out) != len(lines):
        raise RuntimeError("kutip gave %d lines for %d input lines" % (len(out), len(lines)))
    return [renumber(line, offset) for line in out]


def partitions(path, size):
    """Yield lists of at most `size` input lines, blank lines included (kutip answers each line)."""
    chunk = []
    with open(path, "r", encoding="utf-8", errors="surrogateescape", newline="") as handle:
        for line in handle:
            chunk.append(line)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def connect(scheduler, local_workers):
    from distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(scheduler), None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scheduler", required=True, help="tcp://HOST:PORT of a dask-scheduler, or 'local'")
    parser.add_argument("--kutip", default="kutip", help="the kutip command on the workers (default: kutip)")
    parser.add_argument("--partition-lines", type=int, default=500, help="records per task (default 500)")
    parser.add_argument("--in-flight", type=int, default=0, help="partitions submitted at once (default: 2 per worker thread)")
    parser.add_argument("--timeout", type=int, default=0, help="kutip's --timeout per record, in seconds")
    parser.add_argument("--local-workers", type=int, default=2, help="workers of a local cluster (default 2)")
    parser.add_argument("--wait-workers", type=int, default=1, help="wait until this many workers joined (default 1)")
    parser.add_argument("--wait-seconds", type=int, default=60, help="how long to wait for them (default 60)")
    parser.add_argument("input")
    parser.add_argument("output")
    args = parser.parse_args(argv)

    if args.partition_lines < 1:
        parser.error("--partition-lines must be at least 1")
    if not os.path.isfile(args.input):
        print("kutip_dask: %s: no such file" % args.input, file=sys.stderr)
        return 2
    if os.path.exists(args.output) and os.path.samefile(args.input, args.output):
        print("kutip_dask: %s is the input; refusing to write over it" % args.output, file=sys.stderr)
        return 2

    try:
        from distributed import as_completed  # noqa: F401  (checks the package before connecting)
    except ImportError:
        print("kutip_dask: needs Dask's distributed package (Debian: apt-get install python3-distributed)", file=sys.stderr)
        return 2

    client, cluster = connect(args.scheduler, args.local_workers)
    try:
        client.wait_for_workers(args.wait_workers, timeout=args.wait_seconds)
    except Exception:
        print("kutip_dask: fewer than %d workers joined %s within %d s" % (args.wait_workers, args.scheduler, args.wait_seconds), file=sys.stderr)
        client.close()
        if cluster is not None:
            cluster.close()
        return 1
    folder = os.path.dirname(os.path.abspath(args.output))
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", errors="surrogateescape", dir=folder,
                                         prefix=".kutip-dask-", suffix=".tmp", delete=False, newline="")
    try:
        threads = sum(client.nthreads().values()) or 1
        window = args.in_flight or 2 * threads
        pending = deque()
        records = 0
        submitted = [0]  # input lines handed out so far: the next partition's offset
        source = partitions(args.input, args.partition_lines)

        def submit_next():
            chunk = next(source, None)
            if chunk is None:
                return False
            pending.append(client.submit(run_partition, chunk, args.kutip, args.timeout, submitted[0], pure=False))
            submitted[0] += len(chunk)
            return True

        while len(pending) < window and submit_next():
            pass
        while pending:
            lines = pending.popleft().result()  # in input order; raises the worker's error
            handle.writelines(lines)
            records += len(lines)
            submit_next()
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        if os.path.exists(args.output):
            os.chmod(handle.name, os.stat(args.output).st_mode & 0o7777)
        else:  # a new file gets the mode any other new file would (the temporary file's is 0600)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(handle.name, 0o666 & ~umask)
        os.replace(handle.name, args.output)
        print("kutip_dask: %d records, %d partitions, %d worker threads" % (records, -(-records // args.partition_lines), threads), file=sys.stderr)
        return 0
    except BaseException as error:  # a failed or interrupted run leaves OUTPUT as it was
        handle.close()
        os.unlink(handle.name)
        if isinstance(error, KeyboardInterrupt):
            print("kutip_dask: interrupted; %s left as it was" % args.output, file=sys.stderr)
            return 130
        print("kutip_dask: %s; %s left as it was" % (error, args.output), file=sys.stderr)
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
