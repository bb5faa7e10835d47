"""Fault injection on real stores: kills, damage, full disks, concurrent writers, hostile imports."""
