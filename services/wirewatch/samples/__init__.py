"""The sample wire feed (JSONL and other formats) and its answer key; see README.md.

A package so that setuptools ships these data files inside the wheel.
"""
