"""Records a facilitator keeps for others to read: a leader's log toward accreditation."""
