"""Privacy: the private-notes vault and its dialogs, private note editors, the identifier review."""
