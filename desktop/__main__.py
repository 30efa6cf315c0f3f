import sys

from desktop.app import gui_main

sys.exit(gui_main())
