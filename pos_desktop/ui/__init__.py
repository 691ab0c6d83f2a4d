"""The windows: thin Qt views over pos_desktop.core."""
