"""The Qt user interface: the only code that imports PySide6."""
