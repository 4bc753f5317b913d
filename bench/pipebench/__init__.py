"""Pipeline benchmark parts: the ceiling, extraction alone, the services as processes, memory.

Run through `bench/pipeline_bench.py` and `bench/soak.py`; nothing here is part of CI.
"""
