"""``python -m somatic_player``: the same entry point as the ``somatic-player`` command."""

import sys

from somatic_player.launch import main

sys.exit(main())
