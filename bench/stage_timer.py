"""CPU time of named functions inside a real run, for the benches' ``--stages`` tables.

``time_stages(stages, spent)`` replaces each function ``(module, qualified name, label)`` by a
wrapper adding the calling thread's CPU time (``time.thread_time``) to ``spent[label]``: plain
functions and methods, static methods, coroutine functions (timed across their awaits) and
generator functions (timed step by step, so the consumer's time between steps is not counted).
Nested stages count inside their callers: read such a table by its indents."""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import time


def time_stages(stages, spent: dict) -> None:
    for module, qualname, label in stages:
        owner = importlib.import_module(module)
        *path, name = qualname.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = getattr(owner, name)
        timed = _wrapped(original, label, spent)
        if isinstance(inspect.getattr_static(owner, name), staticmethod):
            timed = staticmethod(timed)
        setattr(owner, name, timed)


def _wrapped(original, label: str, spent: dict):
    if asyncio.iscoroutinefunction(original):
        @functools.wraps(original)
        async def timed_coroutine(*args, **kwargs):
            start = time.thread_time()
            try:
                return await original(*args, **kwargs)
            finally:
                spent[label] += time.thread_time() - start
        return timed_coroutine
    if inspect.isgeneratorfunction(original):
        @functools.wraps(original)
        def timed_steps(*args, **kwargs):
            steps = original(*args, **kwargs)
            while True:
                start = time.thread_time()
                try:
                    item = next(steps)
                except StopIteration:
                    return
                finally:
                    spent[label] += time.thread_time() - start
                yield item
        return timed_steps

    @functools.wraps(original)
    def timed(*args, **kwargs):
        start = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] += time.thread_time() - start
    return timed
