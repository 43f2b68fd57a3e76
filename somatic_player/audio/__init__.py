"""Qt-free audio: cue synthesis, the sample-exact mixer, offline rendering and output engines.

Import submodules directly (``somatic_player.audio.mixer`` and so on); this package imports
nothing itself, so numpy and the device libraries stay off the application's start-up path.
"""
