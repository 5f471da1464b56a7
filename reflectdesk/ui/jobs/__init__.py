"""Work off the ui thread: background jobs with progress and cancel, and the autosave writer."""
