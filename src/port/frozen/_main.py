# Frozen into the firmware and run after boot.py, before main.py. Nothing to do by default.
