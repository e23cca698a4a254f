"""The version of kozh, for what keeps results between runs (a kept check
must not outlive the rules that made it). pyproject.toml holds the same."""

__version__ = "0.2.0"
