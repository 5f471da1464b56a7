"""Groups and their members: the group list, the group page, members, the series of sessions."""
