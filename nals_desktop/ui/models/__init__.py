"""Item models over the services' plain data: navigator tree, commitments table, import preview."""
