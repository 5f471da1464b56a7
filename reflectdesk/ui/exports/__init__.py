"""Files in and out: exports, imports, archives, backups and restore."""
