"""Diary: symptom logging, the timeline of everything, results, notes and questions."""
