"""``python -m crawler.cli``: the ``portal-archive`` command."""

from crawler.cli import main

if __name__ == "__main__":  # not when a tool imports every module of the package
    main()
