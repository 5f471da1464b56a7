"""The department hub in the window (issue 20): Preferences ▸ Hub and File ▸ Publish to
Hub…, over operations/hub_publish.py and operations/hub_credentials.py."""
