"""The routine editor: clinicians build, check, preview and save routines for one person."""

from somatic_player.qt.editor.window import EditorWindow, open_editor

__all__ = ["EditorWindow", "open_editor"]
