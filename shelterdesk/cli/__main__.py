"""python3 -m shelterdesk.cli"""

import sys

from . import main

sys.exit(main())
