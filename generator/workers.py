"""Numbered tasks shared between this process and forked workers, with no thread in this process.

Each process takes the next task left from a shared counter until none is left. A worker pickles
what a task returns into a file of its own, which this process reads between its own tasks. A pool
(concurrent.futures, multiprocessing.Pool) would hand tasks out and take results in through threads of
this process, and those threads wait for the interpreter lock while this process works: the workers
sat idle a quarter of the time, waiting to be given their next task or to have their last one read.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import struct
import tempfile
from collections.abc import Callable
from typing import Any

_LENGTH = struct.Struct("<Q")  # a record in a worker's file: its length, then (task number, result) pickled


def run_shared(
    count: int,
    work: Callable[[int], Any],
    workers: int,
    take: Callable[[int, Any], None],
    forked: Callable[[], None] | None = None,
) -> None:
    """`work(number)` for each number in range(count), once, here and in `workers` forked processes;
    `take(number, result)` is called here for each, as the results come in (in no set order).

    The workers are forked now, so they have whatever `work` needs as it is now; `forked` is called once
    they are (or at once, without workers). A task a worker took and did not give back (it died, or
    could not write its file) is done here at the end."""
    if workers < 1 or count < 2 or "fork" not in multiprocessing.get_all_start_methods():
        if forked:
            forked()
        for number in range(count):
            take(number, work(number))
        return
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    taken: set[int] = set()  # tasks whose results went to `take`

    def next_task() -> int | None:
        with counter.get_lock():
            number = counter.value
            if number >= count:
                return None
            counter.value = number + 1
        return number

    def serve(file_number: int) -> None:  # in a worker
        while (number := next_task()) is not None:
            record = pickle.dumps((number, work(number)), protocol=pickle.HIGHEST_PROTOCOL)
            # whole, or the worker ends here (a full disk): a record left short is never read
            view = memoryview(_LENGTH.pack(len(record)) + record)
            while view:
                view = view[os.write(file_number, view) :]

    readers: list[_Reader] = []
    processes = []
    try:
        for _ in range(workers):
            file = tempfile.TemporaryFile()  # noqa: SIM115 (closed below; gone with its last descriptor)
            readers.append(_Reader(file))
            process = context.Process(target=serve, args=(file.fileno(),), daemon=True)
            process.start()
            processes.append(process)
        if forked:
            forked()
        try:
            while (number := next_task()) is not None:
                take(number, work(number))
                taken.add(number)
                for reader in readers:
                    reader.deliver(take, taken)
        except BaseException:  # interrupted or failed: the workers take no further task
            with counter.get_lock():
                counter.value = count
            raise
        for process in processes:
            process.join()
        for reader in readers:
            reader.deliver(take, taken)
    finally:
        for process in processes:
            if process.is_alive():
                process.kill()
                process.join()
        for reader in readers:
            reader.file.close()
    for number in range(count):  # taken by a worker that did not give it back
        if number not in taken:
            take(number, work(number))
            taken.add(number)


class _Reader:
    """Reads the records a worker appended to its file since the last read."""

    def __init__(self, file) -> None:
        self.file = file
        self.offset = 0

    def deliver(self, take: Callable[[int, Any], None], taken: set[int]) -> None:
        while True:
            header = os.pread(self.file.fileno(), _LENGTH.size, self.offset)
            if len(header) < _LENGTH.size:
                return
            (length,) = _LENGTH.unpack(header)
            record = os.pread(self.file.fileno(), length, self.offset + _LENGTH.size)
            if len(record) < length:  # still being written
                return
            self.offset += _LENGTH.size + length
            number, result = pickle.loads(record)
            take(number, result)
            taken.add(number)
