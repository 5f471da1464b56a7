"""``python -m reflectdesk`` behaves exactly like the ``reflectdesk`` command."""

import sys

from reflectdesk.cli import main

sys.exit(main())
