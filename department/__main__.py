import sys

from department.cli import main

sys.exit(main())
