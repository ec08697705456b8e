"""Outcomes that show what works: adherence set against PHQ-9 change over the clinic, and
a printable outcome report per patient for referrers."""
