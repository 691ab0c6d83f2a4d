import sys

from pos_desktop.cli import main

sys.exit(main())
