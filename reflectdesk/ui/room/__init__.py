"""In the room: the running session, its clock, the presenter screen, attendance, cards, notes."""
