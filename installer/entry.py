"""The one script of the frozen build: ``sanaq-desktop`` opens the window, ``sanaq`` is the command line.

Both executables of the bundle are built from this script and share every library beside them; each
knows which it is by its own file name.
"""

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower() == "sanaq":
        from desktop.cli import main as cli_main

        return cli_main()
    from desktop.app import gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
