"""Reminders while the app runs: tray icon, desktop notifications, missed-while-closed list."""
