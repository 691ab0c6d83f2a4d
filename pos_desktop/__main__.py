import sys

from pos_desktop.launch import main

sys.exit(main())
