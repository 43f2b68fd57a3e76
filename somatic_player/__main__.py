"""``python -m somatic_player``: the same entry point as the ``somatic-player`` command."""

import sys

from somatic_player.cli import main

sys.exit(main())
